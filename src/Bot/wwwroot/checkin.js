// QR check-in on the member page: the venue's QR code opens /?checkin=<token>. Before sign-in a banner says the
// check-in follows sign-in; once the page holds a member session, it checks in (POST /api/members/me/checkins)
// and says how it went. The token leaves the address bar at once, so a reload or a shared link does not repeat it.
(function () {
  'use strict';

  var token = new URLSearchParams(location.search).get('checkin');
  if (!token) return;
  history.replaceState(null, '', location.pathname);

  var T = window.EngageBotText;
  var words = {
    waiting: ['请先登录，登录后将自动为您签到。', 'Sign in first; you will be checked in right after.'],
    working: ['正在签到…', 'Checking in…'],
    checkedIn: ['签到成功：{0}', 'Checked in: {0}'],
    alreadyCheckedIn: ['您已签到过：{0}', 'You were already checked in: {0}'],
    failed: ['签到失败，请重试。', 'Check-in failed; please try again.']
  };
  function say(key, arg) {
    var text = words[key][T && T.lang() === 'en' ? 1 : 0];
    return arg === undefined ? text : text.replace('{0}', arg);
  }
  function pick(detail) {
    var parts = (detail || '').split(' / ');
    return parts.length === 2 ? parts[T && T.lang() === 'en' ? 1 : 0] : detail;
  }

  var banner = document.createElement('p');
  banner.id = 'checkin-banner';
  banner.className = 'checkin-banner';
  banner.setAttribute('role', 'status');
  banner.textContent = say('waiting');
  document.body.insertBefore(banner, document.body.firstChild);

  function checkIn(session) {
    banner.textContent = say('working');
    fetch('/api/members/me/checkins', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': T.acceptLanguage(), Authorization: 'Bearer ' + session.sessionToken },
      body: JSON.stringify({ token: token })
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        if (response.ok) {
          var title = T && T.lang() === 'en' && json.titleEn ? json.titleEn : json.title;
          banner.dataset.status = json.status;
          banner.textContent = say(json.status, title);
        } else {
          banner.dataset.status = 'error';
          banner.textContent = (json && pick(json.detail)) || say('failed');
        }
      });
    }).catch(function () { banner.dataset.status = 'error'; banner.textContent = say('failed'); });
  }

  // The session appears in sessionStorage when the member signs in (app.js); no other hook is needed.
  (function wait() {
    var saved = sessionStorage.getItem('engagebot.session');
    if (saved) checkIn(JSON.parse(saved));
    else setTimeout(wait, 300);
  })();
})();
