import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { esc, showError, startPage } from '/staff/shell.js';

addTexts({
  'k.try': ['试一试', 'Try it'],
  'k.tryHint': ['输入会员可能会问的问题', 'A question a member might ask'],
  'k.tryButton': ['机器人会怎么答？', 'What would the bot say?'],
  'k.entries': ['知识条目', 'Entries'],
  'k.filter': ['筛选…', 'Filter…'],
  'k.answerZh': ['中文答案', 'Answer (Chinese)'],
  'k.answerEn': ['英文答案', 'Answer (English)'],
  'k.questionsZh': ['中文示例问题（每行一个）', 'Sample questions in Chinese (one per line)'],
  'k.questionsEn': ['英文示例问题（每行一个）', 'Sample questions in English (one per line)'],
  'k.confidence': ['匹配度 {score}（达到 {threshold} 才直接回答）', 'Confidence {score} (answers at {threshold} or more)'],
  'k.noAnswer': ['机器人不会直接回答（{label}）。', 'The bot would not answer directly ({label}).'],
  'k.close': ['相近条目：', 'Close entries: '],
  'k.edited': ['（{by} 修改过）', '(edited by {by})'],
});

const error = document.getElementById('error');
let entries = [];
let current;

const title = (e) => (lang() === 'en' ? e.titleEn : e.titleZh);
const lines = (id) => document.getElementById(id).value.split('\n').map((q) => q.trim()).filter(Boolean);

function drawList() {
  const filter = document.getElementById('filter').value.trim().toLowerCase();
  document.getElementById('entry-list').innerHTML = entries
    .filter((e) => !filter || `${e.titleZh} ${e.titleEn} ${e.id}`.toLowerCase().includes(filter))
    .map((e) => `<li data-entry="${esc(e.id)}" aria-selected="${e.id === current?.id}">${esc(title(e))}
      ${e.editedBy ? `<span class="muted">${esc(t('k.edited', { by: e.editedBy }))}</span>` : ''}</li>`).join('');
}

function open(id) {
  current = entries.find((e) => e.id === id);
  document.getElementById('entry-title').textContent = title(current);
  document.getElementById('answer-zh').value = current.answerZh;
  document.getElementById('answer-en').value = current.answerEn;
  document.getElementById('questions-zh').value = current.questionsZh.join('\n');
  document.getElementById('questions-en').value = current.questionsEn.join('\n');
  document.getElementById('saved').hidden = true;
  document.getElementById('editor').hidden = false;
  drawList();
}

async function load() {
  try {
    entries = await api('GET', '/api/admin/knowledge');
    drawList();
    if (current) open(current.id);
  } catch (e) {
    showError(error, e);
  }
}

document.getElementById('entry-list').addEventListener('click', (event) => {
  const item = event.target.closest('[data-entry]');
  if (item) open(item.dataset.entry);
});
document.getElementById('filter').addEventListener('input', drawList);

document.getElementById('entry-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const saved = await api('PUT', `/api/admin/knowledge/${encodeURIComponent(current.id)}`, {
      answerZh: document.getElementById('answer-zh').value,
      answerEn: document.getElementById('answer-en').value,
      questionsZh: lines('questions-zh'),
      questionsEn: lines('questions-en'),
    });
    entries = entries.map((e) => (e.id === saved.id ? saved : e));
    showError(error, null);
    open(saved.id);
    document.getElementById('saved').hidden = false;
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('try-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const box = document.getElementById('try-result');
  try {
    const r = await api('POST', '/api/admin/knowledge/try', { text: document.getElementById('try-text').value });
    const score = r.confidence ?? 0;
    const answer = r.answer ? `<div class="bubble" id="try-answer">${esc(r.answer)}</div>` : `<p>${esc(t('k.noAnswer', { label: r.label }))}</p>`;
    box.innerHTML = `${answer}<p class="muted" id="try-confidence">${esc(t('k.confidence', { score: score.toFixed(2), threshold: r.answerThreshold }))}</p>
      <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none"><rect width="100" height="14" fill="#eee"></rect>
      <rect width="${Math.min(100, score * 100)}" height="14" fill="${score >= r.answerThreshold ? '#2e7d32' : '#c62828'}"></rect>
      <rect x="${r.answerThreshold * 100}" width="0.6" height="14" fill="#222"></rect></svg>
      <p class="muted">${esc(t('k.close'))}${r.candidates.map((c) => `${esc(c.title)} (${c.score.toFixed(2)})`).join('，')}</p>`;
  } catch (e) {
    box.textContent = t('common.error') + e.message;
  }
});

startPage(load);
