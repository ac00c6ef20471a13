import { api, getSession } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';

addTexts({
  'dash.members': ['会员人数', 'Members'],
  'dash.active': ['本周活跃对话', 'Active conversations this week'],
  'dash.notices': ['已发送通知', 'Notices sent'],
  'dash.handoffs': ['待处理人工咨询', 'Open hand-offs'],
  'dash.perClub': ['各社团报名人数', 'Sign-ups per club'],
  'dash.audit': ['最近操作记录（仅管理员可见）', 'Recent staff actions (admins only)'],
  'dash.accounts': ['工作人员账号（仅管理员可见）', 'Staff accounts (admins only)'],
  'dash.newPassword': ['初始密码（至少 8 位）', 'Initial password (8+ characters)'],
  'dash.role': ['角色', 'Role'],
  'dash.roleStaff': ['工作人员', 'Staff'],
  'dash.roleAdmin': ['管理员', 'Admin'],
  'dash.addAccount': ['新建账号', 'Add account'],
  'dash.locked': ['已锁定', 'locked'],
  'dash.noClub': ['未归属社团的活动', 'Activities without a club'],
});

/** A horizontal bar chart in SVG: one bar per row, labelled, scaled to the largest value. */
function barChart(rows) {
  if (rows.length === 0) return `<p class="muted">${esc(t('common.none'))}</p>`;
  const max = Math.max(...rows.map((r) => r.value), 1);
  const height = rows.length * 34;
  const bars = rows.map((r, i) => {
    const width = Math.max(2, Math.round((r.value / max) * 300));
    return `<text x="0" y="${i * 34 + 22}" font-size="15">${esc(r.label)}</text>
      <rect x="230" y="${i * 34 + 6}" width="${width}" height="22" fill="#c62828" rx="3"></rect>
      <text x="${236 + width}" y="${i * 34 + 22}" font-size="15">${r.value}</text>`;
  });
  return `<svg role="img" width="100%" viewBox="0 0 600 ${height}">${bars.join('')}</svg>`;
}

async function render() {
  const error = document.getElementById('error');
  try {
    const figures = await api('GET', '/api/admin/dashboard');
    showError(error, null);
    const tiles = [
      ['dash.members', figures.members],
      ['dash.active', figures.activeConversationsThisWeek],
      ['dash.notices', figures.noticesSent],
      ['dash.handoffs', figures.openHandoffs],
    ];
    document.getElementById('figures').innerHTML = tiles
      .map(([key, value]) => `<div class="card"><div class="muted">${esc(t(key))}</div><div class="figure" data-figure="${key}">${value}</div></div>`)
      .join('');
    document.getElementById('club-chart').innerHTML = barChart(
      figures.signUpsPerClub.map((c) => ({ label: c.name || t('dash.noClub'), value: c.signUps })));
    if ((await getSession()).role === 'admin') {
      await renderAccounts();
      await renderAudit();
    }
  } catch (e) {
    showError(error, e);
  }
}

async function renderAccounts() {
  const accounts = await api('GET', '/api/admin/staff');
  document.getElementById('account-rows').innerHTML = accounts.map((a) => `<tr><td>${esc(a.userName)}</td>
    <td>${esc(t(a.role === 'admin' ? 'dash.roleAdmin' : 'dash.roleStaff'))}</td>
    <td class="muted">${a.lockedOut ? esc(t('dash.locked')) : ''}</td></tr>`).join('');
  document.getElementById('accounts').hidden = false;
}

document.getElementById('account-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const problem = document.getElementById('account-error');
  try {
    await api('POST', '/api/admin/staff', {
      userName: document.getElementById('account-name').value.trim(),
      password: document.getElementById('account-password').value,
      role: document.getElementById('account-role').value,
    });
    event.target.reset();
    showError(problem, null);
    await renderAccounts();
    await renderAudit();
  } catch (e) {
    showError(problem, e);
  }
});

async function renderAudit() {
  const entries = await api('GET', '/api/admin/audit?limit=20');
  document.getElementById('audit-rows').innerHTML = entries.map((e) => `<tr><td class="muted">${esc(when(e.at))}</td>
    <td>${esc(e.staffName)}</td><td>${esc(e.action)} ${esc(e.target)}</td><td>${e.outcome}</td></tr>`).join('');
  document.getElementById('audit').hidden = false;
}

startPage(render);
