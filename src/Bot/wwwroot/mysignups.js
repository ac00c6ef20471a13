// "我的报名 / My sign-ups" on the member page (GET /api/members/me/signups): each sign-up with its state and answers;
// change the answers before sign-up closes (PUT …/answers), cancel before the cancel deadline after an "are you sure"
// (DELETE), check in while check-in is open (POST …/checkin). The server says what is allowed; the buttons follow it.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var F = window.EngageBotMemberForms;
  T.add({
    'mysignups.title': ['我的报名', 'My sign-ups'],
    'mysignups.empty': ['您还没有报名任何活动。', 'You have not signed up for anything yet.'],
    'mysignups.waitlisted': ['候补第 {0} 位', 'Waitlist place {0}'],
    'mysignups.change': ['修改报名信息', 'Change my details'],
    'mysignups.save': ['保存', 'Save'],
    'mysignups.cancel': ['取消报名', 'Cancel sign-up'],
    'mysignups.leaveWaitlist': ['退出候补', 'Leave the waitlist'],
    'mysignups.confirmCancel': ['确定取消「{0}」的报名吗？', 'Cancel your sign-up for “{0}”?'],
    'mysignups.yesCancel': ['确定取消', 'Yes, cancel'],
    'mysignups.checkIn': ['签到', 'Check in'],
    'mysignups.locked': ['已过截止时间，如需更改请联系工会工作人员', 'Past the deadline; contact union staff to change it']
  });
  T.apply(document);

  var state = { list: null, editing: null };

  function $(id) { return document.getElementById(id); }
  function app() { return window.EngageBotApp; }

  function statusText(item) {
    return item.status === 'waitlisted' ? T.t('mysignups.waitlisted', item.waitlistPlace) : T.t('status.' + item.status);
  }

  function summary(item) {
    return (item.fields || []).filter(function (f) { return item.answers && item.answers[f.key]; })
      .map(function (f) { return F.label(f) + (T.lang() === 'en' ? ': ' : '：') + item.answers[f.key]; })
      .join(T.lang() === 'en' ? '; ' : '；');
  }

  function actions(item, li) {
    var row = F.el('div', 'item-actions');
    function restore() { li.replaceChild(actions(item, li), row); }
    if (item.checkInOpen) {
      row.appendChild(F.button(T.t('mysignups.checkIn'), { checkin: item.activityId }, 'small primary-small'));
      row.lastChild.addEventListener('click', function () { act('POST', item, '/checkin'); });
    }
    if (item.canChange) {
      row.appendChild(F.button(T.t('mysignups.change'), { change: item.activityId }));
      row.lastChild.addEventListener('click', function () { state.editing = item.activityId; render(); });
    }
    if (item.canCancel) {
      row.appendChild(F.button(T.t(item.status === 'waitlisted' ? 'mysignups.leaveWaitlist' : 'mysignups.cancel'), { cancel: item.activityId }, 'small danger-link'));
      row.lastChild.addEventListener('click', function () {
        F.confirm(row, T.t('mysignups.confirmCancel', F.title(item)), T.t('mysignups.yesCancel'), function () { act('DELETE', item, ''); }, restore);
      });
    }
    if (!item.canChange && !item.canCancel && !item.checkInOpen && item.status !== 'attended') {
      row.appendChild(F.el('span', 'hint', T.t('mysignups.locked')));
    }
    return row;
  }

  function editor(item) {
    var form = F.el('form', 'inline-form');
    form.noValidate = true;
    var fields = F.el('div', 'fields');
    F.render(fields, item.fields, item.answers);
    var error = F.el('p', 'error');
    var save = F.el('button', null, T.t('mysignups.save'));
    save.type = 'submit';
    var back = F.button(T.t('signup.back'), null, 'link');
    back.addEventListener('click', function () { state.editing = null; render(); });
    form.appendChild(fields);
    form.appendChild(save);
    form.appendChild(back);
    form.appendChild(error);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      app().api('PUT', '/api/members/me/signups/' + encodeURIComponent(item.activityId) + '/answers', { answers: F.read(fields) })
        .then(function (result) { state.editing = null; F.note('mysignups-note', result.message); return load(); },
          function (e) { F.showErrors(fields, e, error); });
    });
    return form;
  }

  function render() {
    var list = $('signup-items');
    list.textContent = '';
    $('mysignups-empty').hidden = !state.list || state.list.length > 0;
    (state.list || []).forEach(function (item) {
      var li = F.el('li');
      li.dataset.signup = item.activityId;
      li.dataset.status = item.status;
      li.appendChild(F.el('div', 'item-title', F.title(item)));
      li.appendChild(F.el('div', 'item-meta', [F.when(item.startsAt, item.endsAt), item.place].filter(Boolean).join(' · ')));
      var row = F.el('div', 'item-row');
      row.appendChild(F.el('span', 'badge', statusText(item)));
      li.appendChild(row);
      if (summary(item)) li.appendChild(F.el('div', 'item-answers', summary(item)));
      li.appendChild(state.editing === item.activityId ? editor(item) : actions(item, li));
      list.appendChild(li);
    });
  }

  function act(method, item, suffix) {
    $('mysignups-error').textContent = '';
    app().api(method, '/api/members/me/signups/' + encodeURIComponent(item.activityId) + suffix)
      .then(function (result) { F.note('mysignups-note', result.message); $('mysignups-note').dataset.status = result.status; },
        function (error) { $('mysignups-error').textContent = error.message; })
      .then(load);
  }

  function load() {
    return app().api('GET', '/api/members/me/signups')
      .then(function (list) { state.list = list; render(); })
      .catch(function (error) { $('mysignups-error').textContent = error.message; });
  }

  function open() {
    app().show('mysignups');
    state.editing = null;
    F.note('mysignups-note', '');
    $('mysignups-error').textContent = '';
    return load();
  }

  $('open-mysignups').addEventListener('click', open);
  T.onChange(function () { if (state.list) render(); });
  window.EngageBotMySignUps = { open: open };
})();
