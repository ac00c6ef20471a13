// Chinese first, English on request: texts live in one table per page plus the shared ones here.
const shared = {
  'console.title': ['工会服务台', 'Union staff console'],
  'lang.switch': ['English', '中文'],
  'login.user': ['用户名', 'User name'],
  'login.password': ['密码', 'Password'],
  'login.submit': ['登录', 'Sign in'],
  'login.wrong': ['用户名或密码不正确；连续输错 5 次后账号会锁定 15 分钟。', 'The user name or password is wrong; after 5 wrong passwords the account is locked for 15 minutes.'],
  'login.limited': ['登录尝试太频繁，请稍后再试。', 'Too many sign-in attempts; please wait and try again.'],
  'login.failed': ['登录失败，请稍后再试。', 'Sign-in failed. Please try again later.'],
  'nav.dashboard': ['概览', 'Dashboard'],
  'nav.notices': ['通知', 'Notices'],
  'nav.activities': ['社团与活动', 'Clubs & activities'],
  'nav.attendance': ['出勤统计', 'Attendance'],
  'nav.knowledge': ['知识库', 'Knowledge'],
  'nav.learn': ['未答问题', 'Unanswered'],
  'nav.handoffs': ['人工咨询', 'Hand-offs'],
  'nav.groups': ['群组', 'Groups'],
  'nav.polls': ['投票', 'Polls'],
  'nav.members': ['会员名册', 'Roster'],
  'nav.operations': ['运维', 'Operations'],
  'nav.logout': ['退出', 'Sign out'],
  'common.save': ['保存', 'Save'],
  'common.cancel': ['取消', 'Cancel'],
  'common.saved': ['已保存', 'Saved'],
  'common.error': ['出错了：', 'Something went wrong: '],
  'common.none': ['暂无', 'Nothing yet'],
};

const extra = {};

export function lang() {
  return localStorage.getItem('staff-lang') === 'en' ? 'en' : 'zh';
}

/** Adds a page's texts: { key: [zh, en] }. */
export function addTexts(texts) {
  Object.assign(extra, texts);
}

export function t(key, values = {}) {
  const pair = extra[key] || shared[key];
  let text = pair ? pair[lang() === 'en' ? 1 : 0] : key;
  for (const [name, value] of Object.entries(values)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

/** Fills every [data-t] element (and [data-t-placeholder]) under root. */
export function translate(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-t]').forEach((el) => { el.textContent = t(el.dataset.t); });
  root.querySelectorAll('[data-t-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
}

/** Wires .lang-toggle buttons: switch, re-translate, then call onChange to redraw dynamic parts. */
export function wireToggle(onChange = () => {}) {
  document.querySelectorAll('.lang-toggle').forEach((button) => button.addEventListener('click', () => {
    localStorage.setItem('staff-lang', lang() === 'en' ? 'zh' : 'en');
    translate();
    onChange();
  }));
}
