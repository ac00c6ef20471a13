// The union's time zone (Union:TimeZone, from the console session): every time the console shows or reads is the
// union's wall clock, not the laptop's — a staff member travelling in UTC still sees and enters Beijing time.
// datetime-local fields carry the zone's name next to them, so nobody has to guess.
import { getSession } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';

addTexts({ 'time.zone': ['按{name}（{id}）', 'in {name} ({id})'] });

let zone = 'Asia/Shanghai';

/** Set from the session; its promise is shared, so this runs before any API answer reaches a page. */
export function setUnionZone(id) {
  if (id) zone = id;
}

getSession().then((session) => setUnionZone(session.timeZone));

export const unionZone = () => zone;

const pad = (n) => String(n).padStart(2, '0');

// Minutes the zone is ahead of UTC at the instant `ms`.
function offsetAt(ms) {
  const parts = {};
  new Intl.DateTimeFormat('en-US', {
    timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(ms)).forEach((p) => { parts[p.type] = p.value; });
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/** An instant (ISO text) → "YYYY-MM-DDTHH:mm" on the union's clock, for a datetime-local field. */
export function toUnionInput(iso) {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(ms) * 60000).toISOString().slice(0, 16);
}

/** A datetime-local value read as the union's wall clock → ISO 8601 with the zone's offset at that time. */
export function fromUnionInput(value) {
  if (!value) return null;
  const wall = Date.parse(`${value.slice(0, 16)}:00Z`);
  const offset = offsetAt(wall - offsetAt(wall) * 60000);
  const sign = offset < 0 ? '-' : '+';
  return `${value.slice(0, 16)}:00${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A time for reading, on the union's clock, in the console's language. */
export function unionWhen(iso) {
  return iso ? new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: zone, hour12: false }) : '';
}

/** "中国标准时间 (Asia/Shanghai)": what the fields are read in. */
export function zoneLabel() {
  const name = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'zh-CN', { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date()).find((p) => p.type === 'timeZoneName');
  return t('time.zone', { name: name ? name.value : zone, id: zone });
}

/** Puts the zone's name after every datetime-local field under root (once per field; again after a language switch). */
export function markZoneFields(root = document) {
  root.querySelectorAll('input[type="datetime-local"]').forEach((input) => {
    let note = input.nextElementSibling;
    if (!note || !note.classList.contains('zone-note')) {
      note = document.createElement('small');
      note.className = 'muted zone-note';
      input.after(note);
    }
    const text = zoneLabel();
    if (note.textContent !== text) note.textContent = text; // unchanged text: no mutation, so the shell's observer settles
  });
}
