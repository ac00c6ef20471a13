// The per-recipient delivery report of one notice: who got it, when, and why not, a page at a time.
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { reasonText } from '/staff/reasons.js';
import { esc, showError, when } from '/staff/shell.js';

addTexts({
  'd.title': ['发送明细', 'Deliveries'],
  'd.show': ['明细', 'Details'],
  'd.all': ['全部', 'All'],
  'd.more': ['更多', 'More'],
  'd.member': ['会员', 'Member'],
  'd.status': ['状态', 'Status'],
  'd.at': ['时间', 'When'],
  'd.tries': ['尝试次数', 'Tries'],
  'd.reason': ['原因', 'Why'],
  'd.pending': ['待发', 'Pending'],
  'd.sent': ['已发', 'Sent'],
  'd.failed': ['失败', 'Failed'],
  'd.skipped': ['跳过', 'Skipped'],
  'd.waiting': ['等待首次登录', 'Waiting for first sign-in'],
});

const panel = document.getElementById('deliveries');
let current = { id: null, status: '', next: null };

function row(d) {
  return `<tr><td>${esc(d.member)}</td><td>${esc(t('d.' + d.status))}</td><td>${esc(when(d.at))}</td>
    <td>${esc(String(d.attempts))}</td><td>${esc(reasonText(d.reason))}</td></tr>`;
}

async function load(append) {
  const query = new URLSearchParams({ limit: '100' });
  if (current.status) query.set('status', current.status);
  if (append && current.next) query.set('after', String(current.next));
  const page = await api('GET', `/api/admin/notices/${encodeURIComponent(current.id)}/deliveries?${query}`);
  current.next = page.next ?? null;
  const body = panel.querySelector('tbody');
  body.innerHTML = (append ? body.innerHTML : '') + page.deliveries.map(row).join('');
  panel.querySelector('[data-more]').hidden = current.next === null;
}

/** Shows the delivery report of notice <id> under the list. */
export async function showDeliveries(id) {
  current = { id, status: '', next: null };
  const statuses = ['', 'failed', 'pending', 'waiting', 'sent', 'skipped'];
  panel.innerHTML = `<h2>${esc(t('d.title'))}</h2>
    <select data-status>${statuses.map((s) => `<option value="${s}">${esc(t(s ? 'd.' + s : 'd.all'))}</option>`).join('')}</select>
    <table><thead><tr><th>${esc(t('d.member'))}</th><th>${esc(t('d.status'))}</th><th>${esc(t('d.at'))}</th>
    <th>${esc(t('d.tries'))}</th><th>${esc(t('d.reason'))}</th></tr></thead><tbody></tbody></table>
    <button type="button" class="secondary" data-more hidden>${esc(t('d.more'))}</button>`;
  panel.hidden = false;
  panel.querySelector('[data-status]').addEventListener('change', (event) => {
    current.status = event.target.value;
    current.next = null;
    load(false).catch((e) => showError(document.getElementById('notice-error'), e));
  });
  panel.querySelector('[data-more]').addEventListener('click', () => load(true).catch((e) => showError(document.getElementById('notice-error'), e)));
  await load(false);
}
