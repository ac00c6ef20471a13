// One club's months as SVG bars: signed up (seats held) beside checked in, month by month, empty months shown as
// gaps so a quiet month reads as quiet rather than missing. Scaled to the club's own busiest month.
import { esc } from '/staff/shell.js';

const HELD = '#e0a19b';
const ATTENDED = '#2e7d32';

/** The last `count` months as "yyyy-MM", oldest first, ending with the month of `now`. */
export function lastMonths(count, now = new Date()) {
  const months = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

/** `rows`: {month, held, attended} for one club; `label(month)` names a month on the axis. */
export function monthChart(club, name, months, rows, { label, heldText, attendedText }) {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const max = Math.max(1, ...rows.map((r) => r.held));
  const slot = 56;
  const top = 18;
  const height = 150;
  const bars = months.map((month, i) => {
    const r = byMonth.get(month) ?? { held: 0, attended: 0 };
    const x = 30 + i * slot;
    const h = (v) => Math.round((v / max) * height);
    const bar = (kind, value, dx, fill, text) => `<rect data-month="${month}" data-kind="${kind}" data-value="${value}" x="${x + dx}" y="${top + height - h(value)}"
        width="20" height="${Math.max(h(value), value ? 1 : 0)}" fill="${fill}"><title>${esc(`${label(month)} ${text} ${value}`)}</title></rect>
      ${value ? `<text x="${x + dx + 10}" y="${top + height - h(value) - 3}" font-size="11" text-anchor="middle">${value}</text>` : ''}`;
    return `${bar('held', r.held, 0, HELD, heldText)}${bar('attended', r.attended, 22, ATTENDED, attendedText)}
      <text x="${x + 21}" y="${top + height + 16}" font-size="11" text-anchor="middle">${esc(label(month))}</text>`;
  });
  const width = 40 + months.length * slot;
  return `<figure class="card" data-club="${esc(club)}"><figcaption><strong>${esc(name)}</strong></figcaption>
    <svg role="img" aria-label="${esc(name)}" width="100%" style="max-height: 260px" viewBox="0 0 ${width} ${top + height + 24}">
    <line x1="26" x2="${width - 4}" y1="${top + height}" y2="${top + height}" stroke="#999"></line>${bars.join('')}</svg></figure>`;
}
