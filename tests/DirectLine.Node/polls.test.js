'use strict';
// The console's poll results (投票) in headless Chromium: staff start a poll in a group from the console, a member
// taps an option on the card in the group chat, and the console shows the count as a bar with the voter's name
// (a named poll); closing early posts the results into the group. Screenshot: artifacts/console/polls.png.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles } = require('./browser');
const { startServer, staffHeaders, seedMembers, memberSignIn } = require('./server');

const STAFF = { userName: 'polls-admin', password: 'Polls-Admin-Pass-1' };
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

async function admin(method, url, body) {
  const response = await fetch(server.base + url, { method, headers: await staffHeaders(server.base, STAFF), body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${url} → ${response.status}`);
  return response.status === 204 ? null : response.json();
}

test('staff start a poll in a group, see a member\'s vote as a bar, and close it early', async () => {
  await seedMembers(server, STAFF, [{ number: 'V001', name: '王芳' }]);
  const group = await admin('POST', '/api/admin/groups', { name: '文体协会' });
  await admin('POST', `/api/admin/groups/${group.groupId}/members`, { memberNumber: 'V001', name: '王芳' });
  const wang = await newPage(browser, { width: 390, height: 780 });
  const staff = await newPage(browser, { width: 1280, height: 900 });
  try {
    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/polls.html');
    await staff.locator('#poll-group option', { hasText: '文体协会' }).waitFor({ state: 'attached' });
    await staff.fill('#poll-question', '周五活动选哪个？');
    await staff.fill('#poll-options', '羽毛球\n乒乓球\n瑜伽');
    // Three hours from now on the union's clock (Beijing, UTC+8): the console reads the field in the union's zone.
    const closes = new Date(Date.now() + 3 * 3600 * 1000 + 8 * 3600 * 1000).toISOString().slice(0, 16);
    await staff.fill('#poll-closes', closes);
    await staff.click('#poll-form button[type="submit"]');
    await staff.locator('#poll-title').getByText('周五活动选哪个？').waitFor();

    await memberSignIn(server, wang, 'V001', '王芳');
    await wang.click(`#chats li[data-chat="${group.groupId}"]`);
    await bubbles(wang, '周五活动选哪个？').first().waitFor({ timeout: 30000 });
    await wang.locator('#webchat button', { hasText: '2. 乒乓球' }).first().click();
    await bubbles(wang, '已投票：2. 乒乓球').first().waitFor({ timeout: 30000 });

    await staff.click('#poll-refresh');
    const option = staff.locator('#poll-bars [data-option="2"]');
    await option.getByText('1 票').waitFor();
    await option.getByText('王芳').waitFor();
    assert.equal(await staff.locator('#poll-bars [data-option="1"]').getByText('0 票').count(), 1);
    assert.match(await staff.locator('#poll-csv').getAttribute('href'), /\/results\.csv$/);
    await staff.screenshot({ path: path.join(artifacts, 'polls.png'), fullPage: true });

    await staff.click('#poll-close');
    await staff.locator('#poll-meta').getByText('已结束').waitFor();
    await bubbles(wang, '投票结果').first().waitFor({ timeout: 30000 });
    for (const p of [wang, staff]) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of [wang, staff]) await p.context().close();
  }
});
