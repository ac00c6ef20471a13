import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';
import { fromUnionInput, toUnionInput } from '/staff/union-time.js';

addTexts({
  'a.clubs': ['社团', 'Clubs'],
  'a.clubName': ['社团名称', 'Club name'],
  'a.clubSchedule': ['活动时间', 'Schedule'],
  'a.addClub': ['新建社团', 'Add club'],
  'a.closeClub': ['停办', 'Close'],
  'a.newActivity': ['新建活动', 'New activity'],
  'a.editActivity': ['修改活动', 'Edit activity'],
  'a.title': ['活动名称', 'Title'],
  'a.titleEn': ['英文名称（可选）', 'English title (optional)'],
  'a.club': ['所属社团', 'Club'],
  'a.noClub': ['（不属于社团）', '(no club)'],
  'a.place': ['地点', 'Place'],
  'a.capacity': ['名额', 'Places'],
  'a.starts': ['开始时间', 'Starts'],
  'a.ends': ['结束时间', 'Ends'],
  'a.deadline': ['报名截止', 'Sign-up deadline'],
  'a.cancelDeadline': ['取消报名截止（可选）', 'Cancel-by (optional)'],
  'a.reminders': ['提前提醒（小时，逗号分隔）', 'Reminders (hours before, comma-separated)'],
  'a.activities': ['近期活动', 'Upcoming activities'],
  'a.signedUp': ['已报 {c}/{cap}，候补 {w}', '{c}/{cap} signed up, {w} waiting'],
  'a.edit': ['修改', 'Edit'],
  'a.cancel': ['取消活动', 'Cancel'],
  'a.confirmCancel': ['确定取消这个活动吗？已报名的会员会收到通知。', 'Cancel this activity? Everyone signed up will be told.'],
  'a.roster': ['名单', 'Roster'],
  'a.confirmed': ['已确认', 'Confirmed'],
  'a.waitlist': ['候补', 'Waitlist'],
  'a.attended': ['已签到', 'Checked in'],
  'a.code': ['签到码：', 'Check-in code: '],
  'a.newCode': ['换一个签到码', 'New code'],
  'a.csv': ['导出 CSV（Excel 可打开）', 'Export CSV (opens in Excel)'],
  'status.active': ['进行中', 'Active'],
  'status.cancelled': ['已取消', 'Cancelled'],
});

const error = document.getElementById('error');
let clubs = [];
let activities = [];

const name = (item, zh, en) => (lang() === 'en' && item[en] ? item[en] : item[zh]);
// Fields hold the union's wall clock (Union:TimeZone), whatever zone the laptop is in.
const iso = fromUnionInput;
const local = toUnionInput;
// Reminders as hours ("24, 2", "0.5"); minutes → hours with two decimals always round back to the same minutes.
const hours = (minutes) => (minutes || []).map((m) => String(Math.round((m / 60) * 100) / 100)).join(', ');
const minutesOf = (text) => text.split(/[,，\s]+/).filter(Boolean).map((h) => Math.round(Number(h) * 60));

async function guarded(work) {
  try {
    await work();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

async function loadClubs() {
  clubs = await api('GET', '/api/admin/clubs');
  document.getElementById('club-list').innerHTML = `<table><tbody>${clubs.map((c) => `<tr><td>${esc(name(c, 'name', 'nameEn'))}</td>
    <td class="muted">${esc(c.schedule)} ${esc(c.place)}</td>
    <td><button type="button" class="secondary" data-close-club="${esc(c.id)}">${esc(t('a.closeClub'))}</button></td></tr>`).join('')}</tbody></table>`;
  const select = document.getElementById('activity-club');
  const chosen = select.value;
  select.innerHTML = `<option value="">${esc(t('a.noClub'))}</option>`
    + clubs.map((c) => `<option value="${esc(c.id)}">${esc(name(c, 'name', 'nameEn'))}</option>`).join('');
  select.value = chosen;
}

async function loadActivities() {
  activities = await api('GET', '/api/admin/activities');
  document.getElementById('activity-list').innerHTML = activities.length === 0 ? `<p class="muted">${esc(t('common.none'))}</p>`
    : `<table><tbody>${activities.map((a) => `<tr data-activity="${esc(a.id)}"><td><strong>${esc(name(a, 'title', 'titleEn'))}</strong>
      <div class="muted">${esc(when(a.startsAt))} ${esc(a.place)}</div></td>
      <td>${esc(t('a.signedUp', { c: a.confirmed, cap: a.capacity, w: a.waitlisted }))}<div class="muted">${esc(t('status.' + a.status))}</div></td>
      <td class="row"><button type="button" class="secondary" data-roster="${esc(a.id)}">${esc(t('a.roster'))}</button>
      <button type="button" class="secondary" data-edit="${esc(a.id)}">${esc(t('a.edit'))}</button>
      ${a.status === 'active' ? `<button type="button" class="secondary" data-cancel="${esc(a.id)}">${esc(t('a.cancel'))}</button>` : ''}</td></tr>`).join('')}</tbody></table>`;
}

// The sign-up form's answers beside a name: "（技术部 · 2 · M）".
const answers = (roster, m) => (roster.fields && m.answers
  ? `<span class="muted">（${roster.fields.filter((f) => m.answers[f.key]).map((f) => esc(m.answers[f.key])).join(' · ')}）</span>` : '');

async function showRoster(id) {
  const [roster, code] = await Promise.all([api('GET', `/api/admin/activities/${id}/roster`), api('GET', `/api/admin/activities/${id}/checkin-code`)]);
  const activity = activities.find((a) => a.id === id);
  const section = document.getElementById('roster');
  section.innerHTML = `<h2>${esc(t('a.roster'))} · ${esc(activity ? name(activity, 'title', 'titleEn') : '')}</h2>
    <p class="row"><span>${esc(t('a.code'))}<strong id="checkin-code">${esc(code.code)}</strong></span>
    <button type="button" class="secondary" data-new-code="${esc(id)}">${esc(t('a.newCode'))}</button>
    <a href="/api/admin/activities/${esc(id)}/roster.csv" download>${esc(t('a.csv'))}</a></p>
    <h3>${esc(t('a.confirmed'))} (${roster.confirmed.length})</h3>
    <ol>${roster.confirmed.map((m) => `<li>${esc(m.name)}${answers(roster, m)} ${m.attended ? `<span class="ok">${esc(t('a.attended'))}</span>` : ''}</li>`).join('')}</ol>
    <h3>${esc(t('a.waitlist'))} (${roster.waitlist.length})</h3>
    <ol>${roster.waitlist.map((m) => `<li>${esc(m.name)}${answers(roster, m)}</li>`).join('')}</ol>`;
  section.hidden = false;
}

function edit(id) {
  const a = activities.find((x) => x.id === id);
  document.getElementById('activity-id').value = a.id;
  document.getElementById('activity-title').value = a.title;
  document.getElementById('activity-title-en').value = a.titleEn || '';
  document.getElementById('activity-club').value = a.clubId || '';
  document.getElementById('activity-place').value = a.place || '';
  document.getElementById('activity-capacity').value = a.capacity;
  document.getElementById('activity-starts').value = local(a.startsAt);
  document.getElementById('activity-ends').value = local(a.endsAt);
  document.getElementById('activity-deadline').value = local(a.signUpDeadline);
  document.getElementById('activity-cancel-deadline').value = local(a.cancelDeadline);
  document.getElementById('activity-reminders').value = hours(a.reminderLeadMinutes);
  document.getElementById('activity-form-title').textContent = t('a.editActivity');
  document.getElementById('activity-form').scrollIntoView();
}

function resetForm() {
  document.getElementById('activity-form').reset();
  document.getElementById('activity-id').value = '';
  document.getElementById('activity-form-title').textContent = t('a.newActivity');
}

document.getElementById('club-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  await api('POST', '/api/admin/clubs', {
    name: document.getElementById('club-name').value.trim(),
    schedule: document.getElementById('club-schedule').value.trim() || null,
    place: document.getElementById('club-place').value.trim() || null,
  });
  event.target.reset();
  await loadClubs();
}));

document.getElementById('activity-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  const id = document.getElementById('activity-id').value;
  const body = {
    title: document.getElementById('activity-title').value.trim(),
    titleEn: document.getElementById('activity-title-en').value.trim() || null,
    clubId: document.getElementById('activity-club').value || null,
    place: document.getElementById('activity-place').value.trim() || null,
    capacity: Number(document.getElementById('activity-capacity').value),
    startsAt: iso(document.getElementById('activity-starts').value),
    endsAt: iso(document.getElementById('activity-ends').value),
    signUpDeadline: iso(document.getElementById('activity-deadline').value),
    // Sent every time, so saving an edit keeps them: "" clears the cancel deadline, [] means no reminders.
    cancelDeadline: iso(document.getElementById('activity-cancel-deadline').value) ?? '',
    reminderLeadMinutes: minutesOf(document.getElementById('activity-reminders').value),
  };
  await api(id ? 'PUT' : 'POST', id ? `/api/admin/activities/${id}` : '/api/admin/activities', body);
  resetForm();
  await loadActivities();
}));

document.getElementById('activity-new').addEventListener('click', resetForm);
document.addEventListener('activities-changed', () => guarded(loadActivities)); // a series was created or changed (activities-series.js)

document.body.addEventListener('click', (event) => {
  const data = event.target.dataset;
  if (data.roster) guarded(() => showRoster(data.roster));
  if (data.edit) edit(data.edit);
  if (data.cancel && confirm(t('a.confirmCancel'))) guarded(async () => { await api('POST', `/api/admin/activities/${data.cancel}/cancel`); await loadActivities(); });
  if (data.closeClub) guarded(async () => { await api('POST', `/api/admin/clubs/${data.closeClub}/close`); await loadClubs(); });
  if (data.newCode) guarded(async () => { await api('POST', `/api/admin/activities/${data.newCode}/checkin-code`); await showRoster(data.newCode); });
});

startPage(() => guarded(async () => {
  await loadClubs();
  await loadActivities();
}));
