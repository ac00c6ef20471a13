'use strict';
// The console's attendance page in headless Chromium: two members sign up in the member page's chat for a club's
// activity that starts a few seconds later, one checks in by the QR address; once it has started, the page shows
// the club's monthly chart (signed up 2, checked in 1), the per-activity table, and a CSV download.
// The screenshot goes to artifacts/console/attendance.png for the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage, bubbles, say } = require('./browser');
const { startServer, seedMembers, memberSignIn, staffHeaders } = require('./server');

const STAFF = { userName: 'attend-admin', password: 'Attend-Admin-Pass-1' };
const TITLE = '周三太极拳晨练';
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

let headers; // one sign-in: the token route is rate-limited
async function admin(method, url, body) {
  headers ??= await staffHeaders(server.base, STAFF);
  const response = await fetch(server.base + url, { method, headers, body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${url}: ${response.status}`);
  return response.json();
}

async function signUpInChat(member) {
  await member.click('#chats li[data-chat="bot"]');
  await bubbles(member, '您好，我是工会小助手').last().waitFor();
  await say(member, '我想报名');
  await bubbles(member, `确认报名「${TITLE}」`).last().waitFor();
  await say(member, '是');
  await bubbles(member, '报名成功').last().waitFor();
}

test('the attendance page charts a club month by month and lists each activity, with a CSV', async () => {
  await admin('POST', '/api/admin/clubs', { id: 'taiji', name: '太极拳协会' });
  await seedMembers(server, STAFF, [{ number: 'T001', name: '唐一' }, { number: 'T002', name: '唐二' }]);
  const first = await newPage(browser, { width: 390, height: 780 });
  const second = await newPage(browser, { width: 390, height: 780 });
  await memberSignIn(server, first, 'T001', '唐一');
  await memberSignIn(server, second, 'T002', '唐二');

  // Starts 40 seconds from now: time to sign up (until the start) and check in (open from an hour before).
  const starts = new Date(Date.now() + 40000);
  const activity = await admin('POST', '/api/admin/activities', {
    clubId: 'taiji', title: TITLE, startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3600000).toISOString(), place: '职工之家广场', capacity: 10,
  });
  await signUpInChat(first);
  await signUpInChat(second);
  const qr = await admin('GET', `/api/admin/activities/${activity.id}/checkin-qr`);
  await first.goto(qr.url);
  await first.locator('#checkin-banner[data-status="checkedIn"]').waitFor();

  // Only activities that have started count: wait for the start.
  for (let attempt = 0; ; attempt++) {
    const rows = await admin('GET', '/api/admin/stats/attendance/activities');
    if (rows.length > 0) break;
    assert.ok(attempt < 120, 'the activity never showed as started');
    await new Promise((r) => setTimeout(r, 500));
  }

  const staff = await newPage(browser, { width: 1280, height: 1000 });
  await staff.goto(server.base + '/staff/login');
  await staff.fill('#user-name', STAFF.userName);
  await staff.fill('#password', STAFF.password);
  await staff.click('#login-button');
  await staff.waitForURL(server.base + '/staff/');
  await staff.locator('header nav a[href="/staff/attendance.html"]', { hasText: '出勤统计' }).click();
  await staff.waitForURL(server.base + '/staff/attendance.html');

  const chart = staff.locator('#attendance-charts figure[data-club="taiji"]');
  await chart.locator('rect[data-kind="held"][data-value="2"]').waitFor();
  await chart.locator('rect[data-kind="attended"][data-value="1"]').waitFor();
  assert.match(await chart.innerText(), /太极拳协会/);
  assert.equal(await chart.locator('rect[data-kind="held"]').count(), 6, 'six months, empty ones drawn as gaps');
  const row = staff.locator(`#attendance-activities tr[data-activity="${activity.id}"]`);
  assert.deepEqual((await row.locator('td').allInnerTexts()).slice(1, 6).map((s) => s.trim()), ['太极拳协会', TITLE, '2', '1', '50%']);
  await staff.screenshot({ path: path.join(artifacts, 'attendance.png'), fullPage: true });

  await staff.selectOption('#attendance-months', '12');
  await chart.locator('rect[data-kind="held"]').nth(11).waitFor();
  const csv = await staff.evaluate(async () => {
    const response = await fetch(document.getElementById('attendance-csv').href);
    return { type: response.headers.get('content-type'), text: await response.text() };
  });
  assert.equal(csv.type, 'text/csv; charset=utf-8');
  assert.match(csv.text, new RegExp(`太极拳协会,${TITLE},[0-9-]+ [0-9:]+,2,1,50%`));

  await staff.selectOption('#attendance-club', '-');
  await staff.locator('#attendance-empty').waitFor();
  assert.deepEqual([...staff.errors, ...first.errors, ...second.errors], []);
});
