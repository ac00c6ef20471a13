// The member chat page: sign in, the 1:1 chat with the bot, and WeChat-style groups, all on the official
// Web Chat bundle (served from /lib/webchat.js). The bundle keeps its React private, so the few elements
// the middleware renders are plain React 16 element objects made by h().
(function () {
  'use strict';

  var BOT_NAME = '小助手';
  var BOT_ID = 'engagebot';
  var REACT_ELEMENT = typeof Symbol === 'function' && Symbol['for'] ? Symbol['for']('react.element') : 0xeac7;
  var state = { session: null, directLine: null, groups: [] };

  function h(type, props) {
    var children = Array.prototype.slice.call(arguments, 2);
    var p = Object.assign({}, props || {});
    var key = p.key === undefined ? null : String(p.key);
    delete p.key;
    if (children.length) p.children = children.length === 1 ? children[0] : children;
    return { $$typeof: REACT_ELEMENT, type: type, key: key, ref: null, props: p, _owner: null };
  }

  function $(id) { return document.getElementById(id); }

  function initials(name) {
    var text = (name || '').trim();
    if (!text) return '?';
    if (/^[\u4e00-\u9fff]/.test(text)) return text.length > 2 ? text.slice(-2) : text;
    return text.split(/\s+/).map(function (w) { return w[0]; }).join('').slice(0, 2).toUpperCase();
  }

  var COLORS = ['#07C160', '#576B95', '#FA9D3B', '#10AEFF', '#E64340', '#9C6ADE', '#1AAD19', '#F76260'];
  function colorFor(id) {
    var sum = 0;
    for (var i = 0; i < (id || '').length; i++) sum = (sum * 31 + id.charCodeAt(i)) >>> 0;
    return COLORS[sum % COLORS.length];
  }

  function api(method, path, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (state.session) headers.Authorization = 'Bearer ' + state.session.sessionToken;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) {
          if (response.status === 401 && state.session) signOut();
          throw new Error((json && (json.detail || (json.error && json.error.message))) || '出错了，请稍后再试。');
        }
        return json;
      });
    });
  }

  function show(screen) {
    ['signin', 'home', 'chat'].forEach(function (id) { $(id).hidden = id !== screen; });
  }

  function signOut() {
    closeChat();
    state.session = null;
    sessionStorage.removeItem('engagebot.session');
    show('signin');
  }

  function signIn(event) {
    event.preventDefault();
    $('signin-error').textContent = '';
    api('POST', '/api/members/session', { memberNumber: $('member-number').value, name: $('member-name').value })
      .then(function (session) {
        state.session = session;
        sessionStorage.setItem('engagebot.session', JSON.stringify(session));
        return openHome();
      })
      .catch(function (error) { $('signin-error').textContent = error.message.split(' / ')[0]; });
  }

  function chatItem(title, sub, avatarText, color, onOpen, id) {
    var li = document.createElement('li');
    li.dataset.chat = id;
    var avatar = document.createElement('div');
    avatar.className = 'avatar';
    avatar.style.background = color;
    avatar.textContent = avatarText;
    var text = document.createElement('div');
    text.className = 'text';
    var t = document.createElement('div');
    t.className = 'title';
    t.textContent = title;
    var s = document.createElement('div');
    s.className = 'sub';
    s.textContent = sub;
    text.appendChild(t);
    text.appendChild(s);
    li.appendChild(avatar);
    li.appendChild(text);
    li.addEventListener('click', onOpen);
    return li;
  }

  function openHome() {
    show('home');
    return api('GET', '/api/members/groups').then(function (groups) {
      state.groups = groups;
      var list = $('chats');
      list.textContent = '';
      list.appendChild(chatItem(BOT_NAME, '会员福利、俱乐部、活动报名', '助', '#07C160', openBotChat, 'bot'));
      groups.forEach(function (group) {
        list.appendChild(chatItem(group.name + '（' + group.memberCount + '）', group.notice ? '[群公告] ' + group.notice : '群聊',
          initials(group.name), colorFor(group.groupId), function () { openGroup(group.groupId); }, group.groupId));
      });
    });
  }

  function joinGroup(event) {
    event.preventDefault();
    $('join-error').textContent = '';
    api('POST', '/api/members/groups/join', { inviteCode: $('invite-code').value })
      .then(function (group) { $('invite-code').value = ''; return openHome().then(function () { openGroup(group.groupId); }); })
      .catch(function (error) { $('join-error').textContent = error.message.split(' / ')[0]; });
  }

  function closeChat() {
    if (state.directLine) {
      state.directLine.end();
      state.directLine = null;
    }
    var old = $('webchat');
    var fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.className = 'webchat';
    old.parentNode.replaceChild(fresh, old);
  }

  function openBotChat() {
    openChat(BOT_NAME, null, state.session.directLine, false);
  }

  function openGroup(groupId) {
    Promise.all([api('GET', '/api/members/groups/' + encodeURIComponent(groupId)), api('POST', '/api/members/groups/' + encodeURIComponent(groupId) + '/token')])
      .then(function (results) { openChat(results[0].name + '（' + results[0].memberCount + '）', results[0].notice, results[1], true); })
      .catch(function (error) { $('join-error').textContent = error.message.split(' / ')[0]; });
  }

  function openChat(title, notice, grant, isGroup) {
    closeChat();
    show('chat');
    $('chat-title').textContent = title;
    $('notice').hidden = !notice;
    $('notice').textContent = notice ? '📌 群公告：' + notice : '';
    var me = state.session;
    state.directLine = window.WebChat.createDirectLine({ token: grant.token, domain: grant.domain });
    window.WebChat.renderWebChat({
      directLine: state.directLine,
      userID: me.userId,
      username: me.name,
      locale: 'zh-CN',
      styleOptions: styleOptions(me),
      activityMiddleware: activityMiddleware(me, isGroup),
      avatarMiddleware: avatarMiddleware(),
      groupActivitiesMiddleware: groupBySender
    }, $('webchat'));
    setTimeout(function () {
      var input = document.querySelector('#webchat [data-id="webchat-sendbox-input"]');
      if (input) input.focus();
    }, 300);
  }

  function styleOptions(me) {
    return {
      backgroundColor: '#EDEDED',
      bubbleBackground: '#FFFFFF', bubbleBorderWidth: 0, bubbleBorderRadius: 6, bubbleNubSize: 6, bubbleNubOffset: 12,
      bubbleFromUserBackground: '#95EC69', bubbleFromUserBorderWidth: 0, bubbleFromUserBorderRadius: 6,
      bubbleFromUserNubSize: 6, bubbleFromUserNubOffset: 12, bubbleFromUserTextColor: '#111111', bubbleTextColor: '#111111',
      botAvatarInitials: '助', botAvatarBackgroundColor: '#07C160',
      userAvatarInitials: initials(me.name), userAvatarBackgroundColor: colorFor(me.userId),
      avatarSize: 36, avatarBorderRadius: 4, showAvatarInGroup: 'sender',
      sendBoxButtonColor: '#07C160', sendBoxHeight: 48, sendBoxBackground: '#F7F7F7',
      suggestedActionBorderColor: '#07C160', suggestedActionTextColor: '#07C160', suggestedActionBorderRadius: 16,
      primaryFont: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
      timestampColor: '#B2B2B2'
    };
  }

  // Others' messages in a group carry their name above the bubble; joins and leaves show as small notes.
  function activityMiddleware(me, isGroup) {
    return function () {
      return function (next) {
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var activity = args[0] && args[0].activity;
          if (activity && activity.type === 'conversationUpdate' && isGroup) {
            var added = (activity.membersAdded || []).map(function (m) { return m.name || m.id; });
            var removed = (activity.membersRemoved || []).map(function (m) { return m.name || m.id; });
            var text = added.length ? added.join('、') + ' 加入了群聊' : removed.join('、') + ' 退出了群聊';
            return function () { return h('div', { className: 'eb-system' }, h('span', null, text)); };
          }
          var render = next.apply(null, args);
          if (!render || !isGroup || !activity || activity.type !== 'message' || !activity.from || activity.from.id === me.userId) return render;
          // Web Chat marks everyone but me as "bot"; the real bot is told apart by its id.
          var name = activity.from.id === BOT_ID ? BOT_NAME : (activity.from.name || activity.from.id);
          return function () {
            var inner = render.apply(null, arguments);
            return h('div', { className: 'eb-sender' }, h('div', { className: 'eb-sender-name', key: 'n' }, name), h('div', { key: 'b' }, inner));
          };
        };
      };
    };
  }

  // Everyone gets their own initials avatar in their own colour.
  function avatarMiddleware() {
    return function () {
      return function (next) {
        return function (args) {
          var from = args.activity && args.activity.from;
          if (args.fromUser || !from || from.id === BOT_ID) return next(args);
          return function () {
            return h('div', { className: 'eb-avatar', style: { background: colorFor(from.id) } }, initials(from.name || from.id));
          };
        };
      };
    };
  }

  // Web Chat groups by role; here each sender's consecutive messages form a run (joins and leaves stand alone).
  function groupBySender() {
    return function (next) {
      return function (args) {
        var result = next(args);
        var sender = [];
        args.activities.forEach(function (activity) {
          var last = sender[sender.length - 1];
          var id = activity.type === 'message' && activity.from ? activity.from.id : null;
          var lastId = last && last[0].type === 'message' && last[0].from ? last[0].from.id : null;
          if (id && id === lastId) last.push(activity); else sender.push([activity]);
        });
        return Object.assign({}, result, { sender: sender });
      };
    };
  }

  $('signin-form').addEventListener('submit', signIn);
  $('join-form').addEventListener('submit', joinGroup);
  $('signout').addEventListener('click', signOut);
  $('back').addEventListener('click', function () { closeChat(); openHome(); });

  var saved = sessionStorage.getItem('engagebot.session');
  if (saved) {
    state.session = JSON.parse(saved);
    openHome().catch(function () { signOut(); });
  } else {
    show('signin');
  }
})();
