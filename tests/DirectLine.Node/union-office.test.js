'use strict';
// The union office as a topic, filled in by staff in the console's knowledge editor: they open 「工会服务中心」
// (union-office), replace the 【待填写】 lines with the service centre's address, phone and hours, save, and "try it"
// answers "工会服务中心电话多少" with them. Screenshot: artifacts/console/knowledge-union-office.png (staff guide).
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage } = require('./browser');
const { startServer } = require('./server');

const STAFF = { userName: 'office-admin', password: 'Office-Admin-Pass-1' };
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

test('staff fill in the union office\'s address, phone and hours, and "try it" answers with them', async () => {
  const staff = await newPage(browser, { width: 1280, height: 1100 });
  try {
    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/knowledge.html');
    await staff.locator('#entry-list li[data-entry="union-office"]').click();
    assert.match(await staff.inputValue('#answer-zh'), /【待填写】/);

    await staff.fill('#answer-zh', '工会服务中心（工会办公室）\n📍 地址：朝阳区建国路 88 号职工服务中心一楼\n☎ 电话：010-6588 1234\n🕒 办公时间：周一至周五 9:00–17:30（节假日休息）');
    await staff.fill('#answer-en', 'The union service centre (union office)\n📍 Address: Workers\' Service Centre, 1st floor, 88 Jianguo Road, Chaoyang\n☎ Phone: 010-6588 1234\n🕒 Office hours: Monday to Friday 9:00–17:30 (closed on public holidays)');
    const [response] = await Promise.all([
      staff.waitForResponse((r) => r.url().includes('/api/admin/knowledge/entries') && ['PUT', 'POST'].includes(r.request().method())),
      staff.click('#entry-save'),
    ]);
    assert.equal(response.status(), 200);
    await staff.locator('#done', { hasText: '已保存' }).waitFor();

    await staff.fill('#try-text', '工会服务中心电话多少');
    await staff.click('#try-button');
    await staff.locator('#try-entry[data-entry="union-office"]').waitFor();
    assert.match(await staff.locator('#try-answer').innerText(), /010-6588 1234/);
    assert.doesNotMatch(await staff.locator('#try-answer').innerText(), /待填写/);
    await staff.screenshot({ path: path.join(artifacts, 'knowledge-union-office.png'), fullPage: true });
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});
