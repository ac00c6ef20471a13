'use strict';
// Sign-up forms and QR check-in in headless Chromium: staff give an activity a sign-up form in the console and see
// its check-in QR code; a member signs up in the member page's chat, answering the form, then opens the QR code's
// address and is checked in. Screenshots go to artifacts/console/ for review and the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles, say } = require('./browser');
const { startServer, seedMembers, memberSignIn, staffHeaders } = require('./server');

const STAFF = { userName: 'forms-admin', password: 'Forms-Admin-Pass-1' };
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

const page = (viewport) => newPage(browser, viewport);

async function admin(method, url, body) {
  const response = await fetch(server.base + url, { method, headers: await staffHeaders(server.base, STAFF), body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${url}: ${response.status}`);
  return response.json();
}

const bubble = (p, text) => bubbles(p, text).last();


test('staff define a sign-up form and see the QR code; a member answers the form in chat and checks in by the QR address', async () => {
  // Starts in 30 minutes: check-in (from 1 hour before) is open.
  const starts = new Date(Date.now() + 30 * 60000);
  const activity = await admin('POST', '/api/admin/activities', {
    title: '职工篮球友谊赛', startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 2 * 3600000).toISOString(), place: '职工之家球场', capacity: 10,
  });

  const staff = await page({ width: 1280, height: 1000 });
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.goto(server.base + '/staff/activities.html');
  await staff.locator('#activity-list tr', { hasText: '职工篮球友谊赛' }).locator('[data-roster]').click();
  await staff.locator('#checkin-qr').waitFor();
  await staff.click('#form-add');
  await staff.locator('#form-fields tbody tr').last().locator('[data-f="label"]').fill('部门');
  await staff.locator('#form-fields tbody tr').last().locator('[data-f="required"]').check();
  await staff.click('#form-add');
  await staff.locator('#form-fields tbody tr').last().locator('[data-f="label"]').fill('尺码');
  await staff.locator('#form-fields tbody tr').last().locator('[data-f="kind"]').selectOption('choice');
  await staff.locator('#form-fields tbody tr').last().locator('[data-f="options"]').fill('S,M,L');
  await staff.click('#form-save');
  await staff.locator('#form-status', { hasText: '已保存' }).waitFor();
  const form = await admin('GET', `/api/admin/activities/${activity.id}/form`);
  assert.deepEqual(form.fields.map((f) => [f.label, f.kind, f.required]), [['部门', 'text', true], ['尺码', 'choice', false]]);
  assert.ok(await staff.locator('#checkin-qr').evaluate((img) => img.complete && img.naturalWidth > 0));

  const member = await page({ width: 390, height: 780 });
  await seedMembers(server, STAFF, [{ number: 'F001', name: '方明' }]);
  await memberSignIn(server, member, 'F001', '方明');
  await member.click('#chats li[data-chat="bot"]');
  await bubble(member, '您好，我是工会小助手').waitFor();
  await say(member, '我想报名');
  await bubble(member, '确认报名「职工篮球友谊赛」').waitFor();
  await say(member, '是');
  await bubble(member, '报名信息 1/2：请填写部门').waitFor();
  await say(member, '技术部');
  await bubble(member, '报名信息 2/2：请填写尺码').waitFor();
  await say(member, '2');
  await bubble(member, '报名成功').waitFor();
  await member.screenshot({ path: path.join(artifacts, 'member-signup-form.png') });

  const qr = await admin('GET', `/api/admin/activities/${activity.id}/checkin-qr`);
  await member.goto(qr.url);
  await member.locator('#checkin-banner[data-status="checkedIn"]', { hasText: '签到成功：职工篮球友谊赛' }).waitFor();
  assert.equal(new URL(member.url()).search, '');
  await member.screenshot({ path: path.join(artifacts, 'member-checkin.png') });

  await staff.locator('#activity-list tr', { hasText: '职工篮球友谊赛' }).locator('[data-roster]').click();
  await staff.locator('#checkin-stats', { hasText: '已签到 1/1' }).waitFor();
  await staff.locator('#roster li', { hasText: '方明（技术部 · M）' }).waitFor();
  await staff.screenshot({ path: path.join(artifacts, 'activity-checkin.png'), fullPage: true });
  assert.deepEqual(staff.errors, []);
  assert.deepEqual(member.errors, []);
});
