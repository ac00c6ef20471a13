'use strict';
// The member page's activities, "my sign-ups" and "my groups" screens in headless Chromium: a member filters by club,
// signs up answering the activity's form (the server's field error shows under the field), changes the answers,
// cancels after an "are you sure", checks in, switches the page to English (kept after a reload) and leaves a group.
// Screenshots go to artifacts/console/ (browser.js) for review and the staff guide.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { artifacts, launchBrowser, newPage } = require('./browser');
const { startServer, seedMembers, memberSignIn, staffHeaders } = require('./server');

const STAFF = { userName: 'memberpage-admin', password: 'Memberpage-Admin-Pass-1' };
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

async function admin(method, url, body) {
  const response = await fetch(server.base + url, { method, headers: await staffHeaders(server.base, STAFF), body: body ? JSON.stringify(body) : undefined });
  assert.ok(response.ok, `${method} ${url}: ${response.status}`);
  return response.status === 204 ? null : response.json();
}

const inHours = (h) => new Date(Date.now() + h * 3600000).toISOString();
const shot = (p, name) => p.screenshot({ path: path.join(artifacts, name), fullPage: true });

test('a member signs up with a form, changes and cancels it, checks in, switches to English and leaves a group', async () => {
  await seedMembers(server, STAFF, [{ number: 'K001', name: '王磊' }]);
  await admin('POST', '/api/admin/clubs', { id: 'yoga', name: '瑜伽俱乐部', nameEn: 'Yoga club' });
  const yoga = await admin('POST', '/api/admin/activities', {
    title: '周六瑜伽体验课', titleEn: 'Saturday yoga taster', clubId: 'yoga', startsAt: inHours(48), endsAt: inHours(50), place: '职工之家 3 楼', capacity: 1,
  });
  await admin('PUT', `/api/admin/activities/${yoga.id}/form`, {
    fields: [{ key: 'dept', label: '部门', labelEn: 'Department', kind: 'text', required: true },
      { key: 'size', label: '尺码', labelEn: 'Size', kind: 'choice', options: ['S', 'M', 'L'] }],
  });
  const talk = await admin('POST', '/api/admin/activities', { title: '安全生产讲座', startsAt: inHours(0.5), endsAt: inHours(2), place: '大会议室', capacity: 20 });
  const group = await admin('POST', '/api/admin/groups', { name: '一车间工友群' });
  await admin('POST', `/api/admin/groups/${group.groupId}/members`, { memberNumber: 'K001', name: '王磊' });

  const p = await newPage(browser, { width: 390, height: 844 });
  await memberSignIn(server, p, 'K001', '王磊');

  // Activities, then one club's.
  await p.click('#open-activities');
  const yogaItem = p.locator(`#activity-items li[data-activity="${yoga.id}"]`);
  await yogaItem.waitFor();
  assert.match(await yogaItem.innerText(), /瑜伽俱乐部 · .*职工之家 3 楼[\s\S]*余 1 个名额/);
  await p.locator(`#activity-items li[data-activity="${talk.id}"]`).waitFor();
  await p.selectOption('#club-filter', 'yoga');
  await p.locator(`#activity-items li[data-activity="${talk.id}"]`).waitFor({ state: 'detached' });
  await shot(p, 'member-activities.png');

  // Sign up: the required field left empty is refused under the field; then the seat.
  await yogaItem.locator('[data-signup]').click();
  await p.locator('#signup-sheet [data-field="dept"]').waitFor();
  await p.click('#signup-submit');
  await p.locator('#signup-sheet [data-field="dept"] .field-error', { hasText: '部门' }).waitFor();
  await p.fill('#signup-sheet [name="dept"]', '技术部');
  await p.selectOption('#signup-sheet [name="size"]', 'M');
  await shot(p, 'member-signup-sheet.png');
  await p.click('#signup-submit');
  await p.locator('#activities-note', { hasText: '报名成功' }).waitFor();
  await yogaItem.locator('.badge', { hasText: '已报名' }).waitFor();
  assert.match(await yogaItem.innerText(), /已满，可候补/);

  // My sign-ups: change the answers, then cancel after confirming.
  await p.click('#activities [data-home]');
  await p.click('#open-mysignups');
  const mine = p.locator(`#signup-items li[data-signup="${yoga.id}"]`);
  await mine.locator('.item-answers', { hasText: '部门：技术部；尺码：M' }).waitFor();
  await mine.locator('[data-change]').click();
  await mine.locator('[name="dept"]').fill('后勤部');
  await mine.locator('button[type="submit"]').click();
  await p.locator('#mysignups-note', { hasText: '已更新' }).waitFor();
  await mine.locator('.item-answers', { hasText: '部门：后勤部' }).waitFor();
  await shot(p, 'member-my-signups.png');
  await mine.locator('[data-cancel]').click();
  await mine.locator('.confirm-question', { hasText: '确定取消「周六瑜伽体验课」的报名吗？' }).waitFor();
  await mine.locator('[data-confirm="yes"]').click();
  await p.locator('#mysignups-note', { hasText: '已取消' }).waitFor();
  await mine.waitFor({ state: 'detached' });
  await p.locator('#mysignups-empty').waitFor();
  const afterCancel = await admin('GET', `/api/admin/activities/${yoga.id}/roster`);
  assert.equal(JSON.stringify(afterCancel).includes('王磊'), false);

  // Check in to the talk that starts in half an hour (no form: the sheet is the confirm step).
  await p.click('#mysignups [data-home]');
  await p.click('#open-activities');
  await p.selectOption('#club-filter', ''); // the page kept the club chosen before
  await p.locator(`#activity-items li[data-activity="${talk.id}"] [data-signup]`).click();
  await p.locator('#signup-meta', { hasText: '确认报名这个活动吗？' }).waitFor();
  await p.click('#signup-submit');
  await p.locator('#activities-note', { hasText: '报名成功' }).waitFor();
  await p.click('#activities [data-home]');
  await p.click('#open-mysignups');
  await p.locator(`#signup-items li[data-signup="${talk.id}"] [data-checkin]`).click();
  await p.locator('#mysignups-note', { hasText: '签到成功' }).waitFor();
  await p.locator(`#signup-items li[data-signup="${talk.id}"] .badge`, { hasText: '已签到' }).waitFor();

  // English, remembered after a reload.
  await p.locator('#mysignups [data-lang-toggle]').click();
  await p.locator('#mysignups h1', { hasText: 'My sign-ups' }).waitFor();
  await p.locator(`#signup-items li[data-signup="${talk.id}"] .badge`, { hasText: 'Checked in' }).waitFor();
  await shot(p, 'member-my-signups-en.png');
  await p.reload();
  await p.locator('#open-mygroups', { hasText: 'My groups' }).waitFor();

  // Leave the group after confirming.
  await p.click('#open-mygroups');
  const item = p.locator(`#group-items li[data-group="${group.groupId}"]`);
  await item.locator('[data-leave]').click();
  await item.locator('.confirm-question', { hasText: 'Leave “一车间工友群”?' }).waitFor();
  await shot(p, 'member-leave-group.png');
  await item.locator('[data-confirm="yes"]').click();
  await p.locator('#mygroups-note', { hasText: 'You left “一车间工友群”.' }).waitFor();
  await p.locator('#mygroups-empty').waitFor();
  const members = await admin('GET', `/api/admin/groups/${group.groupId}/members`);
  assert.deepEqual(members.map((m) => m.memberId), []);
  assert.deepEqual(p.errors, []);
});
