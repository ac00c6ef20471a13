// Sign-in in two steps: member number and name → a code by SMS to the phone on the union's roster; the code → the
// session. A new code can be asked for after 60 seconds (the button counts down); errors come in the page's language.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var RESEND_SECONDS = 60;
  var timer = null;

  function $(id) { return document.getElementById(id); }

  function post(path, body) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': T.acceptLanguage() }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
          return { status: response.status, json: json };
        });
      });
  }

  function error(text) { $('signin-error').textContent = text || ''; }

  function problem(json) { return (json && json.detail && T.pick(json.detail)) || T.t('error.generic'); }

  function step(which) {
    $('signin-form').hidden = which !== 'ask';
    $('verify-form').hidden = which !== 'verify';
  }

  function countdown(seconds) {
    clearInterval(timer);
    var left = seconds;
    var button = $('resend-button');
    function tick() {
      if (left <= 0) {
        clearInterval(timer);
        button.disabled = false;
        button.textContent = T.t('verify.resend');
        return;
      }
      button.disabled = true;
      button.textContent = T.t('verify.wait', left);
      left -= 1;
    }
    tick();
    timer = setInterval(tick, 1000);
  }

  function requestCode() {
    error('');
    var body = { memberNumber: $('member-number').value, name: $('member-name').value };
    return post('/api/members/session', body).then(function (res) {
      if (res.status === 202) {
        $('verify-sent').textContent = T.t('verify.sent', res.json.phoneHint);
        step('verify');
        $('sms-code').value = '';
        $('sms-code').focus();
        countdown(RESEND_SECONDS);
        return;
      }
      if (res.status === 429 && res.json && res.json.code === 'resend') {
        step('verify');
        countdown(res.json.retryAfter || RESEND_SECONDS);
      }
      error(problem(res.json));
    }, function () { error(T.t('error.generic')); });
  }

  function verify(onSignedIn) {
    error('');
    var body = { memberNumber: $('member-number').value, code: $('sms-code').value.trim() };
    return post('/api/members/session/verify', body).then(function (res) {
      if (res.status === 200) {
        reset();
        onSignedIn(res.json);
        return;
      }
      error(problem(res.json));
    }, function () { error(T.t('error.generic')); });
  }

  function reset() {
    clearInterval(timer);
    $('resend-button').disabled = false;
    $('resend-button').textContent = T.t('verify.resend');
    error('');
    step('ask');
  }

  function start(onSignedIn) {
    $('signin-form').addEventListener('submit', function (event) { event.preventDefault(); requestCode(); });
    $('verify-form').addEventListener('submit', function (event) { event.preventDefault(); verify(onSignedIn); });
    $('resend-button').addEventListener('click', function () { requestCode(); });
    $('change-number').addEventListener('click', reset);
  }

  window.EngageBotSignIn = { start: start, reset: reset };
})();
