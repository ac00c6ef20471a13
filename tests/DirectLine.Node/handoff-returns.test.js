'use strict';
// The hand-off inbox in headless Chromium when nobody answers: each waiting member shows how long they have waited
// and when they go back to the bot; when that time comes the inbox says so live and the ticket leaves the list.
// Office hours are set to the whole day and the return time to a few seconds, so the return comes during the test.
// The "returned" filter then lists the ticket for staff to follow up, and a reply still goes out.
// Screenshots: artifacts/console/handoff-waiting.png, handoff-returned.png and handoff-returned-list.png.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage } = require('./browser');
const { startServer } = require('./server');

const STAFF = { userName: 'returns-admin', password: 'Returns-Admin-Pass-1' };
const everyDay = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
let server;
let browser;

before(async () => {
  server = await startServer({
    Staff__BootstrapAdmin__UserName: STAFF.userName,
    Staff__BootstrapAdmin__Password: STAFF.password,
    ...Object.fromEntries(everyDay.map((day, i) => [`Handoff__WorkingDays__${i}`, day])),
    Handoff__Opens: '00:00',
    Handoff__Closes: '23:59:59',
    Handoff__ReturnToBotAfter: '00:00:20',
    Handoff__ReturnCheckInterval: '00:00:01',
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A member's 1:1 Direct Line conversation, driven over the REST API. */
async function memberSays(from, text) {
  const headers = { Authorization: `Bearer ${server.secret}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${server.domain}/conversations`, { method: 'POST', headers });
  assert.equal(started.status, 201);
  const { conversationId } = await started.json();
  const posted = await fetch(`${server.domain}/conversations/${conversationId}/activities`, {
    method: 'POST', headers, body: JSON.stringify({ type: 'message', from, text, locale: 'zh-CN' }),
  });
  assert.equal(posted.status, 200);
}

test('an unanswered member shows the wait and the return time, then leaves the inbox with a live notice', async () => {
  const staff = await newPage(browser, { width: 1280, height: 800 });
  try {
    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/handoffs.html');
    await staff.locator('#ticket-list li').first().waitFor(); // the list has loaded (empty: 暂无)

    await memberSays({ id: 'dl_returns_member', name: '周婷' }, '转人工');

    const item = staff.locator('#ticket-list [data-ticket]', { hasText: '周婷' });
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.locator('[data-waiting]').innerText(), /已等待 \d+ 分钟/);
    assert.match(await item.locator('[data-returns]').innerText(), /前无人回复将回到小助手/);
    await staff.screenshot({ path: path.join(artifacts, 'handoff-waiting.png'), fullPage: true });

    const alert = staff.locator('#handoff-alert');
    await alert.getByText('周婷 的咨询无人回复，已回到小助手').waitFor({ timeout: 60000 });
    await item.waitFor({ state: 'detached', timeout: 30000 });
    assert.equal(await staff.locator('#ticket-list [data-ticket]').count(), 0);
    await staff.screenshot({ path: path.join(artifacts, 'handoff-returned.png'), fullPage: true });

    await staff.selectOption('#ticket-filter', 'returned');
    const returned = staff.locator('#ticket-list [data-ticket]', { hasText: '周婷' });
    await returned.getByText('无人回复，已回到小助手').waitFor();
    await returned.click();
    await staff.locator('#follow-up-hint', { hasText: '会员仍会收到' }).waitFor();
    assert.equal(await staff.locator('#close-button').isHidden(), true);
    await staff.fill('#reply-text', '您好，刚才没来得及回复，请问还需要帮忙吗？');
    await staff.click('#reply-button');
    await staff.locator('#transcript .bubble', { hasText: '刚才没来得及回复' }).waitFor();
    await returned.getByText('已跟进').waitFor();
    await staff.screenshot({ path: path.join(artifacts, 'handoff-returned-list.png'), fullPage: true });
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});
