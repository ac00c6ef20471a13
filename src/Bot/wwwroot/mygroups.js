// "我的群组 / My groups" on the member page: the groups the member is in (GET /api/members/groups) and leaving one
// after an "are you sure" (POST /api/members/groups/{id}/leave). The group sees "… left"; the member's chat list
// no longer shows it.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var F = window.EngageBotMemberForms;
  T.add({
    'mygroups.title': ['我的群组', 'My groups'],
    'mygroups.empty': ['您还没有加入群聊。', 'You are not in any group yet.'],
    'mygroups.members': ['{0} 人', '{0} members'],
    'mygroups.leave': ['退出群聊', 'Leave group'],
    'mygroups.confirmLeave': ['确定退出「{0}」吗？退出后将不再收到群消息。', 'Leave “{0}”? You will no longer get its messages.'],
    'mygroups.yesLeave': ['确定退出', 'Yes, leave'],
    'mygroups.left': ['已退出「{0}」。', 'You left “{0}”.']
  });
  T.apply(document);

  var groups = null;

  function $(id) { return document.getElementById(id); }
  function app() { return window.EngageBotApp; }

  function render() {
    var list = $('group-items');
    list.textContent = '';
    $('mygroups-empty').hidden = !groups || groups.length > 0;
    (groups || []).forEach(function (group) {
      var li = F.el('li');
      li.dataset.group = group.groupId;
      li.appendChild(F.el('div', 'item-title', group.name));
      li.appendChild(F.el('div', 'item-meta', T.t('mygroups.members', group.memberCount)));
      var row = F.el('div', 'item-actions');
      function buttons() {
        row.textContent = '';
        var leave = F.button(T.t('mygroups.leave'), { leave: group.groupId }, 'small danger-link');
        leave.addEventListener('click', function () {
          F.confirm(row, T.t('mygroups.confirmLeave', group.name), T.t('mygroups.yesLeave'), function () { leaveGroup(group); }, buttons);
        });
        row.appendChild(leave);
      }
      buttons();
      li.appendChild(row);
      list.appendChild(li);
    });
  }

  function leaveGroup(group) {
    $('mygroups-error').textContent = '';
    app().api('POST', '/api/members/groups/' + encodeURIComponent(group.groupId) + '/leave')
      .then(function () { F.note('mygroups-note', T.t('mygroups.left', group.name)); },
        function (error) { $('mygroups-error').textContent = error.message; })
      .then(load);
  }

  function load() {
    return app().api('GET', '/api/members/groups')
      .then(function (list) { groups = list; render(); })
      .catch(function (error) { $('mygroups-error').textContent = error.message; });
  }

  function open() {
    app().show('mygroups');
    F.note('mygroups-note', '');
    $('mygroups-error').textContent = '';
    return load();
  }

  $('open-mygroups').addEventListener('click', open);
  T.onChange(function () { if (groups) render(); });
  window.EngageBotMyGroups = { open: open };
})();
