// The knowledge editor: the list of entries (search, retired ones on request), the entry form (knowledge-editor.js)
// and the "try it" box (knowledge-try.js). Every save is live at once; the list is reloaded after each.
import { api } from '/staff/api.js';
import { t } from '/staff/i18n.js';
import { esc, startPage } from '/staff/shell.js';
import { showProblem } from '/staff/knowledge-texts.js';
import { currentId, open, setUp, titleOf } from '/staff/knowledge-editor.js';
import { wireTry } from '/staff/knowledge-try.js';

const error = document.getElementById('error');
const done = document.getElementById('done');
let entries = [];

const haystack = (e) => [e.id, e.titleZh, e.titleEn, ...e.questionsZh, ...e.questionsEn, ...e.synonymsZh, ...e.synonymsEn, ...(e.everydayZh ?? []), ...(e.everydayEn ?? [])].join(' ').toLowerCase();

function drawList() {
  const filter = document.getElementById('filter').value.trim().toLowerCase();
  const retired = document.getElementById('show-retired').checked;
  document.getElementById('entry-list').innerHTML = entries
    .filter((e) => (retired || !e.retired) && (!filter || haystack(e).includes(filter)))
    .map((e) => `<li data-entry="${esc(e.id)}" data-retired="${e.retired}" aria-selected="${e.id === currentId()}">${esc(titleOf(e))}
      ${e.retired ? `<span class="muted">${esc(t('k.retired'))}</span>` : ''}
      ${e.added ? `<span class="tag">${esc(t('k.added'))}</span>` : ''}
      <div class="muted">${esc(e.id)}${e.editedBy ? ' · ' + esc(t('k.edited', { by: e.editedBy })) : ''}</div></li>`).join('');
}

async function load() {
  try {
    entries = await api('GET', '/api/admin/knowledge/entries');
    drawList();
    const open_ = entries.find((e) => e.id === currentId());
    if (open_) open(open_);
  } catch (e) {
    showProblem(error, e);
  }
}

setUp(() => entries, async (entry, message) => {
  await load();
  open(entries.find((e) => e.id === entry.id) ?? entry);
  drawList();
  done.textContent = message;
  done.hidden = false;
});

document.getElementById('entry-list').addEventListener('click', (event) => {
  const item = event.target.closest('[data-entry]');
  if (!item) return;
  done.hidden = true;
  open(entries.find((e) => e.id === item.dataset.entry));
  drawList();
});
document.getElementById('filter').addEventListener('input', drawList);
document.getElementById('show-retired').addEventListener('change', drawList);
document.getElementById('entry-new').addEventListener('click', () => {
  done.hidden = true;
  open(null);
  drawList();
  document.getElementById('entry-id').focus();
});
wireTry((id) => { const e = entries.find((x) => x.id === id); return e ? titleOf(e) : null; });

// The language switch redraws the list only: re-fetching would reopen the entry and drop unsaved edits.
startPage(() => (entries.length ? drawList() : load()));
