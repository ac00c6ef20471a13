// Weekly series on the activities page: create one (the first session repeated every week), then change or cancel
// every session still to come. One session alone is changed with the page's own "修改" button. Kept apart from
// activities.js: it adds its own card and tells the page to reload its list when a series changed.
import { api } from '/staff/api.js';
import { addTexts, t, translate } from '/staff/i18n.js';
import { esc, showError, when } from '/staff/shell.js';

addTexts({
  's.title': ['每周重复活动', 'Weekly series'],
  's.hint': ['按第一次的时间每周重复；每一次都是独立的活动，各自报名。只改某一次：在下面的活动列表里点“修改”。',
    'Repeats the first session every week; each session is its own activity with its own sign-ups. To change one session only, use "Edit" in the list below.'],
  's.first': ['第一次开始', 'First session starts'],
  's.minutes': ['时长（分钟）', 'Length (minutes)'],
  's.count': ['共几次（1–52）', 'Sessions (1–52)'],
  's.create': ['创建重复活动', 'Create series'],
  's.upcoming': ['还有 {n} 次，下一次 {next}', '{n} to come, next {next}'],
  's.editAll': ['修改以后各次', 'Change all to come'],
  's.cancelAll': ['取消以后各次', 'Cancel all to come'],
  's.startTime': ['新的开始时间（如 19:30）', 'New start time (e.g. 19:30)'],
  's.apply': ['应用到以后各次', 'Apply to all to come'],
  's.confirmCancel': ['确定取消以后各次吗？已报名的会员会收到通知。', 'Cancel every session to come? Everyone signed up will be told.'],
  's.told': ['已保存，{n} 位会员将收到变更通知。', 'Saved; {n} member(s) will be told.'],
  's.index': ['第 {n} 次（共 {of} 次）', 'session {n} of {of}'],
});

const card = document.createElement('section');
card.className = 'card';
card.id = 'series';
document.querySelector('main').insertBefore(card, document.getElementById('activity-list').closest('section'));
const iso = (value) => (value ? new Date(value).toISOString() : null);

function draw() {
  card.innerHTML = `<h2 data-t="s.title"></h2><p class="muted" data-t="s.hint"></p>
    <p id="series-error" class="error" role="alert" hidden></p><p id="series-note" class="muted" role="status"></p>
    <form id="series-form"><div class="row">
      <label><span data-t="a.title"></span><input id="series-title" required maxlength="200"></label>
      <label><span data-t="a.place"></span><input id="series-place" maxlength="200"></label>
      <label><span data-t="a.capacity"></span><input id="series-capacity" type="number" min="1" value="20" required></label></div>
      <div class="row"><label><span data-t="s.first"></span><input id="series-starts" type="datetime-local" required></label>
      <label><span data-t="s.minutes"></span><input id="series-minutes" type="number" min="1" max="1440" value="90"></label>
      <label><span data-t="s.count"></span><input id="series-count" type="number" min="1" max="52" value="8" required></label>
      <button type="submit" data-t="s.create"></button></div></form>
    <div id="series-list"></div>`;
  translate(card);
  card.querySelector('#series-form').addEventListener('submit', (event) => { event.preventDefault(); guarded(create); });
}

async function guarded(work) {
  try {
    await work();
    showError(card.querySelector('#series-error'), null);
  } catch (e) {
    showError(card.querySelector('#series-error'), e);
  }
}

async function load() {
  const list = await api('GET', '/api/admin/activity-series');
  card.querySelector('#series-list').innerHTML = `<table><tbody>${list.map((s) => `<tr data-series="${esc(s.id)}">
    <td><strong>${esc(s.title)}</strong><div class="muted">${esc(t('s.upcoming', { n: s.upcoming, next: when(s.nextStartsAt) }))}</div></td>
    <td class="row"><input data-series-time="${esc(s.id)}" data-t-placeholder="s.startTime" size="8">
      <input data-series-place="${esc(s.id)}" data-t-placeholder="a.place" size="12">
      <button type="button" class="secondary" data-series-apply="${esc(s.id)}" data-t="s.apply"></button>
      <button type="button" class="secondary" data-series-cancel="${esc(s.id)}" data-t="s.cancelAll"></button></td></tr>`).join('')}</tbody></table>`;
  translate(card.querySelector('#series-list'));
  await loadSessions(list);
}

// The activity list (activities.js) says which session of a series each row is: "第 2 次（共 4 次）".
let sessions = new Map();
async function loadSessions(list) {
  const details = await Promise.all(list.map((s) => api('GET', `/api/admin/activity-series/${encodeURIComponent(s.id)}`)));
  sessions = new Map(details.flatMap((d) => d.occurrences.map((o, i) => [o.id, { n: o.seriesIndex ?? i + 1, of: d.occurrences.length }])));
  markSessions();
}

function markSessions() {
  document.querySelectorAll('#activity-list tr[data-activity]').forEach((row) => {
    const session = sessions.get(row.dataset.activity);
    if (!session || row.querySelector('.series-index')) return;
    row.querySelector('strong')?.insertAdjacentHTML('afterend', ` <span class="muted series-index">${esc(t('s.index', session))}</span>`);
  });
}

new MutationObserver(markSessions).observe(document.getElementById('activity-list'), { childList: true });

async function create() {
  const starts = card.querySelector('#series-starts').value;
  const minutes = Number(card.querySelector('#series-minutes').value);
  await api('POST', '/api/admin/activity-series', {
    title: card.querySelector('#series-title').value.trim(),
    place: card.querySelector('#series-place').value.trim() || null,
    capacity: Number(card.querySelector('#series-capacity').value),
    startsAt: iso(starts),
    endsAt: minutes > 0 ? new Date(new Date(starts).getTime() + minutes * 60000).toISOString() : null,
    occurrences: Number(card.querySelector('#series-count').value),
  });
  card.querySelector('#series-form').reset();
  await changed();
}

async function applyAll(id) {
  const time = card.querySelector(`[data-series-time="${id}"]`).value.trim();
  const place = card.querySelector(`[data-series-place="${id}"]`).value.trim();
  const result = await api('PUT', `/api/admin/activity-series/${id}`, { startTime: time || null, place: place || null });
  card.querySelector('#series-note').textContent = t('s.told', { n: result.told ?? 0 });
  await changed();
}

async function changed() {
  await load();
  document.dispatchEvent(new CustomEvent('activities-changed'));
}

card.addEventListener('click', (event) => {
  const data = event.target.dataset;
  if (data.seriesApply) guarded(() => applyAll(data.seriesApply));
  if (data.seriesCancel && confirm(t('s.confirmCancel'))) {
    guarded(async () => { await api('POST', `/api/admin/activity-series/${data.seriesCancel}/cancel`); await changed(); });
  }
});

draw();
guarded(load);
