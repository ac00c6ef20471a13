'use strict';
// The console's knowledge editor in headless Chromium: staff add a topic (titles, answers, sample questions,
// synonym chips, a related topic), preview the evaluation set before saving, save, edit the synonyms, see "try it"
// match the new entry, add a dated answer (a past date is refused in Chinese), then retire the entry after the
// confirmation and see "try it" no longer match it, and restore it. Screenshots go to artifacts/console/ for the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage } = require('./browser');
const { startServer, staffHeaders } = require('./server');

const STAFF = { userName: 'kedit-admin', password: 'Kedit-Admin-Pass-1' };
const ID = 'umbrella-loan';
const QUESTION = '爱心雨伞怎么借';
let server;
let browser;

before(async () => {
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

let headers; // one sign-in: the token route is rate-limited
async function entry(id) {
  headers ??= await staffHeaders(server.base, STAFF);
  const list = await (await fetch(`${server.base}/api/admin/knowledge/entries`, { headers })).json();
  return list.find((e) => e.id === id);
}

async function tryIt(staff, text) {
  await staff.locator('#try-result').evaluate((box) => { box.innerHTML = ''; });
  await staff.fill('#try-text', text);
  await staff.click('#try-button');
  return staff.locator('#try-entry').getAttribute('data-entry');
}

/** Clicks "save" and waits for the API's answer (a status shown on the page may be left from the save before). */
async function save(staff) {
  const [response] = await Promise.all([
    staff.waitForResponse((r) => r.url().includes('/api/admin/knowledge/entries') && ['PUT', 'POST'].includes(r.request().method())),
    staff.click('#entry-save'),
  ]);
  return response.status();
}

async function typeChip(staff, box, value) {
  const input = staff.locator(`${box} .chip-input`);
  await input.fill(value);
  await input.press('Enter');
  await staff.locator(`${box} [data-chip="${value}"]`).waitFor();
}

test('staff add an entry, edit its synonyms, try it, preview, retire and restore it', async () => {
  const staff = await newPage(browser, { width: 1280, height: 1100 });
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.goto(server.base + '/staff/knowledge.html');
  await staff.locator('#entry-list li[data-entry="legal-aid"]').waitFor();
  assert.notEqual(await tryIt(staff, QUESTION), ID);

  // A new entry whose id is taken is refused, in Chinese, saying what to do.
  await staff.click('#entry-new');
  await staff.fill('#entry-id', 'legal-aid');
  await staff.fill('#title-zh', '爱心雨伞借用');
  await staff.fill('#title-en', 'Umbrella loans');
  await staff.fill('#answer-zh', '下雨天可到区总工会一楼服务台借爱心雨伞，凭会员卡登记，7 天内归还。');
  await staff.fill('#answer-en', 'On rainy days borrow an umbrella at the ground-floor desk of the district union with your member card; return it within 7 days.');
  await staff.fill('#questions-zh', '爱心雨伞怎么借\n下雨了在哪里借伞');
  await staff.fill('#questions-en', 'where can I borrow an umbrella\nhow do I borrow a union umbrella');
  await typeChip(staff, '#synonyms-zh', '借伞');
  await typeChip(staff, '#synonyms-en', 'umbrella');
  await staff.locator('#related-pick').selectOption('member-card');
  await staff.click('#related-add');
  await staff.locator('#related [data-chip="member-card"]').waitFor();
  assert.equal(await save(staff), 409);
  await staff.locator('#error', { hasText: '已有同样编号的条目：请换一个编号' }).waitFor();

  // Preview first: the evaluation set before and after, and what the tried question would match.
  await staff.fill('#entry-id', ID);
  await staff.click('#entry-preview');
  await staff.locator('#preview-result .preview-score', { hasText: '评测集准确率' }).waitFor();
  await staff.locator('#preview-result .preview-tried', { hasText: ID }).waitFor();
  assert.equal(await entry(ID), undefined, 'the preview saves nothing');
  assert.equal(await save(staff), 201);
  await staff.locator('#done', { hasText: '已保存“爱心雨伞借用”' }).waitFor();
  await staff.locator(`#entry-list li[data-entry="${ID}"]`).waitFor();

  // Synonyms are chips: add two, remove one, save.
  await typeChip(staff, '#synonyms-zh', '雨伞');
  await typeChip(staff, '#synonyms-zh', '借雨伞');
  await staff.locator('#synonyms-zh [data-chip="借伞"] .chip-remove').click();
  await staff.locator('#synonyms-zh [data-chip="借伞"]').waitFor({ state: 'detached' });
  assert.equal(await save(staff), 200);
  await staff.locator('#saved').waitFor();
  const saved = await entry(ID);
  assert.deepEqual(saved.synonymsZh, ['雨伞', '借雨伞']);
  assert.deepEqual(saved.related, ['member-card']);
  assert.equal(saved.added, true);

  assert.equal(await tryIt(staff, QUESTION), ID);
  assert.match(await staff.locator('#try-answer').innerText(), /爱心雨伞/);

  // A dated answer: a past date is refused in Chinese; next year's is kept.
  await staff.click('#dated-add');
  const row = staff.locator('#dated [data-dated]').last();
  await row.locator('[data-d="from"]').fill('2020-01-01');
  await row.locator('[data-d="answerZh"]').fill('自明年起借用期延长到 14 天。');
  await row.locator('[data-d="answerEn"]').fill('From next year loans last 14 days.');
  assert.equal(await save(staff), 400);
  await staff.locator('#error', { hasText: '定时答案的日期必须在今天之后' }).waitFor();
  const nextYear = `${new Date().getFullYear() + 1}-01-01`;
  await row.locator('[data-d="from"]').fill(nextYear);
  assert.equal(await save(staff), 200);
  await staff.locator('#done', { hasText: '已保存' }).waitFor();
  assert.equal(await staff.locator('#error').isHidden(), true);
  const dated = await entry(ID);
  assert.equal(dated.scheduled.length, 1);
  assert.ok(dated.scheduled[0].from.startsWith(nextYear), dated.scheduled[0].from);
  await staff.click('#entry-preview');
  await staff.locator('#preview-result .preview-score').waitFor();
  await staff.screenshot({ path: path.join(artifacts, 'knowledge-editor.png'), fullPage: true });

  // Retire: the confirmation shows the effect first; after it, "try it" no longer matches the entry.
  await staff.click('#entry-retire');
  await staff.locator('#confirm-box #confirm-question', { hasText: '停用“爱心雨伞借用”？' }).waitFor();
  await staff.locator('#confirm-effect .preview-tried', { hasText: '不匹配任何条目' }).waitFor();
  await staff.screenshot({ path: path.join(artifacts, 'knowledge-retire.png'), fullPage: true });
  await staff.click('#confirm-yes');
  await staff.locator('#done', { hasText: '已停用“爱心雨伞借用”' }).waitFor();
  assert.equal((await entry(ID)).retired, true);
  assert.equal(await staff.locator(`#entry-list li[data-entry="${ID}"]`).count(), 0, 'retired entries are hidden by default');
  await staff.check('#show-retired');
  await staff.locator(`#entry-list li[data-entry="${ID}"][data-retired="true"]`).waitFor();
  assert.notEqual(await tryIt(staff, QUESTION), ID);

  // Restoring asks too; then the entry answers again.
  await staff.click('#entry-restore');
  await staff.locator('#confirm-question', { hasText: '恢复“爱心雨伞借用”？' }).waitFor();
  await staff.locator('#confirm-effect .preview-tried', { hasText: ID }).waitFor();
  await staff.click('#confirm-yes');
  await staff.locator('#done', { hasText: '已恢复“爱心雨伞借用”' }).waitFor();
  assert.equal((await entry(ID)).retired, false);
  assert.equal(await tryIt(staff, QUESTION), ID);
  assert.deepEqual(staff.errors, []);
});
