// A list of short values shown as chips, each with a × to remove it. With `typing`, an input adds a value on Enter
// (or a comma / 、); without it, values come from outside (the related-topic picker) and `label` names them.
import { t } from '/staff/i18n.js';
import { esc } from '/staff/shell.js';

export function chips(container, { typing = true, label = (v) => v, max = 200, addText = 'k.chipAdd' } = {}) {
  let values = [];

  function draw() {
    container.innerHTML = values.map((v, i) => `<span class="chip" data-chip="${esc(v)}">${esc(label(v))}<button type="button"
      class="chip-remove" data-remove="${i}" aria-label="${esc(t('k.chipRemove', { value: label(v) }))}">×</button></span>`).join('')
      + (typing ? `<input class="chip-input" maxlength="${max}" aria-label="${esc(t(addText))}" placeholder="${esc(t(addText))}">` : '');
  }

  function add(value) {
    const clean = String(value ?? '').trim();
    if (clean && !values.includes(clean)) values.push(clean);
    draw();
    container.querySelector('.chip-input')?.focus();
  }

  container.addEventListener('click', (event) => {
    const remove = event.target.closest('[data-remove]');
    if (!remove) return;
    values.splice(Number(remove.dataset.remove), 1);
    draw();
  });
  container.addEventListener('keydown', (event) => {
    if (!event.target.matches('.chip-input') || event.isComposing) return; // Enter inside a pinyin IME picks characters
    if (event.key === 'Enter' || event.key === ',' || event.key === '，' || event.key === '、') {
      event.preventDefault(); // Enter would submit the whole form
      add(event.target.value);
    } else if (event.key === 'Backspace' && !event.target.value && values.length) {
      values.pop();
      draw();
      container.querySelector('.chip-input')?.focus();
    }
  });
  // A value typed but not yet confirmed with Enter still counts when the form is read.
  const pending = () => container.querySelector('.chip-input')?.value.trim();

  return {
    set(list) { values = [...(list ?? [])]; draw(); },
    get() { const p = pending(); return p && !values.includes(p) ? [...values, p] : [...values]; },
    add,
    redraw: draw,
  };
}
