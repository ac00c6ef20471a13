'use strict';
// The notice form's WeChat template part (wechat-template.js) in headless Chromium, against a loopback stub of
// api.weixin.qq.com as documented: the account's template messages (get_all_private_template) and subscription-notice
// templates (wxaapi/newtmpl/gettemplate) are listed; staff map notice fields to a subscription notice's keys; a value
// over WeChat's limit is refused with the key named and nothing is saved; the fixed mapping is saved, and a follower
// outside the 48-hour window gets the notice as that subscription notice. Screenshots: artifacts/console/notices-wechat*.png.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const http = require('node:http');
const path = require('node:path');
const { startServer, staffHeaders } = require('./server');
const { artifacts, launchBrowser, newPage } = require('./browser');

const STAFF = { userName: 'wechat-admin', password: 'WeChat-Admin-Pass-1' };
const TOKEN = 'wechattemplatetoken';
let server;
let stub;
let browser;

/** api.weixin.qq.com on loopback: tokens, the two template lists, customer-service messages refused (45015: nobody wrote lately), bizsend recorded. */
function startStub() {
  const sent = [];
  const json = (res, body) => { res.writeHead(200, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://stub');
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      if (url.pathname === '/cgi-bin/token') {
        json(res, url.searchParams.get('secret') === 'wechat-secret' ? { access_token: 'wx-token', expires_in: 7200 } : { errcode: 40013, errmsg: 'invalid appid' });
      } else if (url.searchParams.get('access_token') !== 'wx-token') {
        json(res, { errcode: 40001, errmsg: 'invalid credential' });
      } else if (url.pathname === '/cgi-bin/template/get_all_private_template') {
        json(res, { template_list: [{ template_id: 'tmpl-activity-2', title: '活动提醒', primary_industry: '政府与公共事业', deputy_industry: '工会',
          content: '活动名称：{{thing1.DATA}}\n活动时间：{{time2.DATA}}\n活动地点：{{thing3.DATA}}\n', example: '' }] });
      } else if (url.pathname === '/wxaapi/newtmpl/gettemplate') {
        json(res, { errcode: 0, errmsg: 'ok', data: [{ priTmplId: 'sub-notice-7', title: '工会通知', content: '通知标题:{{thing1.DATA}}\n通知内容:{{thing2.DATA}}\n', example: '', type: 2 }] });
      } else if (url.pathname === '/cgi-bin/message/custom/send') {
        json(res, { errcode: 45015, errmsg: 'response out of time limit or subscription is canceled' });
      } else if (url.pathname === '/cgi-bin/message/subscribe/bizsend') {
        sent.push(JSON.parse(body));
        json(res, { errcode: 0, errmsg: 'ok' });
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ sent, base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

/** A follower writes to the 公众号 (plain mode, signed as WeChat signs): their chat exists, so "all" reaches them. */
async function followerWrites(openId, text) {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = '20261203';
  const signature = crypto.createHash('sha1').update([TOKEN, timestamp, nonce].sort().join('')).digest('hex');
  const xml = `<xml><ToUserName><![CDATA[gh_union]]></ToUserName><FromUserName><![CDATA[${openId}]]></FromUserName><CreateTime>${timestamp}</CreateTime>` +
    `<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${Date.now()}</MsgId></xml>`;
  const response = await fetch(`${server.base}/api/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&openid=${openId}`,
    { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml });
  assert.equal(response.status, 200);
}

before(async () => {
  stub = await startStub();
  server = await startServer({
    Staff__BootstrapAdmin__UserName: STAFF.userName,
    Staff__BootstrapAdmin__Password: STAFF.password,
    WeChat__AppId: 'wxtemplatetest', WeChat__AppSecret: 'wechat-secret', WeChat__Token: TOKEN,
    WeChat__ApiBaseUrl: stub.base, WeChat__SignInUrl: 'https://union.example.cn/',
    Scheduler__QuietHoursStart: '00:00:00', Scheduler__QuietHoursEnd: '00:00:00',
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  stub?.close();
});

test('staff map a notice to a subscription notice; a value over the limit is refused naming the key', async () => {
  await followerWrites('oTemplateBrowser1', '你好');
  const staff = await newPage(browser, { width: 1280, height: 1000 });
  try {
    await staff.goto(server.base + '/staff/login');
    await staff.fill('#user-name', STAFF.userName);
    await staff.fill('#password', STAFF.password);
    await staff.click('#login-button');
    await staff.waitForURL(server.base + '/staff/');
    await staff.goto(server.base + '/staff/notices.html');
    await staff.locator('#wechat-template legend').getByText('微信公众号模板').waitFor();
    await staff.fill('#notice-text', '本周六工会开放日\n上午九点到十一点，职工之家各活动室全部开放，欢迎带家属参加。');
    await staff.selectOption('#wechat-template-id', 'subscription:sub-notice-7');
    await staff.selectOption('[data-wechat-key="thing1"]', 'title');
    await staff.selectOption('[data-wechat-key="thing2"]', 'text');
    await staff.click('#send-button');

    const error = staff.locator('#notice-error');
    await error.getByText('thing2 最多 20 个字符').waitFor();
    await staff.screenshot({ path: path.join(artifacts, 'notices-wechat-error.png'), fullPage: true });
    const before = await (await fetch(`${server.base}/api/admin/notices`, { headers: await staffHeaders(server.base, STAFF) })).json();
    assert.equal(before.notices.length, 0, 'nothing was saved');

    await staff.selectOption('[data-wechat-key="thing2"]', 'title');
    await staff.screenshot({ path: path.join(artifacts, 'notices-wechat.png'), fullPage: true });
    await staff.click('#send-button');
    await staff.locator('#notice-list').getByText('本周六工会开放日').waitFor();

    const headers = await staffHeaders(server.base, STAFF);
    const { notices } = await (await fetch(`${server.base}/api/admin/notices`, { headers })).json();
    const mapping = await (await fetch(`${server.base}/api/admin/wechat/notices/${notices[0].id}/template`, { headers })).json();
    assert.deepEqual(mapping, { kind: 'subscription', templateId: 'sub-notice-7', fields: { thing1: 'title', thing2: 'title' } });
    for (let i = 0; i < 300 && stub.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(stub.sent.length, 1);
    assert.equal(stub.sent[0].touser, 'oTemplateBrowser1');
    assert.deepEqual(stub.sent[0].data, { thing1: { value: '本周六工会开放日' }, thing2: { value: '本周六工会开放日' } });
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});
