// The member chat page: the 1:1 chat with the bot and WeChat-style groups, all on the official Web Chat bundle
// (served from /lib/webchat.js). Sign-in is in signin.js, the page's words in text.js, the chats' look in chatlook.js.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var Look = window.EngageBotChatLook;
  var state = { session: null, directLine: null, groups: [] };

  function $(id) { return document.getElementById(id); }

  function api(method, path, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept-Language': T.acceptLanguage() };
    if (state.session) headers.Authorization = 'Bearer ' + state.session.sessionToken;
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      return response.text().then(function (text) {
        var json = text ? JSON.parse(text) : null;
        if (!response.ok) {
          if (response.status === 401 && state.session && path.indexOf('/api/members/staff-link') !== 0) signOut();
          var error = new Error(T.pick((json && (json.detail || (json.error && json.error.message))) || '') || T.t('error.generic'));
          error.status = response.status;
          error.problem = json; // field errors of a form (activities.js, mysignups.js)
          throw error;
        }
        return json;
      });
    });
  }

  function show(screen) {
    Array.prototype.forEach.call(document.querySelectorAll('#app > .screen'), function (el) { el.hidden = el.id !== screen; });
  }

  function signOut() {
    closeChat();
    state.session = null;
    sessionStorage.removeItem('engagebot.session');
    window.EngageBotMyData.forget();
    $('home-note').textContent = '';
    window.EngageBotSignIn.reset();
    show('signin');
  }

  function signedIn(session) {
    state.session = session;
    sessionStorage.setItem('engagebot.session', JSON.stringify(session));
    window.EngageBotChannelBind.afterSignIn(session);
    var home = openHome();
    if (window.EngageBotActivities) window.EngageBotActivities.openPending(); // a group's sign-up link brought them here
    return home;
  }

  // Ends every session of this member (other phones and browsers too), then this one.
  function signOutEverywhere() {
    api('POST', '/api/members/session/signout-everywhere').then(signOut, signOut);
  }

  // A staff member signed in to the console in this browser links it to this chat identity (the cookie goes along).
  function linkStaff() {
    $('home-note').textContent = '';
    api('POST', '/api/members/staff-link')
      .then(function (link) { $('home-note').textContent = T.t('home.staffLinked', link.staffUserName); })
      .catch(function (error) { $('home-note').textContent = error.message; });
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
      list.appendChild(chatItem(T.t('bot.name'), T.t('bot.sub'), '助', '#07C160', openBotChat, 'bot'));
      groups.forEach(function (group) {
        list.appendChild(chatItem(group.name + '（' + group.memberCount + '）', group.notice ? T.t('group.notice') + group.notice : T.t('group.sub'),
          Look.initials(group.name), Look.colorFor(group.groupId), function () { openGroup(group.groupId); }, group.groupId));
      });
    });
  }

  function joinGroup(event) {
    event.preventDefault();
    $('join-error').textContent = '';
    api('POST', '/api/members/groups/join', { inviteCode: $('invite-code').value })
      .then(function (group) { $('invite-code').value = ''; return openHome().then(function () { openGroup(group.groupId); }); })
      .catch(function (error) { $('join-error').textContent = error.message; });
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
    openChat(T.t('bot.name'), null, state.session.directLine, false);
  }

  function openGroup(groupId) {
    Promise.all([api('GET', '/api/members/groups/' + encodeURIComponent(groupId)), api('POST', '/api/members/groups/' + encodeURIComponent(groupId) + '/token')])
      .then(function (results) { openChat(results[0].name + '（' + results[0].memberCount + '）', results[0].notice, results[1], true); })
      .catch(function (error) { $('join-error').textContent = error.message; });
  }

  function openChat(title, notice, grant, isGroup) {
    closeChat();
    show('chat');
    $('chat-title').textContent = title;
    $('notice').hidden = !notice;
    $('notice').textContent = notice ? T.t('chat.notice') + notice : '';
    var me = state.session;
    state.directLine = window.WebChat.createDirectLine({ token: grant.token, domain: grant.domain });
    window.WebChat.renderWebChat({
      directLine: state.directLine,
      userID: me.userId,
      username: me.name,
      locale: T.lang() === 'en' ? 'en-US' : 'zh-CN',
      styleOptions: Look.styleOptions(me),
      activityMiddleware: Look.activityMiddleware(me, isGroup),
      avatarMiddleware: Look.avatarMiddleware(),
      groupActivitiesMiddleware: Look.groupBySender
    }, $('webchat'));
    setTimeout(function () {
      var input = document.querySelector('#webchat [data-id="webchat-sendbox-input"]');
      if (input) input.focus();
    }, 300);
  }

  T.apply(document);
  window.EngageBotSignIn.start(signedIn);
  $('join-form').addEventListener('submit', joinGroup);
  $('signout').addEventListener('click', signOut);
  $('signout-all').addEventListener('click', signOutEverywhere);
  $('staff-link').addEventListener('click', linkStaff);
  $('my-data').addEventListener('click', function () { show('mydata'); window.EngageBotMyData.open(api); });
  $('mydata-back').addEventListener('click', openHome);
  Array.prototype.forEach.call(document.querySelectorAll('[data-lang-toggle]'), function (button) {
    button.addEventListener('click', function () {
      T.toggle();
      if (state.session && !$('home').hidden) openHome();
      if (!$('mydata').hidden) window.EngageBotMyData.render();
    });
  });
  $('back').addEventListener('click', function () { closeChat(); openHome(); });

  // The activities, my sign-ups and my groups screens (their own files) use the same API caller and navigation.
  window.EngageBotApp = { api: api, show: show, openHome: openHome };

  var saved = sessionStorage.getItem('engagebot.session');
  if (saved) {
    state.session = JSON.parse(saved);
    openHome().catch(function () { signOut(); });
  } else {
    show('signin');
  }
})();
