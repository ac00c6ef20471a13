// The header every console page shares: navigation, who is signed in, language switch, sign out.
import { getSession, logout } from '/staff/api.js';
import { t, translate, wireToggle } from '/staff/i18n.js';
import { markZoneFields, unionWhen } from '/staff/union-time.js';

const pages = [
  ['/staff/', 'nav.dashboard'],
  ['/staff/notices.html', 'nav.notices'],
  ['/staff/activities.html', 'nav.activities'],
  ['/staff/attendance.html', 'nav.attendance'],
  ['/staff/knowledge.html', 'nav.knowledge'],
  ['/staff/learn.html', 'nav.learn'],
  ['/staff/handoffs.html', 'nav.handoffs'],
  ['/staff/groups.html', 'nav.groups'],
  ['/staff/polls.html', 'nav.polls'],
  ['/staff/members.html', 'nav.members'],
  ['/staff/operations.html', 'nav.operations'],
];

/** Draws the header, then calls render() now and whenever the language changes. */
export async function startPage(render) {
  const session = await getSession();
  const header = document.createElement('header');
  header.className = 'shell';
  const here = location.pathname === '/staff/index.html' ? '/staff/' : location.pathname;
  header.innerHTML = `<h1 data-t="console.title"></h1><nav></nav>
    <div class="who"><span class="user"></span><button type="button" class="lang-toggle" data-t="lang.switch"></button>
    <button type="button" class="logout" data-t="nav.logout"></button></div>`;
  for (const [href, key] of pages) {
    const link = document.createElement('a');
    link.href = href;
    link.dataset.t = key;
    if (href === here) link.setAttribute('aria-current', 'page');
    header.querySelector('nav').append(link);
  }
  header.querySelector('.user').textContent = session.userName;
  header.querySelector('.logout').addEventListener('click', logout);
  document.body.prepend(header);
  translate();
  // Times are the union's: fields drawn later (a form built by a script) get the zone's name as they appear.
  new MutationObserver(() => markZoneFields()).observe(document.querySelector('main') || document.body, { childList: true, subtree: true });
  wireToggle(async () => { await render(); markZoneFields(); });
  try {
    await render();
    markZoneFields();
  } finally {
    document.body.dataset.ready = ''; // shown once drawn (console.css): a click then lands where it was aimed
  }
}

/** Shows an error (or clears it) in an element with role=alert. */
export function showError(element, error) {
  element.textContent = error ? t('common.error') + error.message : '';
  element.hidden = !error;
}

/** Escapes text for innerHTML templates. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** A time on the union's clock (Union:TimeZone), not the laptop's. */
export function when(iso) {
  return unionWhen(iso);
}
