import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { showDeliveries } from '/staff/deliveries.js';
import { receiptButton, receiptDraft, receiptLine } from '/staff/receipts.js';
import { loadRobots } from '/staff/robots.js';
import { esc, showError, startPage, when } from '/staff/shell.js';
import { fromUnionInput } from '/staff/union-time.js';
import { loadWechatTemplates, wechatDraft } from '/staff/wechat-template.js';

addTexts({
  'n.compose': ['发布通知', 'Publish a notice'],
  'n.textZh': ['通知内容（中文）', 'Text (Chinese)'],
  'n.textEn': ['英文内容（可选）', 'English text (optional)'],
  'n.audience': ['发送对象', 'Audience'],
  'n.all': ['全体会员', 'All members'],
  'n.groups': ['指定群组的成员（每人私聊收到一条）', 'Members of chosen groups (each gets it 1:1)'],
  'n.groupPosts': ['发到群里（群里一条，人人能看到；可要求确认收到）', 'Post into groups (one message in the group; can ask for receipts)'],
  'n.groupPosted': ['群里发出 {sent} 条（每个群算 1 条，不是人数）', 'Posted into {sent} group(s) (a group counts once, not per member)'],
  'n.clubs': ['指定社团成员', 'Members of chosen clubs'],
  'n.units': ['指定工会（含下级单位）', 'Chosen units (and the units under them)'],
  'n.robots': ['企业微信群（群机器人）', 'WeCom groups (group robots)'],
  'n.when': ['发送时间', 'When'],
  'n.now': ['立即发送', 'Now'],
  'n.at': ['定时发送', 'At a time'],
  'n.recurring': ['周期发送', 'Recurring'],
  'n.cronHint': ['例如：每周五 9:00', 'e.g. every Friday 09:00'],
  'n.urgent': ['紧急（夜间免打扰时段也发送）', 'Urgent (sent during quiet hours too)'],
  'n.preview': ['预览', 'Preview'],
  'n.send': ['发布', 'Publish'],
  'n.list': ['已发布的通知', 'Notices'],
  'n.reach': ['将发送给 {n} 人', 'Reaches {n} members'],
  'n.fires': ['发送时间：', 'Fires at: '],
  'n.held': ['夜间免打扰，将顺延至 ', 'Quiet hours: held until '],
  'n.asMember': ['会员看到的样子：', 'As members will see it:'],
  'n.cancel': ['撤销', 'Cancel'],
  'n.confirmCancel': ['确定撤销这条通知吗？', 'Cancel this notice?'],
  'n.sent': ['已发 {sent} / {recipients}，失败 {failed}，待发 {pending}，等待首次登录 {waiting}', 'Sent {sent} / {recipients}, failed {failed}, pending {pending}, waiting for first sign-in {waiting}'],
  'status.scheduled': ['待发送', 'Scheduled'],
  'status.done': ['已完成', 'Done'],
  'status.cancelled': ['已撤销', 'Cancelled'],
});

const form = document.getElementById('notice-form');
const error = document.getElementById('notice-error');
let timer;

function checked(containerId) {
  return [...document.querySelectorAll(`#${containerId} input:checked`)].map((box) => box.value);
}

function draft() {
  const audienceKind = form.audience.value;
  const audience = audienceKind === 'all' ? { all: true }
    : audienceKind === 'groups' ? { groups: checked('audience-groups') }
      // A group's own conversation (hosted here as engagebot/<群号>): one post that every member sees.
      : audienceKind === 'groupPosts' ? { conversations: checked('audience-group-posts').map((id) => `engagebot/${id}`) }
      : audienceKind === 'units' ? { units: checked('audience-units') }
        : audienceKind === 'wecomRobots' ? { wecomRobots: checked('audience-robots') } : { clubs: checked('audience-clubs') };
  const body = { text: document.getElementById('notice-text').value.trim(), audience, urgent: document.getElementById('notice-urgent').checked };
  const en = document.getElementById('notice-text-en').value.trim();
  if (en) body.textEn = en;
  if (form.when.value === 'at') {
    const at = document.getElementById('notice-send-at').value;
    body.sendAt = at ? fromUnionInput(at) : ''; // the union's wall clock, not the laptop's
  }
  if (form.when.value === 'cron') body.cron = document.getElementById('notice-cron').value.trim();
  return Object.assign(body, receiptDraft(), wechatDraft());
}

function choices(containerId, items) {
  document.getElementById(containerId).innerHTML = items
    .map((item) => `<label class="row"><input type="checkbox" value="${esc(item.id)}"> ${esc(item.name)}</label>`).join('');
}

// The roster's unit tree, a unit under its parent: "朝阳区总工会 / 某某公司工会 (120)".
const units = (nodes) => nodes.flatMap((n) => [{ id: n.path, name: `${n.path.replaceAll('/', ' / ')} (${n.active})` }, ...units(n.children)]);

async function loadAudiences() {
  const [groups, clubs, tree, robots] = await Promise.all([api('GET', '/api/admin/groups'), api('GET', '/api/admin/clubs'),
    api('GET', '/api/admin/members/units'), api('GET', '/api/admin/wecom/robots')]);
  choices('audience-groups', groups.map((g) => ({ id: g.groupId, name: g.name })));
  choices('audience-group-posts', groups.map((g) => ({ id: g.groupId, name: g.memberCount != null ? `${g.name} (${g.memberCount})` : g.name })));
  choices('audience-clubs', clubs.map((c) => ({ id: c.id, name: lang() === 'en' && c.nameEn ? c.nameEn : c.name })));
  choices('audience-units', units(tree));
  choices('audience-robots', robots.map((r) => ({ id: r.name, name: r.name })));
}

// The robots card (robots.js) registers and removes robots on this page; the audience list follows.
document.addEventListener('robots-changed', () => loadAudiences().catch((e) => showError(error, e)));

async function preview() {
  const box = document.getElementById('preview');
  try {
    const result = await api('POST', '/api/admin/notices/preview', draft());
    showError(error, null);
    const shown = lang() === 'en' && result.textEn ? result.textEn : result.text;
    box.innerHTML = `<p>${esc(t('n.reach', { n: result.recipients }))}</p>
      <p class="muted">${esc(t('n.fires'))}${result.fireTimes.map(when).map(esc).join('，')}</p>
      ${result.heldUntil ? `<p class="muted">${esc(t('n.held'))}${esc(when(result.heldUntil))}</p>` : ''}
      <p class="muted">${esc(t('n.asMember'))}</p><div class="bubble" id="preview-bubble">${esc(shown)}</div>`;
    box.hidden = false;
  } catch (e) {
    showError(error, e);
  }
}

// The delivery counts are per message: a group post is one. Say so, and give receipts per member (receipts.js).
function groupNote(n) {
  if (!(n.audience.conversations || []).length) return '';
  return `<div class="muted" data-group-note>${esc(t('n.groupPosted', n.report))}${n.receipts ? ' · ' + esc(receiptLine(n.receipts)) : ''}</div>`;
}

function noticeRow(n) {
  const r = n.report;
  const done = r.recipients ? Math.round(((r.sent + r.failed + r.skipped) / r.recipients) * 100) : 0;
  const cancel = n.status === 'scheduled' ? `<button type="button" class="secondary" data-cancel="${esc(n.id)}">${esc(t('n.cancel'))}</button>` : '';
  return `<tr data-notice="${esc(n.id)}"><td>${esc(n.text)}<div class="muted">${esc(n.cron || when(n.sendAt || n.createdAt))}</div></td>
    <td>${esc(t('status.' + n.status))}</td>
    <td><div class="progress"><div style="width:${done}%"></div></div><div class="muted report">${esc(t('n.sent', r))}</div>${groupNote(n)}</td>
    <td><button type="button" class="secondary" data-deliveries="${esc(n.id)}">${esc(t('d.show'))}</button> ${receiptButton(n)} ${cancel}</td></tr>`;
}

async function loadNotices() {
  clearTimeout(timer);
  const { notices } = await api('GET', '/api/admin/notices');
  const list = document.getElementById('notice-list');
  list.innerHTML = notices.length === 0 ? `<p class="muted">${esc(t('common.none'))}</p>`
    : `<table><tbody>${notices.map(noticeRow).join('')}</tbody></table>`;
  // While a broadcast runs (or is about to), the report refreshes itself.
  const soon = Date.now() + 60000;
  if (notices.some((n) => n.report.pending > 0 || (n.status === 'scheduled' && n.nextFireTimes.some((f) => new Date(f) < soon)))) {
    timer = setTimeout(loadNotices, 2000);
  }
}

document.getElementById('notice-list').addEventListener('click', async (event) => {
  if (event.target.dataset.deliveries) {
    await showDeliveries(event.target.dataset.deliveries).catch((e) => showError(error, e));
    return;
  }
  const id = event.target.dataset.cancel;
  if (!id || !confirm(t('n.confirmCancel'))) return;
  try {
    await api('DELETE', `/api/admin/notices/${encodeURIComponent(id)}`);
    await loadNotices();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('preview-button').addEventListener('click', preview);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await api('POST', '/api/admin/notices', draft());
    showError(error, null);
    form.reset();
    document.getElementById('preview').hidden = true;
    await loadNotices();
  } catch (e) {
    showError(error, e);
  }
});

startPage(async () => {
  try {
    await Promise.all([loadAudiences(), loadNotices(), loadRobots(), loadWechatTemplates()]);
  } catch (e) {
    showError(error, e);
  }
});
