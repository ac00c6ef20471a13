'use strict';
// The console's read-receipts report (确认收到) in headless Chromium: staff publish a notice that asks for
// confirmation, one member taps "收到" in the chat page, another does not; the report shows who confirmed,
// finds a member by name, and reminds the unconfirmed. Screenshot: artifacts/console/receipts.png.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles } = require('./browser');
const { startServer, seedMembers, memberSignIn: signInOnPage } = require('./server');

const STAFF = { userName: 'receipts-admin', password: 'Receipts-Admin-Pass-1' };
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

const page = (viewport) => newPage(browser, viewport);

const bubble = (p, text) => bubbles(p, text).first();

async function memberSignIn(p, memberNumber, name) {
  await signInOnPage(server, p, memberNumber, name);
  await p.click('#chats li[data-chat="bot"]');
  await bubble(p, '您好，我是工会小助手').waitFor();
}

test('staff see who confirmed a notice, find a member, and remind the unconfirmed', async () => {
  await seedMembers(server, STAFF, [{ number: 'R001', name: '王芳' }, { number: 'R002', name: '李强' }]);
  const wang = await page({ width: 390, height: 780 });
  const li = await page({ width: 390, height: 780 });
  const staff = await page({ width: 1280, height: 900 });
  try {
    await memberSignIn(wang, 'R001', '王芳');
    await memberSignIn(li, 'R002', '李强');

    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/notices.html');
    await staff.fill('#notice-text', '下周一起工会会员卡年审，请带好会员卡。');
    await staff.check('#notice-urgent'); // the test runs at any hour: past quiet hours (its reminder inherits this)
    await staff.check('#notice-receipt');
    await staff.fill('#notice-remind-after', '24');
    await staff.click('#send-button');
    await staff.locator('#notice-list').getByText('会员卡年审').waitFor();

    await bubble(wang, '会员卡年审').waitFor({ timeout: 30000 });
    await bubble(li, '会员卡年审').waitFor({ timeout: 30000 });
    await wang.locator('#webchat button', { hasText: '收到' }).first().click();
    await bubble(wang, '已确认收到通知').waitFor({ timeout: 30000 });

    await staff.reload();
    await staff.locator('#notice-list [data-receipts]').first().click();
    const rows = staff.locator('#receipts tbody tr');
    await staff.locator('#receipts tbody tr[data-state="confirmed"]', { hasText: '王芳' }).waitFor();
    await staff.locator('#receipts tbody tr[data-state="unconfirmed"]', { hasText: '李强' }).waitFor();
    assert.equal(await rows.count(), 2);
    const csv = await staff.locator('#receipts [data-csv]').getAttribute('href');
    assert.match(csv, /\/receipts\.csv$/);
    await shot(staff, 'receipts');

    await staff.fill('#receipts [data-search]', '李强');
    await staff.locator('#receipts tbody tr', { hasText: '王芳' }).waitFor({ state: 'detached' });
    assert.equal(await rows.count(), 1);

    staff.once('dialog', (dialog) => dialog.accept());
    await staff.click('#receipts [data-remind]');
    await staff.locator('#receipts [data-reminded]').getByText('已提醒 1 人').waitFor();
    await bubble(li, '【提醒】').waitFor({ timeout: 30000 });
    assert.equal(await bubble(wang, '【提醒】').count(), 0);
    for (const p of [wang, li, staff]) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of [wang, li, staff]) await p.context().close();
  }
});

async function shot(p, name) {
  await p.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}
