// The "try it" box: what the live bot makes of a question — the entry it matches, its answer, and its match score
// against the threshold at which it answers on its own. The score is no probability (it may pass 1): the bar runs
// from 0 to the highest score there is (scoreMax), so 1.25 and 1.0 look different.
import { api } from '/staff/api.js';
import { t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';
import { explain } from '/staff/knowledge-texts.js';

/** `titleOf(id)` names an entry for the result (null when the list does not know it). */
export function wireTry(titleOf) {
  document.getElementById('try-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = document.getElementById('try-result');
    try {
      const r = await api('POST', '/api/admin/knowledge/try', { text: document.getElementById('try-text').value });
      const score = r.score ?? 0;
      const scale = (value) => Math.min(100, (value / r.scoreMax) * 100);
      const answers = !!r.answer && score >= r.answerThreshold;
      const matched = r.entryId ? `<p id="try-entry" data-entry="${esc(r.entryId)}" data-answers="${answers}">${esc(t('k.matched', { title: titleOf(r.entryId) ?? r.entryId, id: r.entryId }))}</p>`
        : '<p id="try-entry" data-entry="" data-answers="false"></p>';
      const answer = r.answer ? `<div class="bubble" id="try-answer">${esc(r.answer)}</div>` : `<p>${esc(t('k.noAnswer', { label: r.label }))}</p>`;
      box.innerHTML = `${matched}${answer}<p class="muted" id="try-score">${esc(t('k.matchScore', { score: score.toFixed(2), max: r.scoreMax.toFixed(2), threshold: r.answerThreshold }))}</p>
        <svg id="try-bar" width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none"><rect width="100" height="14" fill="#eee"></rect>
        <rect class="score" width="${scale(score)}" height="14" fill="${score >= r.answerThreshold ? '#2e7d32' : '#c62828'}"></rect>
        <rect class="threshold" x="${scale(r.answerThreshold)}" width="0.6" height="14" fill="#222"></rect></svg>
        <p class="muted">${esc(t('k.close'))}${r.candidates.map((c) => `${esc(c.title)} (${c.score.toFixed(2)})`).join('，')}</p>`;
    } catch (e) {
      box.textContent = t('common.error') + explain(e);
    }
  });
}
