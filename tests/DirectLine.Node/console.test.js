'use strict';
// The staff console in headless Chromium (Debian's /usr/bin/chromium, via playwright-core): a staff member
// signs in, creates an activity, publishes a notice that arrives in a member's chat page, and answers a
// member's hand-off. Screenshots of the main pages go to artifacts/console/ for review and the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles, say } = require('./browser');
const { startServer, seedMembers, memberSignIn: signInOnPage } = require('./server');

const STAFF = { userName: 'console-admin', password: 'Console-Admin-Pass-1' };
let server;
let browser;
let staff;

before(async () => {
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password });
  browser = await launchBrowser();
  staff = await page({ width: 1280, height: 900 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const page = (viewport) => newPage(browser, viewport);

const phone = () => page({ width: 390, height: 780 });

async function shot(p, name) {
  await p.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

// Each test puts its member on the roster just before they sign in, so "everyone" is who the test expects.
async function memberSignIn(p, memberNumber, name) {
  await seedMembers(server, STAFF, [{ number: memberNumber, name }]);
  await signInOnPage(server, p, memberNumber, name);
  await p.click('#chats li[data-chat="bot"]');
  await bubble(p, '您好，我是工会小助手').waitFor();
}


const bubble = (p, text) => bubbles(p, text).first();

test('the console sends anonymous visitors to the login page, and staff sign in there', async () => {
  await staff.goto(server.base + '/staff/notices.html');
  assert.match(staff.url(), /\/staff\/login$/);
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', 'wrong-password');
  await staff.click('#login-button');
  await staff.locator('#login-error').getByText('用户名或密码不正确').waitFor();
  await shot(staff, 'login');

  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.locator('[data-figure="dash.members"]').waitFor();
  assert.deepEqual(staff.errors, []);
});

test('a console page shows its controls only once it has drawn what it loads, so a click lands where it was aimed', async () => {
  // The audience lists load above the urgent box: drawn late, they would move it under a click already aimed at it.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const clubs = `${server.base}/api/admin/clubs`;
  await staff.route(clubs, async (route) => { await held; await route.continue(); });
  try {
    await staff.goto(server.base + '/staff/notices.html');
    await staff.locator('header.shell .user').getByText(STAFF.userName).waitFor();
    const loading = () => staff.evaluate(() => getComputedStyle(document.body, '::before').content);
    assert.match(await loading(), /加载中/);
    assert.equal(await staff.locator('#notice-urgent').isVisible(), false);

    release();
    await staff.check('#notice-urgent');
    assert.equal(await staff.locator('#notice-urgent').isChecked(), true);
    assert.equal(await loading(), 'none');
  } finally {
    release();
    await staff.unroute(clubs);
  }
  assert.deepEqual(staff.errors, []);
});

test('staff create an activity and see it listed with its roster and check-in code', async () => {
  await staff.goto(server.base + '/staff/activities.html');
  await staff.fill('#activity-title', '周六瑜伽体验课');
  await staff.fill('#activity-place', '职工之家 3 楼');
  await staff.fill('#activity-capacity', '2');
  await staff.fill('#activity-starts', '2030-06-01T09:00');
  await staff.fill('#activity-ends', '2030-06-01T11:00');
  await staff.click('#activity-save');
  const row = staff.locator('#activity-list tr', { hasText: '周六瑜伽体验课' });
  await row.waitFor();
  await row.locator('[data-roster]').click();
  await staff.locator('#checkin-code').waitFor();
  assert.match(await staff.locator('#checkin-code').innerText(), /\S/);
  await shot(staff, 'activities');
  assert.deepEqual(staff.errors, []);
});

test('a notice published now to everyone arrives in a member\'s chat page', async () => {
  const member = await phone();
  try {
    await memberSignIn(member, 'C001', '陈静');
    await say(member, '帮助');
    await bubble(member, '我可以帮您').waitFor();

    await staff.goto(server.base + '/staff/notices.html');
    await staff.fill('#notice-text', '本周五下午三点在职工之家举办消防安全讲座，欢迎参加。');
    await staff.fill('#notice-text-en', 'Fire safety talk this Friday at 3 pm in the Workers\' Home.');
    await staff.check('#notice-urgent');
    await staff.click('#preview-button');
    await staff.locator('#preview-bubble').getByText('消防安全讲座').waitFor();
    await shot(staff, 'notice-preview');
    await staff.click('#send-button');
    await staff.locator('#notice-list').getByText('消防安全讲座').waitFor();

    await bubble(member, '消防安全讲座').waitFor({ timeout: 30000 });
    await staff.locator('#notice-list .report', { hasText: '已发 1 / 1' }).waitFor({ timeout: 30000 });
    await shot(staff, 'notices');
    await member.screenshot({ path: path.join(artifacts, 'member-notice.png') });
    assert.deepEqual(member.errors, []);
    assert.deepEqual(staff.errors, []);
  } finally {
    await member.context().close();
  }
});

test('staff answer a hand-off and the member sees the reply', async () => {
  const member = await phone();
  try {
    await memberSignIn(member, 'H001', '黄磊');
    await say(member, '转人工');
    await bubble(member, '已为您转人工').waitFor();
    await say(member, '我的工会会员卡丢了怎么办？');

    await staff.goto(server.base + '/staff/handoffs.html');
    await staff.locator('#ticket-list [data-ticket]', { hasText: '黄磊' }).click();
    await staff.locator('#transcript').getByText('我的工会会员卡丢了怎么办？').waitFor();
    await staff.fill('#reply-text', '您好，请带身份证到工会办公室补办会员卡。');
    await staff.click('#reply-button');
    await bubble(member, '请带身份证到工会办公室补办会员卡').waitFor({ timeout: 30000 });
    await staff.locator('#transcript').getByText('请带身份证到工会办公室补办会员卡').waitFor();
    await shot(staff, 'handoffs');
    await member.screenshot({ path: path.join(artifacts, 'member-handoff.png') });
    assert.deepEqual(member.errors, []);
    assert.deepEqual(staff.errors, []);
  } finally {
    await member.context().close();
  }
});

test('the knowledge editor tries a question, and the dashboard, groups and English pages render', async () => {
  await staff.goto(server.base + '/staff/knowledge.html');
  await staff.fill('#try-text', '怎么申请困难补助');
  await staff.click('#try-button');
  await staff.locator('#try-score').waitFor();
  await staff.locator('#entry-list li').first().click();
  await staff.locator('#answer-zh').waitFor();
  await shot(staff, 'knowledge');

  await staff.goto(server.base + '/staff/groups.html');
  await staff.locator('#group-name').waitFor();
  await shot(staff, 'groups');

  await staff.goto(server.base + '/staff/');
  await staff.locator('[data-figure="dash.members"]').waitFor();
  assert.equal(await staff.locator('[data-figure="dash.notices"]').innerText(), '1');
  // Admins open accounts for colleagues from the same page.
  await staff.fill('#account-name', 'clerk-li');
  await staff.fill('#account-password', 'Clerk-Li-Password-1');
  await staff.click('#account-create');
  await staff.locator('#account-rows').getByText('clerk-li').waitFor();
  await staff.locator('#audit-rows').getByText('POST /api/admin/staff/').waitFor();
  await shot(staff, 'dashboard');
  await staff.locator('header .lang-toggle').click();
  await staff.locator('header nav').getByText('Notices').waitFor();
  await shot(staff, 'dashboard-en');
  await staff.locator('header .lang-toggle').click();

  const small = await phone();
  try {
    await small.context().addCookies(await staff.context().cookies());
    await small.goto(server.base + '/staff/notices.html');
    await small.locator('#notice-text').waitFor();
    await small.screenshot({ path: path.join(artifacts, 'notices-phone.png') });
    assert.deepEqual(small.errors, []);
  } finally {
    await small.context().close();
  }
  assert.deepEqual(staff.errors, []);
});

test('admins see the retention dry run on the 运维 page and take a backup there', async () => {
  await staff.goto(server.base + '/staff/operations.html');
  await staff.locator('#retention-rows').getByText('对话记录').waitFor();
  assert.equal(await staff.locator('#retention-rows tr').count(), 8); // one row per retention kind, unanswered questions and poll ballots included
  await staff.locator('#backup-rows').getByText('暂无').waitFor();
  await staff.click('#backup-now');
  await staff.locator('#backup-rows').getByText(/^engagebot-\d{8}-\d{6}-\d{3}\.db$/).waitFor();
  assert.match(await staff.locator('#backup-where').innerText(), /备份完成：engagebot-/);
  await shot(staff, 'operations');
  assert.deepEqual(staff.errors, []);
});
