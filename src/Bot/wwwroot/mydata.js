// "我的数据 / My data" on the member page: what the union stores about the signed-in member (GET /api/members/me/data
// with their own session token), table by table with counts and dates, and all of it as a JSON file to keep.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var last = null;

  function $(id) { return document.getElementById(id); }

  // Dates on the union's clock (the export names its zone), not the phone's.
  function day(iso) {
    return new Date(iso).toLocaleDateString(T.lang() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: last.timeZone });
  }

  function render() {
    var list = $('mydata-items');
    list.textContent = '';
    if (!last) return;
    last.items.forEach(function (item) {
      var li = document.createElement('li');
      li.dataset.table = item.name;
      var label = document.createElement('span');
      label.className = 'label';
      label.textContent = T.lang() === 'en' ? item.labelEn : item.label;
      var value = document.createElement('span');
      value.className = 'value';
      value.textContent = item.count === 0 ? T.t('mydata.none')
        : T.t('mydata.count', item.count) + (item.first ? '（' + day(item.first) + ' – ' + day(item.last) + '）' : '');
      li.appendChild(label);
      li.appendChild(value);
      list.appendChild(li);
    });
    $('mydata-when').textContent = T.t('mydata.exportedAt', new Date(last.exportedAt).toLocaleString(T.lang() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: last.timeZone }));
  }

  // The file is the answer as it came, so what the member keeps is exactly what the union holds.
  function download() {
    if (!last) return;
    var url = URL.createObjectURL(new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = 'engagebot-my-data-' + last.memberNumber + '.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function open(api) {
    last = null;
    render();
    $('mydata-error').textContent = '';
    $('mydata-download').disabled = true;
    return api('GET', '/api/members/me/data')
      .then(function (data) { last = data; render(); $('mydata-download').disabled = false; })
      .catch(function (error) { $('mydata-error').textContent = error.message; });
  }

  function forget() { last = null; render(); }

  $('mydata-download').addEventListener('click', download);
  window.EngageBotMyData = { open: open, render: render, forget: forget };
})();
