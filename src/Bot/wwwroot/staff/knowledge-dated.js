// Dated answers: from a day on, the bot gives another answer (a subsidy that rises on 1 January). Each row is a date
// and the answer in both languages; the date is midnight in the union's time (China, +08:00) so it starts that day.
import { t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';

const box = () => document.getElementById('dated');

function row(d = { from: '', answerZh: '', answerEn: '' }) {
  const day = d.from ? String(d.from).slice(0, 10) : '';
  return `<div class="dated-row" data-dated>
    <div class="row"><label><span>${esc(t('k.datedFrom'))}</span><input type="date" data-d="from" value="${esc(day)}"></label>
      <button type="button" class="link" data-dated-remove>${esc(t('k.datedRemove'))}</button></div>
    <label><span>${esc(t('k.answerZh'))}</span><textarea data-d="answerZh" rows="3" maxlength="2000">${esc(d.answerZh)}</textarea></label>
    <label><span>${esc(t('k.answerEn'))}</span><textarea data-d="answerEn" rows="2" maxlength="2000">${esc(d.answerEn)}</textarea></label></div>`;
}

/** Shows an entry's dated answers (those still to come). */
export function showDated(list) {
  box().innerHTML = (list ?? []).map(row).join('');
}

/** The rows as the API takes them; a row with nothing filled in is skipped, a half-filled one is sent for the API to refuse. */
export function readDated() {
  return [...box().querySelectorAll('[data-dated]')].map((r) => {
    const value = (name) => r.querySelector(`[data-d="${name}"]`).value.trim();
    return { from: value('from') ? `${value('from')}T00:00:00+08:00` : null, answerZh: value('answerZh'), answerEn: value('answerEn') };
  }).filter((d) => d.from || d.answerZh || d.answerEn);
}

document.getElementById('dated-add').addEventListener('click', () => box().insertAdjacentHTML('beforeend', row()));
box().addEventListener('click', (event) => {
  if (event.target.matches('[data-dated-remove]')) event.target.closest('[data-dated]').remove();
});
