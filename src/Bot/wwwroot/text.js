// The member page's words in Chinese and English. Chinese unless the member chose English here (remembered on this
// phone), whatever the browser's language; every call to the server says which (Accept-Language), so its messages come
// back in the same language. pick() still splits an older "中文 / English" message.
(function () {
  'use strict';

  var TEXT = {
    'title': ['工会小助手', 'Union Assistant'],
    'lang.switch': ['English', '中文'],
    'signin.hint': ['请输入会员号和姓名，验证码会发到您在工会登记的手机上', 'Enter your member number and name; a code is texted to the phone the union has on file'],
    'signin.number': ['会员号', 'Member number'],
    'signin.numberPlaceholder': ['例如 BJ2024001', 'e.g. BJ2024001'],
    'signin.name': ['姓名', 'Name'],
    'signin.namePlaceholder': ['您的姓名', 'Your name'],
    'signin.getCode': ['获取验证码', 'Text me a code'],
    'verify.sent': ['验证码已发送到 {0}，5 分钟内有效', 'A code was texted to {0}; it is valid for 5 minutes'],
    'verify.code': ['短信验证码', 'Code from the text message'],
    'verify.submit': ['登录', 'Sign in'],
    'verify.resend': ['重新获取', 'Send a new code'],
    'verify.wait': ['{0} 秒后可重新获取', 'New code in {0} s'],
    'verify.back': ['换个会员号', 'Use another member number'],
    'home.title': ['消息', 'Chats'],
    'home.signout': ['退出', 'Sign out'],
    'home.signoutAll': ['在所有设备上退出', 'Sign out on all devices'],
    'home.staffLink': ['我是工会干部：关联控制台账号', 'Union staff: link my console account'],
    'home.staffLinked': ['已关联工会干部账号 {0}：在群里可以用 /notice 发布通知。', 'Linked to staff account {0}: you can post /notice in groups.'],
    'home.myData': ['我的数据', 'My data'],
    'mydata.title': ['我的数据', 'My data'],
    'mydata.hint': ['工会保存的关于您的全部数据。如需更正或删除，请联系工会工作人员。', 'Everything the union stores about you. To correct or erase it, please contact union staff.'],
    'mydata.download': ['下载全部数据（JSON）', 'Download everything (JSON)'],
    'mydata.none': ['无', 'none'],
    'mydata.count': ['{0} 条', '{0}'],
    'mydata.exportedAt': ['导出时间：{0}', 'Exported at {0}'],
    'home.invitePlaceholder': ['输入群邀请码加入群聊', 'Enter an invite code to join a group'],
    'home.join': ['加入', 'Join'],
    'bot.name': ['小助手', 'Assistant'],
    'bot.sub': ['会员福利、俱乐部、活动报名', 'Benefits, clubs and activities'],
    'group.sub': ['群聊', 'Group chat'],
    'group.notice': ['[群公告] ', '[Notice] '],
    'chat.notice': ['📌 群公告：', '📌 Notice: '],
    'chat.joined': ['{0} 加入了群聊', '{0} joined'],
    'chat.left': ['{0} 退出了群聊', '{0} left'],
    'error.generic': ['出错了，请稍后再试。', 'Something went wrong; please try again later.']
  };

  var saved = null;
  try { saved = localStorage.getItem('engagebot.lang'); } catch (e) { saved = null; }
  var lang = saved === 'en' ? 'en' : 'zh';

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pair = TEXT[key];
    var text = pair ? pair[lang === 'en' ? 1 : 0] : key;
    return text.replace(/\{(\d)\}/g, function (_, i) { return args[Number(i)]; });
  }

  // "中文 / English" → the half in the page's language.
  function pick(bilingual) {
    var parts = String(bilingual || '').split(' / ');
    return parts.length === 2 ? parts[lang === 'en' ? 1 : 0] : String(bilingual || '');
  }

  function apply(root) {
    Array.prototype.forEach.call(root.querySelectorAll('[data-i18n]'), function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    Array.prototype.forEach.call(root.querySelectorAll('[data-i18n-placeholder]'), function (el) { el.placeholder = t(el.getAttribute('data-i18n-placeholder')); });
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = t('title');
  }

  var listeners = [];

  function toggle() {
    lang = lang === 'en' ? 'zh' : 'en';
    try { localStorage.setItem('engagebot.lang', lang); } catch (e) { /* private mode: this page only */ }
    apply(document);
    listeners.forEach(function (listener) { listener(lang); });
  }

  // Screens in their own files bring their own words and redraw when the language changes.
  function add(words) { Object.keys(words).forEach(function (key) { TEXT[key] = words[key]; }); }
  function onChange(listener) { listeners.push(listener); }

  // The Accept-Language every fetch sends, so server messages match the page.
  function acceptLanguage() { return lang === 'en' ? 'en' : 'zh-CN'; }

  window.EngageBotText = {
    t: t, pick: pick, apply: apply, toggle: toggle, add: add, onChange: onChange, lang: function () { return lang; }, acceptLanguage: acceptLanguage
  };
})();
