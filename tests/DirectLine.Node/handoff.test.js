'use strict';
// The hand-off inbox in headless Chromium: with the page open, a member asking for a person shows up as a live
// alert (Server-Sent Events, no reload or polling) and the list shows how long they have waited. The screenshot
// goes to artifacts/console/handoff-alert.png for review and the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser } = require('./browser');
const { startServer } = require('./server');

const STAFF = { userName: 'handoff-admin', password: 'Handoff-Admin-Pass-1' };
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

/** A member's 1:1 Direct Line conversation, driven over the REST API: say(text) posts the member's next message. */
async function memberChat(from) {
  const headers = { Authorization: `Bearer ${server.secret}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${server.domain}/conversations`, { method: 'POST', headers });
  assert.equal(started.status, 201);
  const { conversationId } = await started.json();
  return async (text) => {
    const posted = await fetch(`${server.domain}/conversations/${conversationId}/activities`, {
      method: 'POST', headers, body: JSON.stringify({ type: 'message', from, text, locale: 'zh-CN' }),
    });
    assert.equal(posted.status, 200);
  };
}

async function memberSays(from, text) {
  await (await memberChat(from))(text);
}

/** A signed-in staff page on the hand-off inbox, its stream open and its list loaded; its script errors go to `errors`. */
async function openInbox(context, errors) {
  const staff = await context.newPage();
  staff.on('pageerror', (error) => errors.push(error.message));
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  const stream = staff.waitForResponse((r) => r.url().endsWith('/api/admin/handoffs/events'));
  await staff.goto(server.base + '/staff/handoffs.html');
  assert.equal((await stream).headers()['content-type'], 'text/event-stream');
  await staff.locator('#ticket-list li').first().waitFor();
  return staff;
}

test('a member handed to staff appears as a live alert in the open inbox, with the waiting time', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const errors = [];
  try {
    const staff = await openInbox(context, errors); // the list has loaded (empty: 暂无)

    await memberSays({ id: 'dl_handoff_member', name: '赵敏' }, '转人工');

    const alert = staff.locator('#handoff-alert');
    await alert.getByText('新的人工咨询').waitFor({ timeout: 30000 });
    assert.match(await alert.innerText(), /会员要求转人工/);
    const item = staff.locator('#ticket-list [data-ticket]').first();
    await item.waitFor();
    assert.match(await item.innerText(), /已等待 \d+ 分钟/);
    await staff.screenshot({ path: path.join(artifacts, 'handoff-alert.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('staff with a ticket open see what the waiting member asks and what the assistant answered, in order', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const errors = [];
    const staff = await openInbox(context, errors);
    const say = await memberChat({ id: 'dl_waiting_member', name: '钱芳' });
    await say('转人工');
    await staff.locator('#ticket-list [data-ticket]', { hasText: '钱芳' }).click();
    await staff.locator('#transcript').getByText('转人工').first().waitFor({ timeout: 30000 });

    // The assistant answers this one itself; the open ticket shows it without a reload.
    await say('孩子喂奶的地方');
    const answer = staff.locator('#transcript .bubble', { hasText: '（智能助手）' });
    await answer.waitFor({ timeout: 30000 });
    const bubbles = await staff.locator('#transcript .bubble').allInnerTexts();
    const asked = bubbles.findIndex((b) => b.includes('孩子喂奶的地方'));
    assert.ok(asked >= 0 && asked < bubbles.findIndex((b) => b.includes('（智能助手）')), 'the question comes before the answer');

    // A message for staff shows up the same way.
    await say('我的会员卡丢了');
    await staff.locator('#transcript').getByText('我的会员卡丢了').waitFor({ timeout: 30000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
