// Attendance over time: per club, month by month, signed up against checked in (attendance-chart.js), and each
// activity that has started in the period; CSV of the activities for Excel. Only activities that have started count.
import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { esc, showError, startPage } from '/staff/shell.js';
import { lastMonths, monthChart } from '/staff/attendance-chart.js';

addTexts({
  'at.title': ['出勤统计', 'Attendance over time'],
  'at.hint': ['按社团、按月统计已开始活动的报名人数（占名额的）和签到人数；取消的活动不计。', 'Per club and month: seats held and check-ins on activities that have started; cancelled ones do not count.'],
  'at.club': ['社团', 'Club'],
  'at.allClubs': ['全部社团（分别显示）', 'All clubs (one chart each)'],
  'at.noClub': ['未归属社团的活动', 'Activities without a club'],
  'at.months': ['时间范围', 'Period'],
  'at.months6': ['最近 6 个月', 'Last 6 months'],
  'at.months12': ['最近 12 个月', 'Last 12 months'],
  'at.csv': ['下载 CSV', 'Download CSV'],
  'at.held': ['报名', 'Signed up'],
  'at.attended': ['签到', 'Checked in'],
  'at.perActivity': ['各活动出勤', 'Per activity'],
  'at.date': ['日期', 'Date'],
  'at.activity': ['活动', 'Activity'],
  'at.rate': ['签到率', 'Rate'],
  'at.empty': ['这段时间还没有已开始的活动。', 'No activity has started in this period.'],
  'at.noData': ['这段时间没有数据。', 'No data for this period.'],
});

const NO_CLUB = '-';
const error = document.getElementById('error');
const clubSelect = document.getElementById('attendance-club');
const monthsSelect = document.getElementById('attendance-months');
let clubs = [];

const monthLabel = (m) => (lang() === 'en' ? m.slice(2).replace('-', '/') : `${Number(m.slice(5))}月`);
const clubName = (id, fallback) => (id ? clubs.find((c) => c.id === id)?.name ?? fallback ?? id : t('at.noClub'));

function query() {
  const params = new URLSearchParams({ months: monthsSelect.value });
  if (clubSelect.value && clubSelect.value !== NO_CLUB) params.set('clubId', clubSelect.value);
  return params.toString();
}

function drawClubs() {
  const chosen = clubSelect.value;
  clubSelect.innerHTML = `<option value="">${esc(t('at.allClubs'))}</option>`
    + clubs.map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('')
    + `<option value="${NO_CLUB}">${esc(t('at.noClub'))}</option>`;
  clubSelect.value = chosen;
}

function drawCharts(monthly) {
  const months = lastMonths(Number(monthsSelect.value));
  const rows = clubSelect.value === NO_CLUB ? monthly.filter((r) => !r.clubId) : monthly;
  const groups = new Map();
  for (const r of rows) groups.set(r.clubId ?? NO_CLUB, [...(groups.get(r.clubId ?? NO_CLUB) ?? []), r]);
  if (clubSelect.value && groups.size === 0) groups.set(clubSelect.value, []); // a chosen club with no data: an empty chart
  const texts = { label: monthLabel, heldText: t('at.held'), attendedText: t('at.attended') };
  document.getElementById('attendance-charts').innerHTML = groups.size === 0 ? `<p class="muted">${esc(t('at.noData'))}</p>`
    : [...groups].map(([club, list]) => monthChart(club, club === NO_CLUB ? t('at.noClub') : clubName(club, list[0]?.clubName), months, list, texts)).join('');
}

function drawTable(activities) {
  const list = clubSelect.value === NO_CLUB ? activities.filter((a) => !a.clubId) : activities;
  document.querySelector('#attendance-activities tbody').innerHTML = list.map((a) => `<tr data-activity="${esc(a.activityId)}">
    <td>${esc(a.startsAt.slice(0, 10))}</td><td>${esc(clubName(a.clubId, a.clubName))}</td><td>${esc(a.title)}</td>
    <td>${a.held}</td><td>${a.attended}</td>
    <td>${Math.round(a.rate * 100)}%<div class="progress"><div style="width:${Math.round(a.rate * 100)}%"></div></div></td></tr>`).join('');
  document.getElementById('attendance-empty').hidden = list.length > 0;
  document.getElementById('attendance-activities').hidden = list.length === 0;
}

async function render() {
  try {
    const [clubList, monthly, activities] = await Promise.all([
      clubs.length ? clubs : api('GET', '/api/admin/clubs?includeClosed=true'),
      api('GET', `/api/admin/stats/attendance/monthly?${query()}`),
      api('GET', `/api/admin/stats/attendance/activities?${query()}`),
    ]);
    clubs = clubList;
    drawClubs();
    drawCharts(monthly);
    drawTable(activities);
    document.getElementById('attendance-csv').href = `/api/admin/stats/attendance/activities.csv?${query()}`;
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

clubSelect.addEventListener('change', render);
monthsSelect.addEventListener('change', render);
startPage(render);
