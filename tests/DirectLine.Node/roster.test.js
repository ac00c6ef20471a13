'use strict';
// The staff console's roster page (会员名册) in headless Chromium: import a CSV with one bad row, read the
// preview (counts and the rejected row), confirm, find the member by search, edit and deactivate them.
// Screenshots go to artifacts/console/roster*.png (copied to docs/images/console/ for the staff guide).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startServer } = require('./server');

const STAFF = { userName: 'roster-admin', password: 'Roster-Admin-Pass-1' };
const artifacts = path.resolve(__dirname, '..', '..', 'artifacts', 'console');
const CSV = '\uFEFF会员号,姓名,手机号,工会,入会日期\r\n'
  + 'BJ-T001,李娜,13800000001,朝阳区总工会/甲公司工会/技术部,2019/3/1\r\n'
  + 'BJ-T002,王芳,12345,朝阳区总工会/甲公司工会,\r\n'
  + 'BJ-T003,张伟,13800000003,朝阳区总工会 > 乙公司工会,\r\n'
  + 'BJ-T004,刘洋,13800000004,海淀区总工会,\r\n';
let server;
let browser;
let staff;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  staff = await context.newPage();
  staff.errors = [];
  staff.on('pageerror', (error) => staff.errors.push(error.message));
  staff.on('dialog', (dialog) => dialog.accept());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function rosterSize() {
  const token = await fetch(server.base + '/api/admin/token', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(STAFF),
  }).then((r) => r.json());
  const list = await fetch(server.base + '/api/admin/members', { headers: { Authorization: `Bearer ${token.token}` } }).then((r) => r.json());
  return list.total;
}

test('staff import a roster through the page: preview with the bad row, confirm, then find, edit and deactivate a member', async () => {
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.locator('header nav').getByText('会员名册').click();
  await staff.waitForURL(server.base + '/staff/members.html');

  await staff.setInputFiles('#import-file', { name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await staff.click('#import-preview');
  await staff.locator('#import-counts', { hasText: '预览：新增 3 人' }).waitFor();
  assert.match(await staff.locator('#import-counts').innerText(), /跳过 1 行/);
  const rejected = staff.locator('#rejected tbody tr');
  assert.equal(await rejected.count(), 1);
  assert.equal(await rejected.locator('td').first().innerText(), '3');
  assert.match(await rejected.locator('td').nth(1).innerText(), /手机号/);
  assert.equal(await rosterSize(), 0, 'the preview wrote nothing');
  await staff.locator('#import-result').screenshot({ path: path.join(artifacts, 'roster-preview.png') });

  await staff.click('#import-confirm');
  await staff.locator('#import-counts', { hasText: '已导入：新增 3 人' }).waitFor();
  assert.equal(await rosterSize(), 3);

  await staff.fill('#search-query', '李娜');
  await staff.click('#search-button');
  const row = staff.locator('#member-list tr[data-member="BJ-T001"]');
  await row.waitFor();
  // The unfiltered list also holds BJ-T001: wait for the search's list to replace it before counting.
  await staff.waitForFunction(() => document.querySelectorAll('#member-list tbody tr').length !== 3, null, { timeout: 5000 }).catch(() => {});
  assert.equal(await staff.locator('#member-list tbody tr').count(), 1);
  assert.match(await row.innerText(), /138\*\*\*\*0001/);
  assert.match(await row.innerText(), /朝阳区总工会\/甲公司工会\/技术部/);
  await staff.fill('#search-query', '');
  await staff.selectOption('#search-unit', '朝阳区总工会');
  await staff.click('#search-button');
  await staff.locator('#page-info', { hasText: '共 2 人' }).waitFor();
  await staff.screenshot({ path: path.join(artifacts, 'roster.png'), fullPage: true });

  await staff.locator('#member-list [data-edit="BJ-T001"]').click();
  await staff.locator('#edit-phone').waitFor();
  assert.equal(await staff.locator('#edit-phone').inputValue(), '13800000001');
  assert.equal(await staff.locator('#edit-joined').inputValue(), '2019-03-01');
  assert.equal(await staff.locator('#edit-wecom').inputValue(), '');
  await staff.fill('#edit-wecom', '李娜的账号');
  await staff.click('#edit-save');
  await staff.locator('#error', { hasText: '企业微信账号只能包含字母、数字' }).waitFor();
  assert.equal(await staff.locator('#edit').isHidden(), false, 'the form stays open with the refused value');
  await staff.fill('#edit-wecom', 'lina.tech');
  await staff.fill('#edit-unit', '朝阳区总工会/乙公司工会');
  await staff.click('#edit-save');
  await staff.locator('#member-list tr[data-member="BJ-T001"]', { hasText: '乙公司工会' }).waitFor();
  assert.match(await staff.locator('#member-list tr[data-member="BJ-T001"]').innerText(), /lina\.tech/);
  await staff.locator('#member-list [data-edit="BJ-T001"]').click();
  await staff.locator('#edit-wecom').waitFor();
  assert.equal(await staff.locator('#edit-wecom').inputValue(), 'lina.tech');
  await staff.locator('#edit').screenshot({ path: path.join(artifacts, 'roster-edit.png') });
  await staff.click('#edit-cancel');

  await staff.locator('#member-list [data-deactivate="BJ-T001"]').click();
  await staff.locator('#member-list tr[data-member="BJ-T001"]', { hasText: '已停用' }).waitFor();
  assert.deepEqual(staff.errors, []);
});

test('a notice to a unit from the notices page waits for the member who has not signed in yet', async () => {
  await staff.goto(server.base + '/staff/notices.html');
  await staff.fill('#notice-text', '朝阳区总工会会员请于周五前更新联系方式。');
  await staff.check('input[name="audience"][value="units"]');
  await staff.locator('#audience-units label', { hasText: '朝阳区总工会 (1)' }).locator('input').check();
  await staff.check('#notice-urgent');
  await staff.click('#preview-button');
  await staff.locator('#preview', { hasText: '将发送给 1 人' }).waitFor();
  await staff.click('#send-button');
  const row = staff.locator('#notice-list tr', { hasText: '更新联系方式' });
  await row.locator('.report', { hasText: '等待首次登录 1' }).waitFor({ timeout: 30000 });
  await row.locator('[data-deliveries]').click();
  await staff.locator('#deliveries tbody tr', { hasText: 'dl_BJ-T003' }).getByText('等待首次登录').waitFor();
  await staff.screenshot({ path: path.join(artifacts, 'notices-units.png'), fullPage: true });
  assert.deepEqual(staff.errors, []);
});
