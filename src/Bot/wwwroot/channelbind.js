// Binding a WeChat / WeCom account to the member (opened from the 公众号 or WeCom menu, which lands here as
// "#bind=wechat"): a bound account is signed in at once; otherwise the member signs in with their code once and the
// account is bound to them. The account itself travels only in an HttpOnly cookie the server set.
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
    var match = /^#bind=(wechat|wecom)$/.exec(location.hash);
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
