// Binding a WeChat / WeCom account to the member (opened from the 公众号 or WeCom menu, which lands here as
// "#bind=wechat"): a bound account is signed in at once; otherwise the member signs in with their code once and the
// account is bound to them. The account itself travels only in an HttpOnly cookie the server set.
// A group robot's sign-up link lands as "#bind=wecom&activity=…" (or "#activity=…" without the WeCom app): the
// activity's sign-up screen opens once the member is signed in (activities.js).
(function () {
  'use strict';

  var PENDING = 'engagebot.bindPending';

  function post(path, token) {
    var T = window.EngageBotText;
    var headers = { 'Accept-Language': T ? T.acceptLanguage() : 'zh-CN' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(path, { method: 'POST', headers: headers, credentials: 'same-origin' });
  }

  function landed() {
    var activity = /^#(?:bind=(?:wechat|wecom)&)?activity=([A-Za-z0-9_-]{1,64})$/.exec(location.hash);
    if (activity) sessionStorage.setItem('engagebot.openActivity', activity[1]);
    var match = /^#bind=(wechat|wecom)(?:&activity=[A-Za-z0-9_-]{1,64})?$/.exec(location.hash);
    if (activity && !match) history.replaceState(null, '', location.pathname + location.search);
    if (!match) return;
    history.replaceState(null, '', location.pathname + location.search);
    post('/api/members/channels/session').then(function (response) {
      if (response.ok) {
        return response.json().then(function (session) {
          sessionStorage.setItem('engagebot.session', JSON.stringify(session));
          location.reload();
        });
      }
      if (response.status === 404) sessionStorage.setItem(PENDING, match[1]);
    });
  }

  // Called by the page after a sign-in with the SMS code: binds the account waiting from the menu link, if any.
  function afterSignIn(session) {
    if (!sessionStorage.getItem(PENDING)) return;
    sessionStorage.removeItem(PENDING);
    post('/api/members/channels/bind', session.sessionToken);
  }

  window.EngageBotChannelBind = { afterSignIn: afterSignIn };
  landed();
})();
