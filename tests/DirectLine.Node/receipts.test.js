'use strict';
// The console's read-receipts report (确认收到) in headless Chromium: staff publish a notice that asks for
// confirmation, one member taps "收到" in the chat page, another does not; the report shows who confirmed,
// finds a member by name, and reminds the unconfirmed. Screenshot: artifacts/console/receipts.png.
// A notice posted into a group from the console ("发到群里") asks the group's members: their taps get no reply each in
// the group, one gathered progress line follows (Scheduler:ReceiptProgressEvery, a few seconds here), and the report
// counts members, not the one post. Screenshot: artifacts/console/receipts-group.png.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles } = require('./browser');
const { startServer, staffHeaders, seedMembers, memberSignIn: signInOnPage } = require('./server');

const STAFF = { userName: 'receipts-admin', password: 'Receipts-Admin-Pass-1' };
let server;
let browser;

before(async () => {
  server = await startServer({
    Staff__BootstrapAdmin__UserName: STAFF.userName,
    Staff__BootstrapAdmin__Password: STAFF.password,
    Scheduler__ReceiptProgressEvery: '00:00:03',
  });
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

async function admin(method, url, body) {
  const response = await fetch(server.base + url, { method, headers: await staffHeaders(server.base, STAFF), body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${url} → ${response.status}`);
  return response.status === 204 ? null : response.json();
}

test('a notice posted into a group from the console asks each member, quietly, and the report counts members', async () => {
  await seedMembers(server, STAFF, [{ number: 'G001', name: '赵敏' }, { number: 'G002', name: '孙磊' }]);
  const group = await admin('POST', '/api/admin/groups', { name: '体检通知群' });
  await admin('POST', `/api/admin/groups/${group.groupId}/members`, { memberNumber: 'G001', name: '赵敏' });
  await admin('POST', `/api/admin/groups/${group.groupId}/members`, { memberNumber: 'G002', name: '孙磊' });
  const zhao = await page({ width: 390, height: 780 });
  const staff = await page({ width: 1280, height: 1000 });
  try {
    await signInOnPage(server, zhao, 'G001', '赵敏');
    await zhao.click(`#chats li[data-chat="${group.groupId}"]`);

    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/notices.html');
    await staff.fill('#notice-text', '周五上午体检，请空腹。');
    await staff.check('input[name="audience"][value="groupPosts"]');
    await staff.check(`#audience-group-posts input[value="${group.groupId}"]`);
    await staff.check('#notice-urgent');
    await staff.check('#notice-receipt');
    await staff.click('#send-button');
    await staff.locator('#notice-list').getByText('周五上午体检').waitFor();

    await bubble(zhao, '周五上午体检').waitFor({ timeout: 30000 });
    await zhao.locator('#webchat button', { hasText: '收到' }).first().click();
    // One gathered line for the group, no reply of its own to the tap.
    await bubble(zhao, '已确认 1/2').waitFor({ timeout: 30000 });
    assert.equal(await bubbles(zhao, '已确认收到通知').count(), 0);

    await staff.reload();
    await staff.locator('#notice-list [data-group-note]', { hasText: '回执：已确认 1 / 已送达 2 人' }).waitFor();
    await staff.locator('#notice-list [data-receipts]').first().click();
    await staff.locator('#receipts tbody tr[data-state="confirmed"]', { hasText: '赵敏' }).waitFor();
    await staff.locator('#receipts tbody tr[data-state="unconfirmed"]', { hasText: '孙磊' }).waitFor();
    assert.match(await staff.locator('#receipts [data-totals]').innerText(), /已确认 1 \/ 已送达 2 人（未确认 1，发送失败 0，待发送 0）/);
    assert.match(await staff.locator('#receipts [data-group-totals]').innerText(), /发到 1 个群的通知，算的是发通知时群里的 2 位成员/);
    await shot(staff, 'receipts-group');
    for (const p of [zhao, staff]) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of [zhao, staff]) await p.context().close();
  }
});

async function shot(p, name) {
  await p.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}
