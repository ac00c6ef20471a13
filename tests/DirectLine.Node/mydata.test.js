'use strict';
// "我的数据 / My data" on the member page in headless Chromium: a signed-in member sees what the union stores about
// them, in Chinese and in English, and downloads it as JSON; another member's data is not in it. The union here keeps
// Pacific/Kiritimati time (UTC+14), so a date shown on Beijing's or the browser's clock would read differently.
// Screenshot in artifacts/browser/.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startServer, seedMembers, memberSignIn } = require('./server');

const STAFF = { userName: 'privacy-admin', password: 'Privacy-Admin-Pass-1' };
const ZONE = 'Pacific/Kiritimati';
const artifacts = path.resolve(__dirname, '..', '..', 'artifacts', 'browser');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let server;
let browser;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password, Union__TimeZone: ZONE });
  await seedMembers(server, STAFF, [{ number: 'P001', name: '周敏' }, { number: 'P002', name: '孙丽' }]);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member sees their own data in Chinese and English and downloads it as JSON', async () => {
  const other = await browser.newContext({ locale: 'zh-CN' });
  await memberSignIn(server, await other.newPage(), 'P002', '孙丽');
  await other.close();

  const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'zh-CN', timezoneId: 'UTC', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await memberSignIn(server, page, 'P001', '周敏');
    await page.click('#my-data');
    const roster = page.locator('#mydata-items li[data-table="roster"]');
    await roster.waitFor();
    assert.match(await roster.innerText(), /会员名册信息\s*1 条（/);
    assert.match(await page.locator('#mydata-items li[data-table="signIns"]').innerText(), /1 条/);
    await page.screenshot({ path: path.join(artifacts, 'my-data.png') });

    await page.locator('#mydata [data-lang-toggle]').click();
    assert.match(await roster.innerText(), /Roster entry\s*1/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#mydata-download')]);
    assert.equal(download.suggestedFilename(), 'engagebot-my-data-P001.json');
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(file.memberNumber, 'P001');
    assert.equal(file.timeZone, ZONE);
    const onUnionClock = new Date(file.exportedAt).toLocaleString('en-GB', { timeZone: ZONE });
    assert.ok((await page.locator('#mydata-when').innerText()).includes(onUnionClock), 'the export time is shown on the union\'s clock');
    assert.equal(file.data.roster[0].name, '周敏');
    assert.ok(!JSON.stringify(file).includes('孙丽'), "another member's data is in the file");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an admin exports a member as a JSON file and erases them from the roster page, typing the number again', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => dialog.accept('p002'));
  try {
    await page.goto(server.base + '/staff/login');
    await page.fill('#user-name', STAFF.userName);
    await page.fill('#password', STAFF.password);
    await page.click('#login-button');
    await page.waitForURL(server.base + '/staff/');
    await page.goto(server.base + '/staff/members.html');

    await page.click('[data-edit="P001"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#privacy-export')]);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(file.memberNumber, 'P001');
    assert.match(file.summary, /会员号 P001 的个人数据/);

    await page.click('[data-edit="P002"]');
    await page.click('#privacy-erase');
    await page.locator('#privacy-note', { hasText: '已删除会员 P002 的个人数据' }).waitFor();
    await page.locator('[data-edit="P002"]').waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(artifacts, 'console-erase.png') });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
