'use strict';
// The member page's "已绑定的微信 / 企业微信" block (mychannels.js) in headless Chromium: a member whose WeChat
// follower was bound from the menu link sees it on "我的数据", unbinds it after confirming, and the account is no
// longer bound (the staff export shows none). A stub plays WeChat's web authorisation (snsapi_base) on loopback.
// Screenshot: artifacts/console/unbind.png. The same file checks the console's poll form sending a poll as a notice
// (polls-audience.js) rather than into a group.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { startServer, staffHeaders, seedMembers, memberSignIn } = require('./server');
const { artifacts, launchBrowser, newPage } = require('./browser');

const STAFF = { userName: 'unbind-admin', password: 'Unbind-Admin-Pass-1' };
const ACCOUNT = 'oUnbindBrowser1';
let server;
let stub;
let browser;

/** WeChat's authorize page (back with a one-time code) and sns/oauth2/access_token (the code → the follower). */
function startStub() {
  const codes = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    const q = url.searchParams;
    if (url.pathname === '/connect/oauth2/authorize') {
      const code = 'code-' + Math.random().toString(36).slice(2);
      codes.add(code);
      const back = new URL(q.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state'));
      res.writeHead(302, { Location: back.toString() });
      res.end();
    } else if (url.pathname === '/sns/oauth2/access_token') {
      const ok = q.get('secret') === 'wechat-secret' && codes.delete(q.get('code'));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ok ? { access_token: 'web-token', expires_in: 7200, refresh_token: 'r', openid: ACCOUNT, scope: 'snsapi_base' } : { errcode: 40029, errmsg: 'invalid code' }));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

before(async () => {
  stub = await startStub();
  server = await startServer({
    Staff__BootstrapAdmin__UserName: STAFF.userName,
    Staff__BootstrapAdmin__Password: STAFF.password,
    WeChat__AppId: 'wxunbindtest', WeChat__AppSecret: 'wechat-secret', WeChat__Token: 'wechattoken',
    WeChat__ApiBaseUrl: stub.base, WeChat__OAuthBaseUrl: stub.base,
  });
  await seedMembers(server, STAFF, [{ number: 'UB01', name: '林小雨' }]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  stub?.close();
});

async function boundAccounts(memberNumber) {
  const response = await fetch(`${server.base}/api/admin/members/${memberNumber}/export`, { headers: await staffHeaders(server.base, STAFF) });
  assert.equal(response.status, 200);
  return (await response.json()).data.channelBindings.map((b) => `${b.channel_id}/${b.user_id}`);
}

test('a member unbinds their WeChat on the member page after confirming', async () => {
  const page = await newPage(browser, { width: 390, height: 780 });
  try {
    // Bound as members do it: the menu link, then one sign-in with the SMS code.
    const waiting = page.waitForResponse((r) => r.url().endsWith('/api/members/channels/session'));
    await page.goto(`${server.base}/api/wechat/oauth/start`);
    assert.equal((await waiting).status(), 404);
    const bound = page.waitForResponse((r) => r.url().endsWith('/api/members/channels/bind'));
    await memberSignIn(server, page, 'UB01', '林小雨');
    assert.equal((await bound).status(), 200);
    assert.deepEqual(await boundAccounts('UB01'), [`wechat/${ACCOUNT}`]);

    await page.click('#my-data');
    const item = page.locator('#mychannels-items li[data-channel="wechat"]');
    await item.getByText('微信（公众号）').waitFor();
    assert.equal(await page.locator('#mychannels h2').textContent(), '已绑定的微信 / 企业微信');

    // "No" keeps the binding; "yes" unbinds it.
    await item.locator('button[data-unbind="wechat"]').click();
    await item.getByText('确定解除微信（公众号）的绑定吗？', { exact: false }).waitFor();
    await item.locator('button[data-confirm="no"]').click();
    assert.deepEqual(await boundAccounts('UB01'), [`wechat/${ACCOUNT}`]);

    await item.locator('button[data-unbind="wechat"]').click();
    const deleted = page.waitForResponse((r) => r.url().endsWith('/api/members/channels/wechat') && r.request().method() === 'DELETE');
    await item.locator('button[data-confirm="yes"]').click();
    assert.equal((await deleted).status(), 204);
    await page.locator('#mychannels-note').getByText('已解除微信（公众号）的绑定。').waitFor();
    assert.equal(await page.locator('#mychannels-items li').count(), 0);
    assert.deepEqual(await boundAccounts('UB01'), []);
    await page.screenshot({ path: path.join(artifacts, 'unbind.png') });

    // In English the block speaks English.
    await page.locator('#mydata [data-lang-toggle]').click();
    assert.equal(await page.locator('#mychannels h2').textContent(), 'Linked WeChat / WeCom');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('staff send a poll as a notice to all members from the console', async () => {
  const staff = await newPage(browser, { width: 1280, height: 900 });
  try {
    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/polls.html');
    await staff.locator('#poll-target legend', { hasText: '发送方式' }).waitFor();
    assert.equal(await staff.locator('#poll-audience').isVisible(), false);

    await staff.check('input[name="pollTarget"][value="notice"]');
    assert.equal(await staff.locator('#poll-audience').isVisible(), true);
    assert.equal(await staff.locator('#poll-group').isVisible(), false); // no group needed (there is none here)
    await staff.fill('#poll-question', '年底联欢会选哪天？');
    await staff.fill('#poll-options', '周五\n周六');
    // Three hours from now on the union's clock (Beijing, UTC+8): the console reads the field in the union's zone.
    const closes = new Date(Date.now() + 3 * 3600 * 1000 + 8 * 3600 * 1000).toISOString().slice(0, 16);
    await staff.fill('#poll-closes', closes);
    const created = staff.waitForResponse((r) => r.url().endsWith('/api/admin/polls') && r.request().method() === 'POST');
    await staff.click('#poll-form button[type="submit"]');
    const response = await created;
    assert.equal(response.status(), 201, await response.text());
    assert.deepEqual(JSON.parse(response.request().postData()).audience, { all: true });
    const poll = await response.json();
    assert.equal(poll.groupId, undefined);
    assert.match(poll.noticeId, /^n_/);
    await staff.locator('#poll-title').getByText('年底联欢会选哪天？').waitFor();
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});
