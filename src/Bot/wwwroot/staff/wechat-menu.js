// The 公众号 menu (会员服务 / 近期活动 / 我的报名), set through the WeChat API from the operations page (admins).
import { api } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';
import { showError } from '/staff/shell.js';

addTexts({
  'w.menu': ['微信公众号菜单', 'WeChat Official Account menu'],
  'w.menuHelp': ['把公众号菜单设为：会员服务（打开会员页）、近期活动、我的报名。微信客户端几分钟内更新。',
    'Sets the menu to: Member services (opens the member page), Upcoming activities, My sign-ups. WeChat clients update within minutes.'],
  'w.setMenu': ['设置菜单', 'Set the menu'],
  'w.menuSet': ['已设置', 'Menu set'],
});

/** Shows the card (the page calls this for admins). */
export function showWeChatMenu() {
  document.getElementById('wechat-menu').hidden = false;
}

document.getElementById('wechat-menu-set').addEventListener('click', async (event) => {
  const error = document.getElementById('error');
  event.target.disabled = true;
  try {
    await api('POST', '/api/admin/wechat/menu');
    document.getElementById('wechat-menu-done').textContent = t('w.menuSet');
    showError(error, null);
  } catch (e) {
    showError(error, e);
  } finally {
    event.target.disabled = false;
  }
});
