import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, startPage } from '/staff/shell.js';
import { setUpPrivacy } from '/staff/privacy.js';

addTexts({
  'm.roster': ['会员名册', 'Member roster'],
  'm.query': ['会员号或姓名', 'Number or name'],
  'm.queryHint': ['例如 BJ-0001 或 李娜', 'e.g. BJ-0001 or Li Na'],
  'm.unit': ['工会', 'Unit'],
  'm.allUnits': ['全部工会', 'All units'],
  'm.status': ['状态', 'Status'],
  'm.anyStatus': ['全部', 'Any'],
  'm.search': ['查找', 'Search'],
  'm.number': ['会员号', 'Number'],
  'm.name': ['姓名', 'Name'],
  'm.phone': ['手机号', 'Phone'],
  'm.unitPath': ['工会（上下级用 / 分隔）', 'Unit (levels separated by /)'],
  'm.joined': ['入会日期', 'Joined'],
  'm.wecom': ['企业微信账号', 'WeCom userid'],
  'm.wecomHint': ['企业微信通讯录里的账号，用于自动绑定；可不填', 'The account in WeCom\'s contacts, for automatic binding; optional'],
  'm.prev': ['上一页', 'Previous'],
  'm.next': ['下一页', 'Next'],
  'm.page': ['共 {total} 人，第 {page}/{pages} 页', '{total} members, page {page} of {pages}'],
  'm.edit': ['修改会员信息', 'Edit member'],
  'm.editButton': ['修改', 'Edit'],
  'm.deactivate': ['停用', 'Deactivate'],
  'm.reactivate': ['恢复', 'Reactivate'],
  'm.confirmDeactivate': ['停用 {name}（{number}）？停用后立即退出所有登录，也不再收到通知。', 'Deactivate {name} ({number})? They are signed out at once and get no more notices.'],
  'm.import': ['导入名册', 'Import the roster'],
  'm.importHelp': ['在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”，第一行是表头（入会日期可不填）。同一会员号再次导入会更新信息；文件里没有的会员不受影响。',
    'In Excel use Save As → "CSV UTF-8 (Comma delimited)"; the first row is the header (the joined date is optional). Importing a number again updates it; members not in the file are left alone.'],
  'm.file': ['CSV 文件', 'CSV file'],
  'm.preview': ['预览', 'Preview'],
  'm.confirm': ['确认导入', 'Import now'],
  'm.pickFile': ['请先选择 CSV 文件。', 'Choose a CSV file first.'],
  'm.previewCounts': ['预览：新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人，跳过 {rejected} 行。', 'Preview: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} rows skipped.'],
  'm.doneCounts': ['已导入：新增 {added} 人，更新 {updated} 人，不变 {unchanged} 人，跳过 {rejected} 行。', 'Imported: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rows skipped.'],
  'm.line': ['行号', 'Row'],
  'm.reason': ['原因', 'Reason'],
  'm.moreRejected': ['另有 {n} 行未列出。', '{n} more rows are not listed.'],
  'status.active': ['在册', 'Active'],
  'status.deactivated': ['已停用', 'Deactivated'],
});

const error = document.getElementById('error');
const pageSize = 20;
let page = 1;
let members = [];
let pendingFile = null;

async function guarded(work) {
  try {
    await work();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

function flatten(nodes, depth = 0) {
  return nodes.flatMap((n) => [{ ...n, depth }, ...flatten(n.children, depth + 1)]);
}

async function loadUnits() {
  const select = document.getElementById('search-unit');
  const chosen = select.value;
  const units = flatten(await api('GET', '/api/admin/members/units'));
  select.innerHTML = `<option value="">${esc(t('m.allUnits'))}</option>`
    + units.map((u) => `<option value="${esc(u.path)}">${'　'.repeat(u.depth)}${esc(u.name)} (${u.members})</option>`).join('');
  select.value = units.some((u) => u.path === chosen) ? chosen : '';
}

async function loadMembers() {
  const query = new URLSearchParams({ page, pageSize });
  const text = document.getElementById('search-query').value.trim();
  const unit = document.getElementById('search-unit').value;
  const status = document.getElementById('search-status').value;
  if (text) query.set('query', text);
  if (unit) query.set('unit', unit);
  if (status) query.set('status', status);
  const result = await api('GET', `/api/admin/members?${query}`);
  members = result.members;
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  document.getElementById('page-info').textContent = t('m.page', { total: result.total, page, pages });
  document.getElementById('page-prev').disabled = page <= 1;
  document.getElementById('page-next').disabled = page >= pages;
  document.getElementById('member-list').innerHTML = members.length === 0 ? `<p class="muted">${esc(t('common.none'))}</p>`
    : `<table><thead><tr><th>${esc(t('m.number'))}</th><th>${esc(t('m.name'))}</th><th>${esc(t('m.phone'))}</th><th>${esc(t('m.wecom'))}</th><th>${esc(t('m.unit'))}</th><th>${esc(t('m.status'))}</th><th></th></tr></thead>
      <tbody>${members.map((m) => `<tr data-member="${esc(m.memberNumber)}"><td>${esc(m.memberNumber)}</td><td>${esc(m.name)}</td><td>${esc(m.phone)}</td>
      <td>${esc(m.wecomUserId)}</td><td>${esc(m.unit)}</td><td>${esc(t('status.' + m.status))}</td>
      <td class="row"><button type="button" class="secondary" data-edit="${esc(m.memberNumber)}">${esc(t('m.editButton'))}</button>
      ${m.status === 'active' ? `<button type="button" class="secondary" data-deactivate="${esc(m.memberNumber)}">${esc(t('m.deactivate'))}</button>`
    : `<button type="button" class="secondary" data-reactivate="${esc(m.memberNumber)}">${esc(t('m.reactivate'))}</button>`}</td></tr>`).join('')}</tbody></table>`;
}

async function edit(number) {
  const m = await api('GET', `/api/admin/members/${encodeURIComponent(number)}`);
  document.getElementById('edit-number').textContent = m.memberNumber;
  document.getElementById('edit-name').value = m.name;
  document.getElementById('edit-phone').value = m.phone;
  document.getElementById('edit-unit').value = m.unit;
  document.getElementById('edit-joined').value = m.joinedOn || '';
  document.getElementById('edit-wecom').value = m.wecomUserId || '';
  document.getElementById('privacy-note').hidden = true;
  document.getElementById('edit-form').hidden = false;
  document.getElementById('privacy').hidden = document.getElementById('privacy').dataset.admin !== 'true';
  document.getElementById('edit').hidden = false;
  document.getElementById('edit').scrollIntoView();
}

function report(result, confirmed) {
  const counts = { added: result.added, updated: result.updated, unchanged: result.unchanged, rejected: result.rejectedCount };
  const more = result.rejectedCount - result.rejected.length;
  const box = document.getElementById('import-result');
  box.innerHTML = `<p id="import-counts" class="${confirmed ? 'ok' : ''}">${esc(t(confirmed ? 'm.doneCounts' : 'm.previewCounts', counts))}</p>
    ${result.rejected.length === 0 ? '' : `<table id="rejected"><thead><tr><th>${esc(t('m.line'))}</th><th>${esc(t('m.reason'))}</th></tr></thead>
    <tbody>${result.rejected.map((r) => `<tr><td>${r.line}</td><td>${esc(r.reason)}</td></tr>`).join('')}</tbody></table>`}
    ${more > 0 ? `<p class="muted">${esc(t('m.moreRejected', { n: more }))}</p>` : ''}
    ${confirmed ? '' : `<p class="row"><button type="button" id="import-confirm">${esc(t('m.confirm'))}</button>
      <button type="button" class="secondary" id="import-cancel">${esc(t('common.cancel'))}</button></p>`}`;
  box.hidden = false;
}

document.getElementById('search-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  page = 1;
  await loadMembers();
}));

document.getElementById('page-prev').addEventListener('click', () => guarded(async () => { page -= 1; await loadMembers(); }));
document.getElementById('page-next').addEventListener('click', () => guarded(async () => { page += 1; await loadMembers(); }));

document.getElementById('edit-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  await api('PUT', `/api/admin/members/${encodeURIComponent(document.getElementById('edit-number').textContent)}`, {
    name: document.getElementById('edit-name').value.trim(),
    phone: document.getElementById('edit-phone').value.trim(),
    unit: document.getElementById('edit-unit').value.trim(),
    joinedOn: document.getElementById('edit-joined').value || null,
    wecomUserId: document.getElementById('edit-wecom').value.trim(), // empty clears it
  });
  document.getElementById('edit').hidden = true;
  await Promise.all([loadUnits(), loadMembers()]);
}));

document.getElementById('edit-cancel').addEventListener('click', () => { document.getElementById('edit').hidden = true; });

// The file is read once: the preview and the confirmed import send the same bytes.
document.getElementById('import-preview').addEventListener('click', () => guarded(async () => {
  const file = document.getElementById('import-file').files[0];
  if (!file) throw new Error(t('m.pickFile'));
  pendingFile = await file.arrayBuffer();
  report(await api('POST', '/api/admin/members/import?preview=true', pendingFile, 'text/csv'), false);
}));

document.getElementById('import-result').addEventListener('click', (event) => {
  if (event.target.id === 'import-cancel') {
    pendingFile = null;
    document.getElementById('import-result').hidden = true;
  }
  if (event.target.id === 'import-confirm' && pendingFile) {
    guarded(async () => {
      report(await api('POST', '/api/admin/members/import', pendingFile, 'text/csv'), true);
      pendingFile = null;
      document.getElementById('import-file').value = '';
      await Promise.all([loadUnits(), loadMembers()]);
    });
  }
});

document.getElementById('member-list').addEventListener('click', (event) => {
  const data = event.target.dataset;
  const member = members.find((m) => m.memberNumber === (data.edit || data.deactivate || data.reactivate));
  if (data.edit) guarded(() => edit(data.edit));
  if (data.deactivate && confirm(t('m.confirmDeactivate', { name: member.name, number: member.memberNumber }))) {
    guarded(async () => { await api('POST', `/api/admin/members/${encodeURIComponent(data.deactivate)}/deactivate`); await loadMembers(); });
  }
  if (data.reactivate) guarded(async () => { await api('POST', `/api/admin/members/${encodeURIComponent(data.reactivate)}/reactivate`); await loadMembers(); });
});

startPage(() => guarded(async () => {
  await setUpPrivacy(() => document.getElementById('edit-number').textContent, guarded, async (message) => {
    document.getElementById('privacy-note').textContent = message;
    document.getElementById('privacy-note').hidden = false;
    // The erased member's details leave the page too.
    document.getElementById('edit-form').hidden = true;
    document.getElementById('privacy').hidden = true;
    await Promise.all([loadUnits(), loadMembers()]);
  });
  await loadUnits();
  await loadMembers();
}));
