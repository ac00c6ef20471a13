'use strict';
// The member page's binding script (channelbind.js) in headless Chromium, against a loopback stub that plays
// Tencent as documented: its authorize page sends the browser back with a one-time code, which the service exchanges
// server-side (WeCom: gettoken + auth/getuserinfo; WeChat: sns/oauth2/access_token, snsapi_base). Opened from the
// menu link, an unbound account waits; the member signs in with their code once and the account is bound; the next
// time the same link signs them straight in. Screenshots go to artifacts/console/.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { startServer, staffHeaders, seedMembers, memberSignIn } = require('./server');
const { artifacts, launchBrowser, newPage } = require('./browser');

const STAFF = { userName: 'binding-admin', password: 'Binding-Admin-Pass-1' };
const KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
let server;
let stub;
let browser;

/** Tencent on loopback: the authorize page, WeCom's gettoken / auth/getuserinfo and WeChat's sns/oauth2/access_token. */
function startStub() {
  const codes = new Map(); // code → account, each once
  const state = { nextAccount: null, exchanges: 0 };
  const json = (res, body) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
  const redeem = (code) => { const account = codes.get(code); codes.delete(code); return account; };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    const q = url.searchParams;
    if (url.pathname === '/connect/oauth2/authorize') {
      assert.equal(q.get('scope'), 'snsapi_base');
      const code = 'code-' + Math.random().toString(36).slice(2);
      codes.set(code, state.nextAccount);
      const back = new URL(q.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state'));
      res.writeHead(302, { Location: back.toString() });
      res.end();
    } else if (url.pathname === '/cgi-bin/gettoken') {
      json(res, q.get('corpsecret') === 'wecom-secret' ? { errcode: 0, errmsg: 'ok', access_token: 'wecom-token', expires_in: 7200 } : { errcode: 40001, errmsg: 'invalid credential' });
    } else if (url.pathname === '/cgi-bin/auth/getuserinfo') {
      state.exchanges++;
      const account = q.get('access_token') === 'wecom-token' ? redeem(q.get('code')) : undefined;
      json(res, account ? { errcode: 0, errmsg: 'ok', userid: account } : { errcode: 40029, errmsg: 'invalid code' });
    } else if (url.pathname === '/sns/oauth2/access_token') {
      state.exchanges++;
      const account = q.get('secret') === 'wechat-secret' ? redeem(q.get('code')) : undefined;
      json(res, account ? { access_token: 'web-token', expires_in: 7200, refresh_token: 'r', openid: account, scope: 'snsapi_base' } : { errcode: 40029, errmsg: 'invalid code' });
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ state, base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

before(async () => {
  stub = await startStub();
  server = await startServer({
    Staff__BootstrapAdmin__UserName: STAFF.userName,
    Staff__BootstrapAdmin__Password: STAFF.password,
    WeCom__CorpId: 'wwbindingtest', WeCom__AgentId: '1000002', WeCom__Secret: 'wecom-secret', WeCom__Token: 'wecomtoken',
    WeCom__EncodingAESKey: KEY, WeCom__ApiBaseUrl: stub.base, WeCom__OAuthBaseUrl: stub.base,
    WeChat__AppId: 'wxbindingtest', WeChat__AppSecret: 'wechat-secret', WeChat__Token: 'wechattoken',
    WeChat__ApiBaseUrl: stub.base, WeChat__OAuthBaseUrl: stub.base,
  });
  await seedMembers(server, STAFF, [{ number: 'BW01', name: '钱多多' }, { number: 'BX01', name: '孙小美' }]);
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

for (const [channel, account, memberNumber, name] of [['wecom', 'qianduoduo', 'BW01', '钱多多'], ['wechat', 'oBindBrowser1', 'BX01', '孙小美']]) {
  test(`a ${channel} account opened from the menu is bound after one sign-in, then signs in by itself`, async () => {
    stub.state.nextAccount = account;
    const page = await newPage(browser, { width: 390, height: 780 });
    try {
      const waiting = page.waitForResponse((r) => r.url().endsWith('/api/members/channels/session'));
      await page.goto(`${server.base}/api/${channel}/oauth/start`);
      assert.equal((await waiting).status(), 404); // not bound yet: the page keeps the account waiting
      assert.equal(new URL(page.url()).hash, ''); // the #bind= marker is taken off the address
      assert.deepEqual(await boundAccounts(memberNumber), []);

      const bound = page.waitForResponse((r) => r.url().endsWith('/api/members/channels/bind'));
      await memberSignIn(server, page, memberNumber, name);
      assert.equal((await bound).status(), 200);
      assert.deepEqual(await boundAccounts(memberNumber), [`${channel}/${account}`]);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }

    // Next time, on a fresh phone session: the same menu link signs the member in without a code.
    const again = await newPage(browser, { width: 390, height: 780 });
    try {
      const session = again.waitForResponse((r) => r.url().endsWith('/api/members/channels/session'));
      await again.goto(`${server.base}/api/${channel}/oauth/start`);
      assert.equal((await session).status(), 200);
      await again.waitForSelector('#chats li[data-chat="bot"]');
      assert.equal(await again.locator('#sms-code').isVisible(), false);
      await again.screenshot({ path: path.join(artifacts, `binding-${channel}.png`) });
      assert.deepEqual(again.errors, []);
    } finally {
      await again.context().close();
    }
  });
}
