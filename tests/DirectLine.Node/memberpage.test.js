'use strict';
// The member page in headless Chromium (Debian's /usr/bin/chromium, via playwright-core): sign in with the code the
// File SMS sender wrote, ask the bot, and two members of one group see each other's messages. Screenshots go to
// artifacts/browser/.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startServer, staffHeaders, seedMembers, memberSignIn, phoneOf, smsTo, nextCode } = require('./server');

const STAFF = { userName: 'browser-admin', password: 'Browser-Admin-Pass-1' };
const artifacts = path.resolve(__dirname, '..', '..', 'artifacts', 'browser');
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
let server;
let browser;

before(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password });
  await seedMembers(server, STAFF, [
    { number: 'W001', name: '王芳' }, { number: 'G001', name: '李强' }, { number: 'G002', name: '赵敏' }, { number: 'E001', name: '陈静' },
  ]);
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function admin(method, url, body) {
  const response = await fetch(server.base + url, {
    method,
    headers: await staffHeaders(server.base, STAFF),
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${url} → ${response.status}`);
  return response.status === 204 ? null : response.json();
}

/** A phone-sized page whose errors fail the test. */
async function phone() {
  const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.errors = errors;
  return page;
}

const signIn = (page, memberNumber, name) => memberSignIn(server, page, memberNumber, name);

async function send(page, text) {
  const input = page.locator('#webchat [data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** The visible message bubble holding `text`. */
function bubble(page, text) {
  return page.locator('#webchat .webchat__bubble__content', { hasText: text }).first();
}

test('a member signs in, asks the bot and sees its reply', async () => {
  const page = await phone();
  try {
    await signIn(page, 'W001', '王芳');
    await page.click('#chats li[data-chat="bot"]');
    await bubble(page, '您好，我是工会小助手').waitFor();
    await send(page, '帮助');
    await bubble(page, '我可以帮您').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'bot-chat.png') });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('sign-in asks for the code, counts down the resend and explains errors in Chinese and in English', async () => {
  const page = await phone();
  try {
    const seen = smsTo(server, phoneOf('E001')).length;
    await page.goto(server.base + '/');
    await page.fill('#member-number', 'E001');
    await page.fill('#member-name', '陈静');
    await page.click('#signin-button');
    await page.locator('#verify-sent').getByText('139****').waitFor();
    await page.locator('#resend-button').getByText('秒后可重新获取').waitFor();
    assert.equal(await page.locator('#resend-button').isDisabled(), true);
    const code = await nextCode(server, phoneOf('E001'), seen);
    const wrong = code === '000000' ? '000001' : '000000';

    await page.fill('#sms-code', wrong);
    await page.click('#verify-button');
    await page.locator('#signin-error').getByText('验证码不对').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'signin-code.png') });

    await page.click('#signin [data-lang-toggle]');
    await page.locator('#verify-button').getByText('Sign in').waitFor();
    await page.fill('#sms-code', wrong);
    await page.click('#verify-button');
    await page.locator('#signin-error').getByText('The code is wrong').waitFor();
    await page.locator('#resend-button').getByText('New code in').waitFor();

    await page.fill('#sms-code', code);
    await page.click('#verify-button');
    await page.waitForSelector('#chats li[data-chat="bot"]');
    await page.locator('#home h1').getByText('Chats').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('two members of one group see each other\'s messages with names', async () => {
  const group = await admin('POST', '/api/admin/groups', { name: '职工V家' });
  await admin('POST', `/api/admin/groups/${group.groupId}/members`, { memberNumber: 'G001', name: '李强' });
  await admin('PUT', `/api/admin/groups/${group.groupId}/notice`, { notice: '周六上午九点瑜伽课' });

  const li = await phone();
  const zhao = await phone();
  try {
    await signIn(li, 'G001', '李强');
    await li.click(`#chats li[data-chat="${group.groupId}"]`);
    await li.locator('#notice').getByText('周六上午九点瑜伽课').waitFor();

    // The second member joins with the invite code, as from a shared QR code.
    await signIn(zhao, 'G002', '赵敏');
    await zhao.fill('#invite-code', group.inviteCode);
    await zhao.click('#join-form button');
    await zhao.locator('#chat-title').getByText('职工V家').waitFor();

    await send(li, '大家好，我是李强');
    await bubble(zhao, '大家好，我是李强').waitFor();
    await zhao.locator('.eb-sender-name', { hasText: '李强' }).first().waitFor();

    await send(zhao, '收到，谢谢！');
    await bubble(li, '收到，谢谢！').waitFor();
    await li.locator('.eb-sender-name', { hasText: '赵敏' }).first().waitFor();

    await li.screenshot({ path: path.join(artifacts, 'group-li.png') });
    await zhao.screenshot({ path: path.join(artifacts, 'group-zhao.png') });
    assert.deepEqual(li.errors, []);
    assert.deepEqual(zhao.errors, []);
  } finally {
    await li.context().close();
    await zhao.context().close();
  }
});
