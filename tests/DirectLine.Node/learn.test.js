'use strict';
// The console's "unanswered" page in headless Chromium: members ask questions the bot cannot answer (over the
// built-in Direct Line's REST API), staff see them grouped with counts and the digits masked, and add one group
// to an entry's sample questions in two clicks (choose the entry, "add"); the group leaves the list. Another group is
// marked "not the union's matter" in one click and leaves the list too.
// The screenshot goes to artifacts/console/unanswered.png for review and the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser } = require('./browser');
const { startServer, staffHeaders } = require('./server');

const STAFF = { userName: 'learn-admin', password: 'Learn-Admin-Pass-1' };
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

/** A member says something to the bot through Direct Line's REST API (a conversation of their own). */
async function memberSays(userId, text) {
  const generated = await fetch(`${server.domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId, name: userId } }),
  });
  assert.equal(generated.status, 200);
  const { token, conversationId } = await generated.json();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${server.domain}/conversations`, { method: 'POST', headers });
  assert.ok(started.ok, `start conversation: ${started.status}`);
  const id = (await started.json()).conversationId ?? conversationId;
  const posted = await fetch(`${server.domain}/conversations/${id}/activities`, {
    method: 'POST', headers, body: JSON.stringify({ type: 'message', from: { id: userId }, text, locale: 'zh-CN' }),
  });
  assert.ok(posted.ok, `post activity: ${posted.status}`);
}

/** The API's list once it holds `groups` groups (the turns run after the POSTs return). */
async function groupsOnceThere(groups) {
  const headers = await staffHeaders(server.base, STAFF);
  for (let attempt = 0; ; attempt++) {
    const list = await (await fetch(`${server.base}/api/admin/knowledge/unanswered`, { headers })).json();
    if (list.groups.length >= groups || attempt === 50) return list;
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('staff see unanswered questions grouped and masked, add one to an entry in two clicks and mark another not the union\'s matter', async () => {
  await memberSays('learn_m1', '紫色大象补贴怎么领？我是13812345678');
  await memberSays('learn_m2', '紫色大象补贴在哪里领');
  await memberSays('learn_m3', 'where can I park my bicycle at the union building');
  const list = await groupsOnceThere(2);
  assert.equal(list.groups.length, 2, JSON.stringify(list));

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.base + '/staff/learn.html');
  await page.fill('#user-name', STAFF.userName);
  await page.fill('#password', STAFF.password);
  await page.click('#login-button');
  await page.waitForURL(server.base + '/staff/');
  await page.goto(server.base + '/staff/learn.html');

  const elephant = page.locator('#groups tbody tr', { hasText: '紫色大象补贴' });
  await elephant.waitFor();
  const text = await elephant.innerText();
  assert.match(text, /#{11}/);
  assert.doesNotMatch(text, /13812345678/);
  assert.match(text, /\t2\t/, 'the two similar questions are one group of 2');
  await page.locator('#groups tbody tr', { hasText: 'park my bicycle' }).waitFor();
  await page.screenshot({ path: path.join(artifacts, 'unanswered.png'), fullPage: true });

  await elephant.locator('select').selectOption('legal-aid');
  await elephant.locator('[data-add]').click();
  await page.locator('#done').getByText('示例问题').waitFor();
  await page.locator('#groups tbody tr', { hasText: '紫色大象补贴' }).waitFor({ state: 'detached' });
  assert.equal(await page.locator('#groups tbody tr').count(), 1);

  const entries = await (await fetch(`${server.base}/api/admin/knowledge/entries`, { headers: await staffHeaders(server.base, STAFF) })).json();
  const legal = entries.find((e) => e.id === 'legal-aid');
  assert.ok(legal.questionsZh.some((q) => q.startsWith('紫色大象补贴')), legal.questionsZh.join(' | '));

  // "not the union's matter": the group leaves the list, kept as an out-of-scope example
  await page.locator('#groups tbody tr', { hasText: 'park my bicycle' }).locator('[data-not-ours]').click();
  await page.locator('#done').getByText('不归工会管').waitFor();
  await page.locator('#groups tbody tr', { hasText: 'park my bicycle' }).waitFor({ state: 'detached' });
  assert.equal((await groupsOnceThere(0)).groups.length, 0);
  assert.deepEqual(errors, []);
});
