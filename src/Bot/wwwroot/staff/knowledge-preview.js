// The preview before saving: the evaluation set's dev half re-run on a copy of the knowledge with the change, shown
// as accuracy before → after, the lines whose outcome flips, and what the "try it" question would match afterwards.
import { api } from '/staff/api.js';
import { t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';

const percent = (score) => `${(score.accuracy * 100).toFixed(1)}%`;

function bar(score, colour) {
  return `<svg width="100%" height="10" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
    <rect width="100" height="10" fill="#eee"></rect><rect width="${(score.accuracy * 100).toFixed(2)}" height="10" fill="${colour}"></rect></svg>`;
}

/** Asks the API for a preview of `request` ({entryId, draft, retire, text}) and draws it into `container`. */
export async function showPreview(container, request) {
  container.textContent = t('k.running');
  const p = await api('POST', '/api/admin/knowledge/preview', request);
  const diff = p.after.correct - p.before.correct;
  const delta = `${diff > 0 ? '+' : ''}${diff}`;
  const changed = p.changed.length === 0 ? `<p class="muted">${esc(t('k.noChange'))}</p>`
    : `<ul class="changes">${p.changed.map((c) => `<li class="${c.fixed ? 'ok' : 'error'}">${esc(c.fixed ? t('k.fixed') : t('k.broken'))}：${esc(t('k.changedLine', c))}</li>`).join('')}</ul>`;
  const top = p.tried?.entryId;
  const name = top ? `${p.tried.candidates.find((c) => c.id === top)?.title ?? top}（${top}）` : '';
  const tried = !p.tried ? '' : `<p class="preview-tried">${esc(top
    ? t('k.triedWith', { text: request.text, entry: name, score: (p.tried.score ?? 0).toFixed(2) })
    : t('k.triedNone', { text: request.text }))}</p>`;
  container.innerHTML = `<div class="preview" data-before="${p.before.correct}" data-after="${p.after.correct}">
    <p class="preview-score ${diff < 0 ? 'error' : 'ok'}"><strong>${esc(t('k.score', {
    before: percent(p.before), after: percent(p.after), delta, total: p.after.total,
  }))}</strong></p>${bar(p.before, '#999')}${bar(p.after, diff < 0 ? '#c62828' : '#2e7d32')}${tried}${changed}</div>`;
  return p;
}
