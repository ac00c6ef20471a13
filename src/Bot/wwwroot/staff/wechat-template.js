// The notice form's 微信模板 part: which of the 公众号's templates (模板消息) or subscription notices (订阅通知) followers
// outside WeChat's 48-hour window get, and which notice field fills each key. The server checks WeChat's limits on save.
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';

addTexts({
  'wx.legend': ['微信公众号模板（发给 48 小时内未互动的关注者）', 'WeChat template (for followers who have not written within 48 hours)'],
  'wx.hint': ['不选则使用默认模板；每个参数选择用通知的哪一项填写，保存时会按微信的字数和格式要求检查。',
    'Without one the default template is used; pick what fills each key. WeChat\'s length and format limits are checked on saving.'],
  'wx.template': ['模板', 'Template'],
  'wx.none': ['不使用（默认模板）', 'None (default template)'],
  'wx.kind.template': ['模板消息', 'Template message'],
  'wx.kind.subscription': ['订阅通知', 'Subscription notice'],
  'wx.field.title': ['通知标题（第一行）', 'Title (first line)'],
  'wx.field.text': ['通知正文', 'Text'],
  'wx.field.activityTime': ['活动时间', 'Activity time'],
  'wx.field.place': ['活动地点', 'Place'],
  'wx.field.link': ['会员页链接', 'Member page link'],
});

const fields = ['title', 'text', 'activityTime', 'place', 'link'];
const box = document.getElementById('wechat-template');
let templates = [];

function keyRows(template) {
  if (!template) return '';
  return template.keys.map((k) => `<label class="row"><span>${esc(k.label ? `${k.label}（${k.key}）` : k.key)}</span>
    <select data-wechat-key="${esc(k.key)}">${fields.map((f) => `<option value="${f}">${esc(t('wx.field.' + f))}</option>`).join('')}</select></label>`).join('');
}

function chosen() {
  const value = box.querySelector('#wechat-template-id')?.value || '';
  return templates.find((tpl) => `${tpl.kind}:${tpl.id}` === value);
}

function render() {
  const options = templates.map((tpl) => `<option value="${esc(tpl.kind)}:${esc(tpl.id)}">${esc(t('wx.kind.' + tpl.kind))} · ${esc(tpl.title)}</option>`);
  box.innerHTML = `<legend>${esc(t('wx.legend'))}</legend><p class="muted">${esc(t('wx.hint'))}</p>
    <label class="row"><span>${esc(t('wx.template'))}</span><select id="wechat-template-id"><option value="">${esc(t('wx.none'))}</option>${options.join('')}</select></label>
    <div id="wechat-template-keys"></div>`;
  box.querySelector('#wechat-template-id').addEventListener('change', () => {
    box.querySelector('#wechat-template-keys').innerHTML = keyRows(chosen());
  });
}

/** The draft's wechat part: {} when no template is chosen. */
export function wechatDraft() {
  const template = chosen();
  if (!template) return {};
  const mapped = {};
  box.querySelectorAll('[data-wechat-key]').forEach((select) => { mapped[select.dataset.wechatKey] = select.value; });
  return { wechat: { kind: template.kind, templateId: template.id, fields: mapped } };
}

/** Lists the account's templates; the part stays hidden while the WeChat channel is off (404). */
export async function loadWechatTemplates() {
  try {
    templates = (await api('GET', '/api/admin/wechat/templates')).templates;
  } catch (e) {
    if (e.status === 404) return;
    throw e;
  }
  render();
  box.hidden = false;
}

document.getElementById('notice-form').addEventListener('reset', () => setTimeout(() => {
  if (!box.hidden) box.querySelector('#wechat-template-keys').innerHTML = '';
}));
