// Read receipts (确认收到) of a notice: who confirmed, who got it and has not, whose delivery failed; search,
// CSV export, and one button that reminds the unconfirmed (through the outbox, once per member per round).
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, when } from '/staff/shell.js';

addTexts({
  'rc.ask': ['要求会员确认收到（消息带“收到”按钮）', 'Ask members to confirm (the message gets a "Got it" button)'],
  'rc.after': ['未确认的会员在几小时后自动提醒（可不填）：', 'Remind those who have not confirmed after this many hours (optional): '],
  'rc.show': ['回执', 'Receipts'],
  'rc.title': ['确认回执', 'Read receipts'],
  'rc.search': ['按姓名或会员号搜索', 'Search by name or member number'],
  'rc.all': ['全部', 'All'],
  'rc.confirmed': ['已确认', 'Confirmed'],
  'rc.unconfirmed': ['已送达未确认', 'Delivered, not confirmed'],
  'rc.failed': ['发送失败', 'Failed'],
  'rc.pending': ['待发送', 'Pending'],
  'rc.skipped': ['跳过', 'Skipped'],
  'rc.name': ['姓名', 'Name'],
  'rc.number': ['会员号', 'Member number'],
  'rc.state': ['状态', 'State'],
  'rc.at': ['确认时间', 'Confirmed at'],
  'rc.via': ['方式', 'How'],
  'rc.button': ['按钮', 'button'],
  'rc.text': ['回复“收到”', 'typed'],
  'rc.csv': ['导出 CSV', 'Export CSV'],
  'rc.remind': ['提醒未确认的会员', 'Remind the unconfirmed'],
  'rc.confirmRemind': ['给所有已送达但未确认的会员再发一次提醒？', 'Send a reminder to everyone who got it and has not confirmed?'],
  'rc.reminded': ['已提醒 {reminded} 人', 'Reminded {reminded} members'],
  'rc.more': ['更多', 'More'],
  'rc.summary': ['已确认 {confirmed} / 已送达 {delivered} 人（未确认 {unconfirmed}，发送失败 {failed}，待发送 {pending}）',
    'Confirmed {confirmed} / delivered {delivered} members ({unconfirmed} not confirmed, {failed} failed, {pending} pending)'],
  'rc.line': ['回执：已确认 {confirmed} / 已送达 {delivered} 人', 'Receipts: {confirmed} of {delivered} members confirmed'],
  'rc.groups': ['按人统计：发到 {groupPosts} 个群的通知，算的是发通知时群里的 {groupMembers} 位成员，不是群里的 1 条消息。',
    'Counted per member: the notice posted into {groupPosts} group(s) counts the {groupMembers} members the group(s) had then, not the one message.'],
});

/** The draft's receipt fields, from the form's checkbox and hours. */
export function receiptDraft() {
  if (!document.getElementById('notice-receipt')?.checked) return {};
  const hours = Number(document.getElementById('notice-remind-after').value);
  return hours > 0 ? { askReceipt: true, remindAfterHours: hours } : { askReceipt: true };
}

/** "回执：已确认 37 / 已送达 120 人", from a notice's per-member receipt totals. */
export function receiptLine(totals) {
  return t('rc.line', totals);
}

/** The list row's button, for notices that ask for receipts. */
export function receiptButton(n) {
  return n.askReceipt ? `<button type="button" class="secondary" data-receipts="${esc(n.id)}">${esc(t('rc.show'))} ${esc(String(n.confirmed ?? 0))}</button>` : '';
}

const panel = document.getElementById('receipts');
const error = () => panel.querySelector('[data-error]');
let current = { id: null, next: null };

function row(m) {
  return `<tr data-state="${esc(m.state)}"><td>${esc(m.name || m.member)}</td><td>${esc(m.memberNumber || '')}</td>
    <td>${esc(t('rc.' + m.state))}</td><td>${esc(m.confirmedAt ? when(m.confirmedAt) : '')}</td>
    <td>${esc(m.via ? t('rc.' + m.via) : m.reason || '')}</td></tr>`;
}

async function load(append) {
  const query = new URLSearchParams({ limit: '50' });
  const state = panel.querySelector('[data-state-filter]').value;
  const q = panel.querySelector('[data-search]').value.trim();
  if (state) query.set('state', state);
  if (q) query.set('q', q);
  if (append && current.next) query.set('after', String(current.next));
  const page = await api('GET', `/api/admin/notices/${encodeURIComponent(current.id)}/receipts?${query}`);
  current.next = page.next ?? null;
  const body = panel.querySelector('tbody');
  body.innerHTML = (append ? body.innerHTML : '') + page.members.map(row).join('');
  panel.querySelector('[data-more]').hidden = current.next === null;
}

// Per member, as the report below lists them: a group post counts its members, not one delivery.
async function summary() {
  const n = await api('GET', `/api/admin/notices/${encodeURIComponent(current.id)}`);
  const r = n.receipts;
  panel.querySelector('[data-summary]').innerHTML = `<div class="progress"><div style="width:${r.delivered ? Math.round((r.confirmed / r.delivered) * 100) : 0}%"></div></div>
    <div class="muted" data-totals>${esc(t('rc.summary', r))}</div>
    ${r.groupPosts ? `<div class="muted" data-group-totals>${esc(t('rc.groups', r))}</div>` : ''}`;
}

/** Shows the receipts report of notice <id>. */
export async function showReceipts(id) {
  current = { id, next: null };
  const states = ['', 'confirmed', 'unconfirmed', 'failed', 'pending'];
  panel.innerHTML = `<h2>${esc(t('rc.title'))}</h2><div data-summary></div>
    <div class="row"><select data-state-filter>${states.map((s) => `<option value="${s}">${esc(t(s ? 'rc.' + s : 'rc.all'))}</option>`).join('')}</select>
    <input data-search placeholder="${esc(t('rc.search'))}" maxlength="100">
    <a class="button secondary" data-csv href="/api/admin/notices/${encodeURIComponent(id)}/receipts.csv" download>${esc(t('rc.csv'))}</a>
    <button type="button" data-remind>${esc(t('rc.remind'))}</button></div>
    <p class="error" role="alert" data-error hidden></p><p class="muted" data-reminded hidden></p>
    <table><thead><tr><th>${esc(t('rc.name'))}</th><th>${esc(t('rc.number'))}</th><th>${esc(t('rc.state'))}</th>
    <th>${esc(t('rc.at'))}</th><th>${esc(t('rc.via'))}</th></tr></thead><tbody></tbody></table>
    <button type="button" class="secondary" data-more hidden>${esc(t('rc.more'))}</button>`;
  panel.hidden = false;
  const reload = () => { current.next = null; load(false).catch((e) => showError(error(), e)); };
  panel.querySelector('[data-state-filter]').addEventListener('change', reload);
  panel.querySelector('[data-search]').addEventListener('input', reload);
  panel.querySelector('[data-more]').addEventListener('click', () => load(true).catch((e) => showError(error(), e)));
  panel.querySelector('[data-remind]').addEventListener('click', async () => {
    if (!confirm(t('rc.confirmRemind'))) return;
    try {
      const round = await api('POST', `/api/admin/notices/${encodeURIComponent(id)}/receipts/remind`);
      const note = panel.querySelector('[data-reminded]');
      note.textContent = t('rc.reminded', round);
      note.hidden = false;
    } catch (e) {
      showError(error(), e);
    }
  });
  await Promise.all([summary(), load(false)]);
  panel.scrollIntoView();
}

document.getElementById('notice-list')?.addEventListener('click', (event) => {
  if (event.target.dataset.receipts) showReceipts(event.target.dataset.receipts).catch((e) => showError(document.getElementById('notice-error'), e));
});
