import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';
import { fromUnionInput } from '/staff/union-time.js';
import { loadAudiences, pollTarget } from '/staff/polls-audience.js';

addTexts({
  'p.polls': ['投票', 'Polls'],
  'p.new': ['发起投票（发到群里或作为通知）', 'New poll (into a group or as a notice)'],
  'p.question': ['问题', 'Question'],
  'p.options': ['选项（每行一个，2–10 个）', 'Options (one per line, 2–10)'],
  'p.multiple': ['可多选', 'Multiple choice'],
  'p.max': ['最多选几项', 'At most'],
  'p.anonymous': ['匿名投票（不显示谁投了什么）', 'Anonymous (nobody sees who voted what)'],
  'p.closes': ['截止时间', 'Closes at'],
  'p.group': ['发到群', 'Group'],
  'p.start': ['发起', 'Start'],
  'p.refresh': ['刷新结果', 'Refresh'],
  'p.close': ['提前结束', 'Close now'],
  'p.csv': ['导出 CSV', 'Export CSV'],
  'p.open': ['进行中', 'open'],
  'p.closed': ['已结束', 'closed'],
  'p.meta': ['{status} · {voters} 人投票 · 截止 {closes}{anon}', '{status} · {voters} voted · closes {closes}{anon}'],
  'p.anon': [' · 匿名', ' · anonymous'],
  'p.votes': ['{n} 票', '{n} votes'],
});

const error = document.getElementById('error');
let currentId;

async function guarded(work) {
  try {
    await work();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

async function loadList() {
  const { polls } = await api('GET', '/api/admin/polls');
  document.getElementById('poll-list').innerHTML = polls.map((p) => `<li data-poll="${esc(p.id)}" aria-selected="${p.id === currentId}">
    ${esc(p.question)} <span class="muted">(${esc(t(p.status === 'open' ? 'p.open' : 'p.closed'))}, ${p.voters})</span></li>`).join('');
  const groups = await api('GET', '/api/admin/groups');
  const select = document.getElementById('poll-group');
  const chosen = select.value;
  select.innerHTML = groups.map((g) => `<option value="${esc(g.groupId)}">${esc(g.name)}</option>`).join('');
  if (chosen) select.value = chosen;
  await loadAudiences(groups);
}

/** The results as horizontal bars (CSS widths), voters listed under each option on named polls. */
function bars(poll) {
  const most = Math.max(1, ...poll.options.map((o) => o.count));
  return poll.options.map((o) => `<div class="poll-option" data-option="${o.number}">
      <div class="row"><strong>${o.number}. ${esc(o.text)}</strong><span>${esc(t('p.votes', { n: o.count }))}</span></div>
      <div class="progress" role="img" aria-label="${esc(o.text)}: ${o.count}"><div style="width:${Math.round((100 * o.count) / most)}%"></div></div>
      ${o.voters && o.voters.length ? `<p class="muted">${o.voters.map(esc).join('、')}</p>` : ''}
    </div>`).join('');
}

async function open(id) {
  currentId = id;
  const poll = await api('GET', `/api/admin/polls/${encodeURIComponent(id)}`);
  document.getElementById('poll-title').textContent = poll.question;
  document.getElementById('poll-meta').textContent = t('p.meta', {
    status: t(poll.status === 'open' ? 'p.open' : 'p.closed'), voters: poll.voters, closes: when(poll.closesAt), anon: poll.anonymous ? t('p.anon') : '',
  });
  document.getElementById('poll-bars').innerHTML = bars(poll);
  document.getElementById('poll-close').hidden = poll.status !== 'open';
  document.getElementById('poll-csv').href = `/api/admin/polls/${encodeURIComponent(id)}/results.csv`;
  document.getElementById('poll').hidden = false;
  await loadList();
}

document.getElementById('poll-list').addEventListener('click', (event) => {
  const item = event.target.closest('[data-poll]');
  if (item) guarded(() => open(item.dataset.poll));
});

document.getElementById('poll-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  const multiple = document.getElementById('poll-multiple').checked;
  const max = document.getElementById('poll-max').value;
  const created = await api('POST', '/api/admin/polls', {
    question: document.getElementById('poll-question').value.trim(),
    options: document.getElementById('poll-options').value.split('\n').map((o) => o.trim()).filter((o) => o),
    multiple,
    maxChoices: multiple && max ? Number(max) : undefined,
    anonymous: document.getElementById('poll-anonymous').checked,
    closesAt: fromUnionInput(document.getElementById('poll-closes').value), // the union's wall clock
    ...pollTarget(),
  });
  event.target.reset();
  await open(created.id);
}));

document.getElementById('poll-refresh').addEventListener('click', () => guarded(() => open(currentId)));
document.getElementById('poll-close').addEventListener('click', () => guarded(async () => {
  await api('POST', `/api/admin/polls/${encodeURIComponent(currentId)}/close`);
  await open(currentId);
}));

startPage(() => guarded(async () => {
  await loadList();
  if (currentId) await open(currentId);
}));
