// A member's personal data in the roster's edit card (admins only): export it as a JSON file, or erase it after the
// member number is typed again (the API refuses an erasure without that confirmation).
import { api, getSession } from '/staff/api.js';
import { addTexts, t } from '/staff/i18n.js';

addTexts({
  'p.title': ['个人信息（管理员）', 'Personal data (admins)'],
  'p.export': ['导出个人数据', 'Export personal data'],
  'p.erase': ['删除个人数据…', 'Erase personal data…'],
  'p.confirmErase': ['删除后无法恢复：聊天记录、名册信息等将删除，报名和签到改为匿名，该会员立即退出登录。请再次输入会员号 {number} 确认：',
    'This cannot be undone: chats and roster details are deleted, sign-ups and check-ins become anonymous, and the member is signed out at once. Type the member number {number} again to confirm:'],
  'p.erased': ['已删除会员 {number} 的个人数据：删除 {deleted} 条，匿名化 {anonymised} 条。', 'Erased the personal data of {number}: {deleted} rows deleted, {anonymised} anonymised.'],
});

function save(data) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `member-data-${data.memberNumber}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** number(): the member in the edit card; guarded runs work showing its error; erased(message) after an erasure. */
export async function setUpPrivacy(number, guarded, erased) {
  const box = document.getElementById('privacy');
  box.dataset.admin = String((await getSession()).role === 'admin');
  box.hidden = box.dataset.admin !== 'true';
  document.getElementById('privacy-export').addEventListener('click', () => guarded(async () => {
    save(await api('GET', `/api/admin/members/${encodeURIComponent(number())}/export`));
  }));
  document.getElementById('privacy-erase').addEventListener('click', () => guarded(async () => {
    const typed = prompt(t('p.confirmErase', { number: number() }));
    if (typed === null) return;
    const report = await api('POST', `/api/admin/members/${encodeURIComponent(number())}/erase`, { confirmMemberNumber: typed.trim() });
    await erased(t('p.erased', { number: report.memberNumber, deleted: report.deleted, anonymised: report.anonymised }));
  }));
}
