'use strict';
// Defects staff and members would hit, in headless Chromium: the activity edit form keeps every field (reminders and
// the cancel deadline too) when saved unchanged; a staff laptop in UTC shows and enters the union's Beijing time with
// the zone named beside the fields; "try it" reports a match score on a scale that holds it; the member page is Chinese
// on an English browser until the member picks English, and the server answers in the language picked.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser } = require('./browser');
const { startServer, staffHeaders, seedMembers, phoneOf, smsTo, nextCode } = require('./server');

const STAFF = { userName: 'polish-admin', password: 'Polish-Admin-Pass-1' };
let server;
let browser;
let headers;

before(async () => {
  server = await startServer({ Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password });
  browser = await launchBrowser();
  headers = await staffHeaders(server.base, STAFF);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function admin(method, url, body) {
  const response = await fetch(server.base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  assert.ok(response.ok, `${method} ${url} → ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? null : response.json();
}

/** A page in a context of its own (time zone and language as a test needs); script errors collected in page.errors. */
async function open(options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

async function staffIn(page) {
  await page.goto(server.base + '/staff/login');
  await page.fill('#user-name', STAFF.userName);
  await page.fill('#password', STAFF.password);
  await page.click('#login-button');
  await page.waitForURL(server.base + '/staff/');
}

test('a laptop in UTC sees and enters Beijing time, and saving an unchanged edit keeps every field', async () => {
  const created = await admin('POST', '/api/admin/activities', {
    title: '职工羽毛球赛', place: '体育馆', capacity: 12,
    startsAt: '2030-06-01T09:00:00+08:00', endsAt: '2030-06-01T11:00:00+08:00',
    signUpDeadline: '2030-05-30T18:00:00+08:00', cancelDeadline: '2030-05-31T20:00:00+08:00', reminderLeadMinutes: [30, 180],
  });
  const staff = await open({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN', timezoneId: 'UTC' });
  try {
    await staffIn(staff);
    await staff.goto(server.base + '/staff/activities.html');
    const row = staff.locator(`#activity-list tr[data-activity="${created.id}"]`);
    await row.waitFor();
    assert.match(await row.innerText(), /09:00/, 'the list shows the union\'s 09:00, not the laptop\'s 01:00');

    await row.locator('[data-edit]').click();
    assert.equal(await staff.inputValue('#activity-starts'), '2030-06-01T09:00');
    assert.equal(await staff.inputValue('#activity-ends'), '2030-06-01T11:00');
    assert.equal(await staff.inputValue('#activity-deadline'), '2030-05-30T18:00');
    assert.equal(await staff.inputValue('#activity-cancel-deadline'), '2030-05-31T20:00');
    assert.equal(await staff.inputValue('#activity-reminders'), '3, 0.5');
    assert.match(await staff.locator('#activity-starts + .zone-note').innerText(), /Asia\/Shanghai/);
    await staff.locator('#activity-form').screenshot({ path: path.join(artifacts, 'activity-edit-zone.png') });

    const [saved] = await Promise.all([
      staff.waitForResponse((r) => r.url().endsWith(`/api/admin/activities/${created.id}`) && r.request().method() === 'PUT'),
      staff.click('#activity-save'),
    ]);
    assert.equal(saved.status(), 200);
    const after = await admin('GET', `/api/admin/activities/${created.id}`);
    assert.deepEqual(after, created, 'an unchanged form leaves every field as it was');

    // A new activity typed as 19:30 is 19:30 in Beijing.
    await staff.fill('#activity-title', '职工合唱排练');
    await staff.fill('#activity-capacity', '30');
    await staff.fill('#activity-starts', '2030-07-01T19:30');
    const [posted] = await Promise.all([
      staff.waitForResponse((r) => r.url().endsWith('/api/admin/activities') && r.request().method() === 'POST'),
      staff.click('#activity-save'),
    ]);
    assert.equal(posted.status(), 201);
    assert.equal((await posted.json()).startsAt, '2030-07-01T19:30:00+08:00');
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});

test('"try it" shows a match score past 1 on a bar that is not full', async () => {
  const entries = await admin('GET', '/api/admin/knowledge/entries');
  let question;
  let tried;
  for (const entry of entries.filter((e) => e.questionsZh.length > 0)) {
    tried = await admin('POST', '/api/admin/knowledge/try', { text: entry.questionsZh[0] });
    if (tried.score > 1) { question = entry.questionsZh[0]; break; }
  }
  assert.ok(question, 'some sample question asked word for word scores past 1');
  assert.ok(tried.score <= tried.scoreMax);
  assert.equal(tried.confidence, undefined);

  const staff = await open({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  try {
    await staffIn(staff);
    await staff.goto(server.base + '/staff/knowledge.html');
    await staff.fill('#try-text', question);
    await staff.click('#try-button');
    await staff.locator('#try-score').waitFor();
    assert.match(await staff.locator('#try-score').innerText(), new RegExp(`匹配分 ${tried.score.toFixed(2)}（最高 ${tried.scoreMax.toFixed(2)}`));
    const width = Number(await staff.locator('#try-bar rect.score').getAttribute('width'));
    assert.ok(Math.abs(width - (tried.score / tried.scoreMax) * 100) < 0.01 && width < 100, `bar width ${width}`);
    assert.deepEqual(staff.errors, []);
  } finally {
    await staff.context().close();
  }
});

test('the member page is Chinese on an English browser until the member picks English, and errors follow the pick', async () => {
  await seedMembers(server, STAFF, [{ number: 'PL01', name: '潘丽' }]);
  const page = await open({ viewport: { width: 390, height: 780 }, locale: 'en-US' });
  try {
    await page.goto(server.base + '/');
    await page.waitForFunction(() => window.EngageBotText);
    assert.equal(await page.locator('#signin-button').innerText(), '获取验证码');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');

    const seen = smsTo(server, phoneOf('PL01')).length;
    await page.fill('#member-number', 'PL01');
    await page.fill('#member-name', '潘丽');
    await page.click('#signin-button');
    const code = await nextCode(server, phoneOf('PL01'), seen);
    const wrong = code === '000000' ? '000001' : '000000';
    const verify = (r) => r.url().endsWith('/api/members/session/verify');
    await page.fill('#sms-code', wrong);
    const [zh] = await Promise.all([page.waitForResponse(verify), page.click('#verify-button')]);
    assert.equal((await zh.json()).detail, '验证码不对或已失效，请检查或重新获取。');

    await page.click('#signin [data-lang-toggle]');
    await page.reload();
    await page.locator('#signin-button').getByText('Text me a code').waitFor();
    await page.fill('#member-number', 'PL01');
    await page.fill('#member-name', '潘丽');
    const [again] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/members/session')), page.click('#signin-button')]);
    assert.equal(again.status(), 429);
    assert.match((await again.json()).detail, /^A code was just sent; ask for a new one in \d+ seconds\.$/);
    await page.fill('#sms-code', wrong);
    const [en] = await Promise.all([page.waitForResponse(verify), page.click('#verify-button')]);
    assert.equal((await en.json()).detail, 'The code is wrong or no longer valid; check it or ask for a new one.');
    await page.locator('#signin-error').getByText('The code is wrong').waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});
