'use strict';
// The console's weekly series card in headless Chromium: staff create a series of Wednesday sessions, move every
// session to come to 19:30, then cancel them all; the activity list follows. Screenshot to artifacts/console/.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage } = require('./browser');
const { startServer, staffHeaders } = require('./server');

const STAFF = { userName: 'series-admin', password: 'Series-Admin-Pass-1' };
let server;
let browser;

before(async () => {
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password, SignUps__SeedSamples: 'false' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function admin(method, url) {
  const response = await fetch(server.base + url, { method, headers: await staffHeaders(server.base, STAFF) });
  assert.ok(response.ok, `${method} ${url}: ${response.status}`);
  return response.json();
}

// The next Wednesday at least two days ahead, 19:00 in the browser's (and the union's) time zone.
function nextWednesday() {
  const day = new Date();
  day.setDate(day.getDate() + 2);
  while (day.getDay() !== 3) day.setDate(day.getDate() + 1);
  const pad = (n) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T19:00`;
}

test('staff create a weekly series, move every session to come, and cancel them all', async () => {
  const staff = await newPage(browser, { width: 1280, height: 1100 });
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.goto(server.base + '/staff/activities.html');

  await staff.locator('#series h2', { hasText: '每周重复活动' }).waitFor();
  await staff.fill('#series-title', '周三羽毛球');
  await staff.fill('#series-place', '职工之家体育馆');
  await staff.fill('#series-capacity', '12');
  await staff.fill('#series-starts', nextWednesday());
  await staff.fill('#series-minutes', '120');
  await staff.fill('#series-count', '4');
  await staff.click('#series-form button[type="submit"]');
  const row = staff.locator('#series-list tr', { hasText: '周三羽毛球' });
  await row.locator('text=还有 4 次').waitFor();
  await staff.locator('#activity-list tr', { hasText: '周三羽毛球' }).nth(3).waitFor();
  await staff.locator('#activity-list tr', { hasText: '第 2 次（共 4 次）' }).waitFor(); // each session says which it is

  const [series] = await admin('GET', '/api/admin/activity-series');
  await row.locator('[data-series-time]').fill('19:30');
  await row.locator('[data-series-apply]').click();
  await staff.locator('#series-note', { hasText: '已保存' }).waitFor();
  const moved = await admin('GET', `/api/admin/activity-series/${series.id}`);
  assert.deepEqual(moved.occurrences.map((o) => o.startsAt.slice(11, 16)), ['19:30', '19:30', '19:30', '19:30']);
  assert.deepEqual(moved.occurrences.map((o) => o.place), Array(4).fill('职工之家体育馆'));
  await staff.screenshot({ path: path.join(artifacts, 'activity-series.png'), fullPage: true });

  staff.once('dialog', (dialog) => dialog.accept());
  await staff.locator('#series-list tr', { hasText: '周三羽毛球' }).locator('[data-series-cancel]').click();
  await staff.locator('#series-list tr', { hasText: '周三羽毛球' }).waitFor({ state: 'detached' });
  const cancelled = await admin('GET', `/api/admin/activity-series/${series.id}`);
  assert.deepEqual(cancelled.occurrences.map((o) => o.status), Array(4).fill('cancelled'));
  assert.equal(await staff.locator('#activity-list tr', { hasText: '周三羽毛球' }).count(), 0);
});
