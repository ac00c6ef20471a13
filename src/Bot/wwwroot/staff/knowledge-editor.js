// The entry form: a new topic or an existing entry — titles, answers, sample questions, synonyms (chips), related
// topics (picked from the list), dated answers — saved live; retire and restore after a confirmation that shows what
// retiring does to the evaluation set. The list page (knowledge.js) hands in the entries and hears about saves.
import { api } from '/staff/api.js';
import { lang, t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';
import { chips } from '/staff/knowledge-chips.js';
import { readDated, showDated } from '/staff/knowledge-dated.js';
import { showPreview } from '/staff/knowledge-preview.js';
import { showProblem } from '/staff/knowledge-texts.js';

const $ = (id) => document.getElementById(id);
const error = $('error');
const lines = (id) => $(id).value.split('\n').map((q) => q.trim()).filter(Boolean);
export const titleOf = (e) => (lang() === 'en' ? e.titleEn : e.titleZh);

let entries = () => [];
let saved = () => {};
let current = null; // null: a new entry
const synonymsZh = chips($('synonyms-zh'));
const synonymsEn = chips($('synonyms-en'));
const everydayZh = chips($('everyday-zh'), { addText: 'k.everydayAdd' });
const everydayEn = chips($('everyday-en'), { addText: 'k.everydayAdd' });
const related = chips($('related'), { typing: false, label: (id) => { const e = entries().find((x) => x.id === id); return e ? titleOf(e) : id; } });

/** Wires the form to the page: `list()` gives the entries, `onSaved(entry, message)` is told after each save. */
export function setUp(list, onSaved) {
  entries = list;
  saved = onSaved;
}

export const currentId = () => current?.id;

function drawPicker() {
  const taken = new Set(related.get());
  $('related-pick').innerHTML = entries().filter((e) => !e.retired && e.id !== current?.id && !taken.has(e.id))
    .map((e) => `<option value="${esc(e.id)}">${esc(titleOf(e))}</option>`).join('');
}

/** Opens an entry (or a blank new one when `entry` is null). */
export function open(entry) {
  current = entry;
  const e = entry ?? { titleZh: '', titleEn: '', answerZh: '', answerEn: '', questionsZh: [], questionsEn: [], synonymsZh: [], synonymsEn: [], everydayZh: [], everydayEn: [], related: [], scheduled: [] };
  $('entry-title').textContent = entry ? titleOf(entry) : t('k.newTitle');
  $('entry-state').textContent = [entry?.retired ? t('k.retired') : '', entry?.editedBy ? t('k.edited', { by: entry.editedBy }) : ''].join(' ');
  $('id-label').hidden = !!entry;
  $('entry-id').value = entry?.id ?? '';
  $('entry-id').required = !entry;
  $('title-zh').value = e.titleZh;
  $('title-en').value = e.titleEn;
  $('answer-zh').value = e.answerZh;
  $('answer-en').value = e.answerEn;
  $('questions-zh').value = e.questionsZh.join('\n');
  $('questions-en').value = e.questionsEn.join('\n');
  synonymsZh.set(e.synonymsZh);
  synonymsEn.set(e.synonymsEn);
  everydayZh.set(e.everydayZh ?? []);
  everydayEn.set(e.everydayEn ?? []);
  related.set(e.related);
  drawPicker();
  showDated(e.scheduled);
  $('entry-retire').hidden = !entry || entry.retired;
  $('entry-restore').hidden = !entry?.retired;
  $('confirm-box').hidden = true;
  $('saved').hidden = true;
  $('preview-result').innerHTML = '';
  $('editor').hidden = false;
}

/** The form as the API's draft: every field is sent, the entry is replaced as a whole. */
export function draft() {
  return {
    id: current?.id ?? $('entry-id').value.trim(),
    titleZh: $('title-zh').value,
    titleEn: $('title-en').value,
    answerZh: $('answer-zh').value,
    answerEn: $('answer-en').value,
    questionsZh: lines('questions-zh'),
    questionsEn: lines('questions-en'),
    synonymsZh: synonymsZh.get(),
    synonymsEn: synonymsEn.get(),
    everydayZh: everydayZh.get(),
    everydayEn: everydayEn.get(),
    related: related.get(),
    scheduled: readDated(),
  };
}

async function run(action) {
  try {
    showProblem(error, null);
    $('done').hidden = true;
    await action();
  } catch (e) {
    showProblem(error, e);
  }
}

$('entry-form').addEventListener('input', () => { $('saved').hidden = true; }); // "saved" only until the next change
$('related-add').addEventListener('click', () => { if ($('related-pick').value) { related.add($('related-pick').value); drawPicker(); } });
$('related').addEventListener('click', () => setTimeout(drawPicker)); // a removed topic can be picked again

$('entry-form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(async () => {
    const entry = current
      ? await api('PUT', `/api/admin/knowledge/entries/${encodeURIComponent(current.id)}`, draft())
      : await api('POST', '/api/admin/knowledge/entries', draft());
    await saved(entry, t('k.saved', { title: titleOf(entry) }));
    $('saved').hidden = false;
  });
});

$('entry-preview').addEventListener('click', () => run(() => showPreview($('preview-result'), {
  entryId: current?.id ?? null, draft: draft(), retire: false, text: $('try-text').value.trim() || null,
})));

// Retiring and restoring both ask first, showing what the change does to the evaluation set (and the tried question).
let confirming = null; // 'retire' | 'restore'
function ask(action) {
  return run(async () => {
    confirming = action;
    $('confirm-question').textContent = t(`k.${action}Question`, { title: titleOf(current) });
    $('confirm-yes').textContent = t(`k.${action}Yes`);
    $('preview-result').innerHTML = ''; // one preview at a time: this one is about retiring or restoring
    $('confirm-box').hidden = false;
    await showPreview($('confirm-effect'), { entryId: current.id, retire: action === 'retire', text: $('try-text').value.trim() || null });
  });
}

$('entry-retire').addEventListener('click', () => ask('retire'));
$('entry-restore').addEventListener('click', () => ask('restore'));
$('confirm-no').addEventListener('click', () => { $('confirm-box').hidden = true; });
$('confirm-yes').addEventListener('click', () => run(async () => {
  const entry = await api('POST', `/api/admin/knowledge/entries/${encodeURIComponent(current.id)}/${confirming}`);
  await saved(entry, t(confirming === 'retire' ? 'k.retiredDone' : 'k.restoredDone', { title: titleOf(entry) }));
}));
