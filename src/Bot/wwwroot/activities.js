// "活动报名 / Activities" on the member page: upcoming activities (GET /api/members/activities, optionally one club's)
// with seats left or the waitlist, and sign-up with the activity's form (POST …/{id}/signup). The server checks the
// answers and decides seat or waitlist; the page shows what it said, in the member's language.
(function () {
  'use strict';

  var T = window.EngageBotText;
  var F = window.EngageBotMemberForms;
  T.add({
    'nav.activities': ['活动报名', 'Activities'],
    'nav.mySignUps': ['我的报名', 'My sign-ups'],
    'nav.myGroups': ['我的群组', 'My groups'],
    'activities.title': ['活动报名', 'Activities'],
    'activities.allClubs': ['全部俱乐部', 'All clubs'],
    'activities.none': ['近期没有可报名的活动。', 'No upcoming activities right now.'],
    'activities.seats': ['余 {0} 个名额', '{0} seats left'],
    'activities.full': ['已满，可候补（{0} 人候补中）', 'Full, waitlist open ({0} waiting)'],
    'activities.closed': ['报名已截止', 'Sign-up closed'],
    'activities.signUp': ['报名', 'Sign up'],
    'activities.joinWaitlist': ['候补报名', 'Join waitlist'],
    'status.confirmed': ['已报名', 'Signed up'],
    'status.waitlisted': ['候补中', 'On the waitlist'],
    'status.attended': ['已签到', 'Checked in'],
    'signup.submit': ['确认报名', 'Confirm sign-up'],
    'signup.back': ['返回', 'Back'],
    'signup.confirm': ['确认报名这个活动吗？', 'Sign up for this activity?']
  });

  var state = { list: null, clubId: '', sheet: null };

  function $(id) { return document.getElementById(id); }
  function app() { return window.EngageBotApp; }

  function clubName(item) { return T.lang() === 'en' && item.clubNameEn ? item.clubNameEn : item.clubName; }

  function meta(item) {
    return [clubName(item), F.when(item.startsAt, item.endsAt), item.place].filter(Boolean).join(' · ');
  }

  function renderClubs() {
    var select = $('club-filter');
    select.textContent = '';
    var all = F.el('option', null, T.t('activities.allClubs'));
    all.value = '';
    select.appendChild(all);
    (state.list ? state.list.clubs : []).forEach(function (club) {
      var o = F.el('option', null, T.lang() === 'en' && club.nameEn ? club.nameEn : club.name);
      o.value = club.id;
      select.appendChild(o);
    });
    select.value = state.clubId;
  }

  function render() {
    renderClubs();
    var list = $('activity-items');
    list.textContent = '';
    if (!state.list) return;
    if (state.list.activities.length === 0) list.appendChild(F.el('li', 'empty', T.t('activities.none')));
    state.list.activities.forEach(function (item) {
      var li = F.el('li');
      li.dataset.activity = item.id;
      li.appendChild(F.el('div', 'item-title', F.title(item)));
      li.appendChild(F.el('div', 'item-meta', meta(item)));
      var row = F.el('div', 'item-row');
      row.appendChild(F.el('span', item.seatsLeft > 0 ? 'seats' : 'seats full',
        item.seatsLeft > 0 ? T.t('activities.seats', item.seatsLeft) : T.t('activities.full', item.waitlisted)));
      if (item.myStatus) {
        row.appendChild(F.el('span', 'badge', T.t('status.' + item.myStatus)));
      } else if (!item.signUpOpen) {
        row.appendChild(F.el('span', 'badge muted', T.t('activities.closed')));
      } else {
        var b = F.button(T.t(item.seatsLeft > 0 ? 'activities.signUp' : 'activities.joinWaitlist'), { signup: item.id }, 'small primary-small');
        b.addEventListener('click', function () { openSheet(item); });
        row.appendChild(b);
      }
      li.appendChild(row);
      list.appendChild(li);
    });
  }

  function load() {
    $('activities-error').textContent = '';
    var query = state.clubId ? '?clubId=' + encodeURIComponent(state.clubId) : '';
    return app().api('GET', '/api/members/activities' + query)
      .then(function (list) { state.list = list; render(); })
      .catch(function (error) { $('activities-error').textContent = error.message; });
  }

  // The sheet asks the form's fields, or just "sign up for this?" when there are none: the confirm step either way.
  function openSheet(item, answers) {
    state.sheet = item;
    $('signup-title').textContent = F.title(item);
    $('signup-meta').textContent = item.fields.length ? meta(item) : meta(item) + '\n' + T.t('signup.confirm');
    F.render($('signup-fields'), item.fields, answers);
    $('signup-error').textContent = '';
    $('signup-sheet').hidden = false;
    $('activity-items').hidden = true;
    var first = $('signup-fields').querySelector('[name]');
    if (first) first.focus();
  }

  function closeSheet() {
    state.sheet = null;
    $('signup-sheet').hidden = true;
    $('activity-items').hidden = false;
  }

  function submit(event) {
    event.preventDefault();
    var item = state.sheet;
    if (!item) return;
    $('signup-submit').disabled = true;
    app().api('POST', '/api/members/activities/' + encodeURIComponent(item.id) + '/signup', { answers: F.read($('signup-fields')) })
      .then(function (result) {
        closeSheet();
        F.note('activities-note', result.message);
        $('activities-note').dataset.status = result.status;
        return load();
      }, function (error) {
        F.showErrors($('signup-fields'), error, $('signup-error'));
        if (error.status === 409 || error.status === 404) load(); // closed, full or gone: the list shows it now
      })
      .then(function () { $('signup-submit').disabled = false; });
  }

  function open() {
    app().show('activities');
    closeSheet();
    F.note('activities-note', '');
    return load();
  }

  $('open-activities').addEventListener('click', open);
  $('club-filter').addEventListener('change', function () { state.clubId = this.value; closeSheet(); load(); });
  $('signup-sheet').addEventListener('submit', submit);
  $('signup-cancel').addEventListener('click', closeSheet);
  Array.prototype.forEach.call(document.querySelectorAll('[data-home]'), function (b) {
    b.addEventListener('click', function () { app().openHome(); });
  });
  T.onChange(function () {
    render();
    if (state.sheet) openSheet(state.sheet, F.read($('signup-fields')));
  });
  T.apply(document);

  // A WeCom group's sign-up link (channelbind.js keeps its activity): that activity's sign-up screen, once signed in.
  function openPending() {
    var id = sessionStorage.getItem('engagebot.openActivity');
    if (!id || !sessionStorage.getItem('engagebot.session')) return;
    sessionStorage.removeItem('engagebot.openActivity');
    open().then(function () {
      var item = state.list && state.list.activities.filter(function (a) { return a.id === id; })[0];
      if (item && !item.myStatus && item.signUpOpen) openSheet(item);
    });
  }

  window.EngageBotActivities = { open: open, openPending: openPending };
  openPending();
})();
