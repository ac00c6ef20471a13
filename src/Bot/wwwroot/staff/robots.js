// WeCom group robots (群机器人), a card on the notices page: admins register a robot's webhook per WeCom group, and
// notices can then go to it.
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc, showError, when } from '/staff/shell.js';

addTexts({
  'r.title': ['企业微信群机器人', 'WeCom group robots'],
  'r.hint': ['在企业微信群里添加群机器人，复制它的 webhook 地址粘贴到这里；每个机器人每分钟最多发 20 条。',
    'Add a group robot in the WeCom group, copy its webhook URL and paste it here; each robot sends at most 20 messages a minute.'],
  'r.name': ['群名称，例如：一车间职工群', 'Group name, e.g. Workshop 1'],
  'r.key': ['webhook 地址', 'Webhook URL'],
  'r.add': ['添加', 'Add'],
  'r.remove': ['删除', 'Remove'],
  'r.confirmRemove': ['确定删除这个群机器人吗？', 'Remove this robot?'],
});

const error = document.getElementById('robot-error');
const form = document.getElementById('robot-form');

/** Lists the robots (the notices page calls this when it renders). */
export async function loadRobots() {
  const robots = await api('GET', '/api/admin/wecom/robots');
  document.getElementById('robot-list').innerHTML = robots.length === 0 ? `<p class="muted">${esc(t('common.none'))}</p>`
    : `<table><tbody>${robots.map((r) => `<tr><td>${esc(r.name)}</td><td class="muted">${esc(when(r.createdAt))}</td>
      <td><button type="button" class="secondary" data-remove="${esc(r.name)}">${esc(t('r.remove'))}</button></td></tr>`).join('')}</tbody></table>`;
}

async function changed() {
  showError(error, null);
  document.dispatchEvent(new Event('robots-changed'));
  await loadRobots();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = document.getElementById('robot-name').value.trim();
  try {
    await api('PUT', `/api/admin/wecom/robots/${encodeURIComponent(name)}`, { webhookKey: document.getElementById('robot-key').value.trim() });
    form.reset();
    await changed();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('robot-list').addEventListener('click', async (event) => {
  const name = event.target.dataset.remove;
  if (!name || !confirm(t('r.confirmRemove'))) return;
  try {
    await api('DELETE', `/api/admin/wecom/robots/${encodeURIComponent(name)}`);
    await changed();
  } catch (e) {
    showError(error, e);
  }
});
