// "已绑定的微信 / 企业微信" on the member's "我的数据" screen: the accounts bound to the member
// (GET /api/members/channels) and unbinding one after an "are you sure" (DELETE /api/members/channels/{channel}).
// After unbinding, notices reach the member on the web page again and the account no longer signs them in.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var F = window.EngageBotMemberForms;
  T.add({
    'mychannels.title': ['已绑定的微信 / 企业微信', 'Linked WeChat / WeCom'],
    'mychannels.wechat': ['微信（公众号）', 'WeChat (official account)'],
    'mychannels.wecom': ['企业微信', 'WeCom'],
    'mychannels.since': ['绑定于 {0}', 'Linked on {0}'],
    'mychannels.unbind': ['解除绑定', 'Unlink'],
    'mychannels.confirm': ['确定解除{0}的绑定吗？之后通知会发到这个网页，需要时可以从菜单重新绑定。', 'Unlink {0}? Notices will come to this page; you can link again from the menu.'],
    'mychannels.yes': ['确定解除', 'Yes, unlink'],
    'mychannels.done': ['已解除{0}的绑定。', '{0} is unlinked.']
  });

  var bound = null;
  var block = document.createElement('div');
  block.id = 'mychannels';
  block.className = 'pad';
  block.hidden = true;
  block.innerHTML = '<h2></h2><p id="mychannels-note" class="note" role="status" hidden></p>' +
    '<ul id="mychannels-items" class="items"></ul><p id="mychannels-error" class="error" role="alert"></p>';
  document.getElementById('mydata').appendChild(block);

  function $(id) { return document.getElementById(id); }
  function app() { return window.EngageBotApp; }
  function name(channel) { return T.t('mychannels.' + channel); }

  function render() {
    block.querySelector('h2').textContent = T.t('mychannels.title');
    var list = $('mychannels-items');
    list.textContent = '';
    block.hidden = !bound || (bound.length === 0 && $('mychannels-note').hidden);
    (bound || []).forEach(function (account) {
      var li = F.el('li');
      li.dataset.channel = account.channel;
      li.appendChild(F.el('div', 'item-title', name(account.channel)));
      li.appendChild(F.el('div', 'item-meta', T.t('mychannels.since', new Date(account.boundAt).toLocaleDateString(T.lang() === 'en' ? 'en' : 'zh-CN'))));
      var row = F.el('div', 'item-actions');
      function buttons() {
        row.textContent = '';
        var unbind = F.button(T.t('mychannels.unbind'), { unbind: account.channel }, 'small danger-link');
        unbind.addEventListener('click', function () {
          F.confirm(row, T.t('mychannels.confirm', name(account.channel)), T.t('mychannels.yes'), function () { unbindChannel(account.channel); }, buttons);
        });
        row.appendChild(unbind);
      }
      buttons();
      li.appendChild(row);
      list.appendChild(li);
    });
  }

  function unbindChannel(channel) {
    $('mychannels-error').textContent = '';
    app().api('DELETE', '/api/members/channels/' + encodeURIComponent(channel))
      .then(function () {
        // Gone from the list the moment the note says so; the reload after it confirms.
        bound = bound.filter(function (account) { return account.channel !== channel; });
        F.note('mychannels-note', T.t('mychannels.done', name(channel)));
        render();
      },
        function (error) { $('mychannels-error').textContent = error.message; })
      .then(load);
  }

  function load() {
    return app().api('GET', '/api/members/channels')
      .then(function (list) { bound = list; render(); })
      .catch(function (error) { bound = []; render(); $('mychannels-error').textContent = error.message; block.hidden = false; });
  }

  // The screen opens from the home page's "我的数据" link; the list is fetched fresh each time.
  $('my-data').addEventListener('click', function () {
    F.note('mychannels-note', '');
    $('mychannels-error').textContent = '';
    load();
  });
  T.onChange(function () { if (bound) render(); });
})();
