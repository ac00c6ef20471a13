import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, startPage } from '/staff/shell.js';

addTexts({
  'g.groups': ['群组', 'Groups'],
  'g.name': ['群名称', 'Group name'],
  'g.create': ['建群', 'Create group'],
  'g.pinned': ['群公告（置顶）', 'Pinned notice'],
  'g.members': ['群成员', 'Members'],
  'g.number': ['会员号', 'Member number'],
  'g.memberName': ['姓名', 'Name'],
  'g.add': ['加入', 'Add'],
  'g.remove': ['移出', 'Remove'],
  'g.invite': ['邀请码：{code}，共 {n} 人', 'Invite code: {code}, {n} members'],
  'g.chain': ['接龙', 'Chain (接龙)'],
  'g.noChain': ['现在没有进行中的接龙。', 'No chain is running.'],
  'g.chainTitle': ['{title}（{n}/{limit} 人）', '{title} ({n}/{limit})'],
  'g.chains': ['接龙在群聊里进行：在群里发「接龙 标题」开始，成员回复「+1」加入。', 'Chains (接龙) run in the group chat: send "接龙 title" there; members reply "+1".'],
});

const error = document.getElementById('error');
let groups = [];
let currentId;

async function guarded(work) {
  try {
    await work();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

async function loadGroups() {
  groups = await api('GET', '/api/admin/groups');
  document.getElementById('group-list').innerHTML = groups
    .map((g) => `<li data-group="${esc(g.groupId)}" aria-selected="${g.groupId === currentId}">${esc(g.name)} <span class="muted">(${g.memberCount})</span></li>`).join('');
}

async function open(id) {
  currentId = id;
  await loadGroups();
  const group = groups.find((g) => g.groupId === id);
  const [members, chain] = await Promise.all([
    api('GET', `/api/admin/groups/${encodeURIComponent(id)}/members`),
    api('GET', `/api/admin/groups/${encodeURIComponent(id)}/chain`),
  ]);
  document.getElementById('chain').innerHTML = chain.open
    ? `<p><strong>${esc(t('g.chainTitle', { title: chain.title, n: chain.names.length, limit: chain.limit ?? '∞' }))}</strong></p>
      <ol>${chain.names.map((n) => `<li>${esc(n)}</li>`).join('')}</ol>`
    : `<p class="muted">${esc(t('g.noChain'))}</p>`;
  document.getElementById('group-title').textContent = group.name;
  document.getElementById('group-invite').textContent = t('g.invite', { code: group.inviteCode, n: group.memberCount });
  document.getElementById('pinned-notice').value = group.notice || '';
  document.getElementById('member-list').innerHTML = members
    .map((m) => `<li>${esc(m.name)} <span class="muted">${esc(m.memberId)}</span>
      <button type="button" class="link" data-remove="${esc(m.memberId)}">${esc(t('g.remove'))}</button></li>`).join('');
  document.getElementById('group').hidden = false;
}

document.getElementById('group-list').addEventListener('click', (event) => {
  const item = event.target.closest('[data-group]');
  if (item) guarded(() => open(item.dataset.group));
});

document.getElementById('group-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  const created = await api('POST', '/api/admin/groups', { name: document.getElementById('group-name').value.trim() });
  event.target.reset();
  await open(created.groupId);
}));

document.getElementById('pin-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  await api('PUT', `/api/admin/groups/${encodeURIComponent(currentId)}/notice`, { notice: document.getElementById('pinned-notice').value.trim() });
  await open(currentId);
}));

document.getElementById('member-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  await api('POST', `/api/admin/groups/${encodeURIComponent(currentId)}/members`, {
    memberNumber: document.getElementById('member-number').value.trim(),
    name: document.getElementById('member-name').value.trim(),
  });
  event.target.reset();
  await open(currentId);
}));

document.getElementById('member-list').addEventListener('click', (event) => {
  const id = event.target.dataset.remove;
  if (!id) return;
  // Member ids carry the channel prefix; the API takes the member number.
  guarded(async () => {
    await api('DELETE', `/api/admin/groups/${encodeURIComponent(currentId)}/members/${encodeURIComponent(id.replace(/^dl_/, ''))}`);
    await open(currentId);
  });
});

startPage(() => guarded(async () => {
  await loadGroups();
  if (currentId) await open(currentId);
}));
