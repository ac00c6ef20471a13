import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';

addTexts({
  'h.open': ['待处理的咨询', 'Open questions'],
  'h.reply': ['回复会员', 'Reply to the member'],
  'h.send': ['发送', 'Send'],
  'h.close': ['结束咨询', 'Close'],
  'h.member': ['会员', 'Member'],
  'h.waiting': ['已等待 {m} 分钟', 'waiting {m} min'],
  'h.firstReply': ['首次回复用时 {m} 分钟', 'first reply after {m} min'],
  'h.returnsAt': ['{at} 前无人回复将回到小助手', 'back to the bot at {at} if unanswered'],
  'h.requested': ['会员要求转人工', 'member asked for staff'],
  'h.misunderstood': ['机器人多次没听懂', 'the bot did not understand'],
  'h.alertOpened': ['新的人工咨询：{name}（{reason}）{hours}', 'New hand-off: {name} ({reason}){hours}'],
  'h.alertReturned': ['{name} 的咨询无人回复，已回到小助手', 'Nobody answered {name}; they are back with the bot'],
  'h.offHours': ['，会员已被告知下个工作时间回复', '; the member was told staff reply next working hours'],
  'h.filterOpen': ['待处理', 'Open'],
  'h.filterReturned': ['无人回复、已回到小助手（待跟进）', 'Returned to the bot unanswered (to follow up)'],
  'h.returnedAt': ['{at} 无人回复，已回到小助手', 'back with the bot since {at}, unanswered'],
  'h.followedUp': ['已跟进', 'followed up'],
  'h.followUpHint': ['这次咨询已回到小助手。在这里回复，会员仍会收到（跟进），之后的消息由小助手回答。', 'This question went back to the bot. A reply here still reaches the member (a follow-up); their next messages go to the bot.'],
  'h.confirmClose': ['结束这次咨询吗？会员会收到通知。', 'Close this question? The member will be told.'],
});

const error = document.getElementById('error');
let tickets = [];
let currentId;
let loadedAt = Date.now();

// Waiting time counts on in the page between loads (no polling: new tickets arrive as Server-Sent Events).
const minutes = (seconds) => Math.max(0, Math.round(seconds / 60));
const waited = (x) => x.waitingSeconds + (Date.now() - loadedAt) / 1000;
const timing = (x) => (x.returnedAt ? t('h.returnedAt', { at: when(x.returnedAt) }) + (x.firstReplyAt ? ` · ${t('h.followedUp')}` : '')
  : x.firstReplySeconds != null ? t('h.firstReply', { m: minutes(x.firstReplySeconds) }) : t('h.waiting', { m: minutes(waited(x)) }));
const filter = () => document.getElementById('ticket-filter').value;
const returning = (x) => (x.returnAt ? ` · <span data-returns>${esc(t('h.returnsAt', { at: when(x.returnAt) }))}</span>` : '');

function renderList() {
  document.getElementById('ticket-list').innerHTML = tickets.length === 0 ? `<li class="muted">${esc(t('common.none'))}</li>`
    : tickets.map((x) => `<li data-ticket="${esc(x.id)}" aria-selected="${x.id === currentId}"><strong>${esc(x.memberName || t('h.member'))}</strong>
      <div class="muted">${esc(when(x.createdAt))} · <span data-waiting>${esc(timing(x))}</span>${returning(x)}</div></li>`).join('');
}

async function loadList() {
  tickets = await api('GET', filter() === 'returned' ? '/api/admin/handoffs?filter=returned' : '/api/admin/handoffs');
  loadedAt = Date.now();
  renderList();
}

function showAlert(alert) {
  const name = alert.memberName || t('h.member');
  const box = document.getElementById('handoff-alert');
  box.textContent = alert.kind === 'Returned' ? t('h.alertReturned', { name })
    : t('h.alertOpened', { name, reason: t('h.' + alert.reason), hours: alert.inOfficeHours ? '' : t('h.offHours') });
  box.hidden = false;
}

let events;

function listen() {
  if (events) return; // render runs again on a language switch; one stream is enough
  events = new EventSource('/api/admin/handoffs/events');
  // After a (re)connect the list may have missed alerts: reload it.
  events.addEventListener('ready', () => guarded(loadList));
  // This instance's link to the others was down: alerts may have been missed.
  events.addEventListener('resync', () => guarded(loadList));
  events.addEventListener('handoff', (event) => {
    const alert = JSON.parse(event.data);
    // A member wrote on an open ticket (staff or the assistant answer it): the ticket shown reloads its transcript.
    if (alert.kind === 'MemberMessage') {
      guarded(() => (alert.ticketId === currentId ? open(currentId) : loadList()));
      return;
    }
    showAlert(alert);
    guarded(loadList);
  });
}

async function open(id) {
  currentId = id;
  const x = await api('GET', `/api/admin/handoffs/${encodeURIComponent(id)}`);
  document.getElementById('ticket-title').textContent = x.memberName || t('h.member');
  document.getElementById('ticket-meta').textContent = `${t('h.' + x.reason)} · ${timing(x)}`;
  document.getElementById('transcript').innerHTML = x.transcript
    // A button press comes told in words (zh text, tapEn), marked as a tap.
    .map((line) => `<div class="bubble ${line.direction}${line.tapEn ? ' tap' : ''}"><div class="muted">${esc(line.from || '')} ${esc(when(line.at))}</div>${esc(line.tapEn && lang() === 'en' ? line.tapEn : line.text)}</div>`).join('');
  document.getElementById('close-button').hidden = Boolean(x.returnedAt);
  const hint = document.getElementById('follow-up-hint');
  hint.textContent = x.returnedAt ? t('h.followUpHint') : '';
  hint.hidden = !x.returnedAt;
  document.getElementById('ticket').hidden = false;
  await loadList();
}

async function guarded(work) {
  try {
    await work();
    showError(error, null);
  } catch (e) {
    showError(error, e);
  }
}

document.getElementById('ticket-list').addEventListener('click', (event) => {
  const item = event.target.closest('[data-ticket]');
  if (item) guarded(() => open(item.dataset.ticket));
});

document.getElementById('reply-form').addEventListener('submit', (event) => guarded(async () => {
  event.preventDefault();
  const box = document.getElementById('reply-text');
  await api('POST', `/api/admin/handoffs/${encodeURIComponent(currentId)}/reply`, { text: box.value });
  box.value = '';
  await open(currentId);
}));

document.getElementById('close-button').addEventListener('click', () => {
  if (!confirm(t('h.confirmClose'))) return;
  guarded(async () => {
    await api('POST', `/api/admin/handoffs/${encodeURIComponent(currentId)}/close`);
    currentId = undefined;
    document.getElementById('ticket').hidden = true;
    await loadList();
  });
});

document.getElementById('ticket-filter').addEventListener('change', () => guarded(async () => {
  currentId = undefined;
  document.getElementById('ticket').hidden = true;
  await loadList();
}));

setInterval(renderList, 30000);

startPage(() => guarded(async () => {
  await loadList();
  listen();
  if (currentId) await open(currentId);
}));
