// Questions the bot could not answer, grouped: add one to an entry's sample questions (choose the entry, click "add"),
// make a new entry from it, mark it not the union's matter (the bot then gives the honest fallback), or dismiss it.
// Handled groups leave the list.
import { api } from '/staff/api.js';
import { addTexts, lang, t } from '/staff/i18n.js';
import { esc, showError, startPage, when } from '/staff/shell.js';

addTexts({
  'k.answerZh': ['中文答案', 'Answer (Chinese)'],
  'k.answerEn': ['英文答案', 'Answer (English)'],
  'k.questionsZh': ['中文示例问题（每行一个）', 'Sample questions in Chinese (one per line)'],
  'k.questionsEn': ['英文示例问题（每行一个）', 'Sample questions in English (one per line)'],
  'l.title': ['机器人没答上的问题', 'Questions the bot could not answer'],
  'l.hint': ['相似的问题归为一组（数字已隐去）。选一个条目点“加为示例问题”，机器人下次就会答；也可以新建条目。',
    'Similar questions are grouped (digits hidden). Pick an entry and click "Add as sample question" and the bot answers it next time; or make a new entry.'],
  'l.question': ['问题', 'Question'],
  'l.count': ['次数', 'Times'],
  'l.lastSeen': ['最近一次', 'Last asked'],
  'l.language': ['语言', 'Language'],
  'l.action': ['处理', 'Action'],
  'l.empty': ['目前没有未答上的问题。', 'No unanswered questions right now.'],
  'l.add': ['加为示例问题', 'Add as sample question'],
  'l.new': ['新建条目', 'New entry'],
  'l.notOurs': ['不归工会管', "Not the union's matter"],
  'l.notOursDone': ['已记下：这类问题不归工会管，机器人会如实说明并给出该找谁。', "Noted: questions like this are not the union's matter; the bot will say so and say who can help."],
  'l.dismiss': ['忽略', 'Dismiss'],
  'l.added': ['已加入“{title}”的示例问题。', 'Added to the sample questions of "{title}".'],
  'l.created': ['已新建条目“{title}”。', 'Entry "{title}" created.'],
  'l.newEntry': ['从这个问题新建条目', 'New entry from this question'],
  'l.id': ['编号（英文小写和 -）', 'Id (lowercase letters and -)'],
  'l.titleZh': ['中文标题', 'Title (Chinese)'],
  'l.titleEn': ['英文标题', 'Title (English)'],
  'l.preview': ['先看效果', 'Preview'],
  'l.score': ['评测集：{before} → {after}（共 {total} 句）；这个问题会答：{answer}', 'Evaluation set: {before} → {after} of {total}; this question gets: {answer}'],
  'l.noAnswer': ['不会直接回答', 'no direct answer'],
  'reading.none': ['没听懂', 'not understood'],
  'reading.off_topic': ['超出范围', 'out of scope'],
  'reading.clarify': ['反问了“您是想问”', 'asked "did you mean"'],
  'reading.low_confidence': ['答了但把握不大', 'answered, unsure'],
});

const error = document.getElementById('error');
const done = document.getElementById('done');
let groups = [];
let entries = [];
let making;

const title = (e) => (lang() === 'en' ? e.titleEn : e.titleZh);
const lines = (id) => document.getElementById(id).value.split('\n').map((q) => q.trim()).filter(Boolean);

function draw() {
  const options = (selected) => entries.filter((e) => !e.retired)
    .map((e) => `<option value="${esc(e.id)}"${e.id === selected ? ' selected' : ''}>${esc(title(e))}</option>`).join('');
  document.querySelector('#groups tbody').innerHTML = groups.map((g, i) => `<tr data-group="${i}">
      <td><strong>${esc(g.sample)}</strong>${g.texts.length > 1 ? `<div class="muted">${g.texts.slice(1).map(esc).join('<br>')}</div>` : ''}
        <div class="muted">${esc(t(`reading.${g.reading}`))}</div></td>
      <td>${g.count}</td><td>${esc(when(g.lastSeen))}</td><td>${g.language === 'en' ? 'English' : '中文'}</td>
      <td><div class="row"><select aria-label="${esc(t('l.action'))}">${options(g.closestEntry)}</select>
        <button type="button" data-add>${esc(t('l.add'))}</button>
        <button type="button" class="secondary" data-new>${esc(t('l.new'))}</button>
        <button type="button" class="secondary" data-not-ours>${esc(t('l.notOurs'))}</button>
        <button type="button" class="link" data-dismiss>${esc(t('l.dismiss'))}</button></div></td></tr>`).join('');
  document.getElementById('empty').hidden = groups.length > 0;
  document.getElementById('groups').hidden = groups.length === 0;
}

async function load() {
  try {
    [entries, { groups }] = await Promise.all([api('GET', '/api/admin/knowledge/entries'), api('GET', '/api/admin/knowledge/unanswered')]);
    draw();
  } catch (e) {
    showError(error, e);
  }
}

function say(text) {
  done.textContent = text;
  done.hidden = false;
}

function openNew(group) {
  making = group;
  const zh = group.language !== 'en';
  document.getElementById('new-form').reset();
  document.getElementById(zh ? 'new-title-zh' : 'new-title-en').value = group.sample.slice(0, 100);
  document.getElementById(zh ? 'new-questions-zh' : 'new-questions-en').value = group.texts.join('\n');
  document.getElementById('preview').textContent = '';
  document.getElementById('new-entry').hidden = false;
  document.getElementById('new-id').focus();
}

function draft() {
  return {
    id: document.getElementById('new-id').value.trim(),
    titleZh: document.getElementById('new-title-zh').value,
    titleEn: document.getElementById('new-title-en').value,
    answerZh: document.getElementById('new-answer-zh').value,
    answerEn: document.getElementById('new-answer-en').value,
    questionsZh: lines('new-questions-zh'),
    questionsEn: lines('new-questions-en'),
  };
}

document.querySelector('#groups tbody').addEventListener('click', async (event) => {
  const row = event.target.closest('[data-group]');
  if (!row || event.target.tagName !== 'BUTTON') return;
  const group = groups[Number(row.dataset.group)];
  try {
    showError(error, null);
    if (event.target.matches('[data-add]')) {
      const entryId = row.querySelector('select').value;
      const saved = await api('POST', '/api/admin/knowledge/unanswered/sample-question',
        { entryId, question: group.sample, language: group.language, ids: group.ids });
      say(t('l.added', { title: title(saved) }));
    } else if (event.target.matches('[data-not-ours]')) {
      await api('POST', '/api/admin/knowledge/unanswered/not-ours', { ids: group.ids });
      say(t('l.notOursDone'));
    } else if (event.target.matches('[data-new]')) {
      openNew(group);
      return;
    } else {
      await api('POST', '/api/admin/knowledge/unanswered/handled', { ids: group.ids });
    }
    await load();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('new-preview').addEventListener('click', async () => {
  try {
    const p = await api('POST', '/api/admin/knowledge/preview', { draft: draft(), text: making.sample });
    document.getElementById('preview').textContent = t('l.score', {
      before: p.before.correct, after: p.after.correct, total: p.after.total, answer: p.tried?.entryId ?? t('l.noAnswer'),
    });
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('new-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const saved = await api('POST', '/api/admin/knowledge/entries', draft());
    await api('POST', '/api/admin/knowledge/unanswered/handled', { ids: making.ids, entryId: saved.id });
    document.getElementById('new-entry').hidden = true;
    say(t('l.created', { title: title(saved) }));
    await load();
  } catch (e) {
    showError(error, e);
  }
});

document.getElementById('new-cancel').addEventListener('click', () => { document.getElementById('new-entry').hidden = true; });

startPage(load);
