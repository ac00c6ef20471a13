'use strict';
// Starts the built EngageBot service on a free loopback port with its own SQLite file and Direct Line secret.
// Sign-in codes go to the File SMS sender's file in the server's folder, where members' "phones" read them.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');

function botDll() {
  if (process.env.ENGAGEBOT_BOT_DLL) return process.env.ENGAGEBOT_BOT_DLL;
  // The most recently built configuration (scripts/test.sh builds Release just before).
  const built = ['Release', 'Debug']
    .map((configuration) => path.join(repo, 'src', 'Bot', 'bin', configuration, 'net10.0', 'EngageBot.Bot.dll'))
    .filter((candidate) => fs.existsSync(candidate))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (built.length > 0) return built[0];
  const build = spawnSync('dotnet', ['build', path.join(repo, 'src', 'Bot'), '-c', 'Release', '--nologo', '-v', 'q'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('dotnet build src/Bot failed');
  return path.join(repo, 'src', 'Bot', 'bin', 'Release', 'net10.0', 'EngageBot.Bot.dll');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startServer(extraEnv = {}) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engagebot-dl-'));
  const secret = 'node-test-secret-' + Math.random().toString(36).slice(2);
  const smsFile = path.join(dir, 'sms.jsonl');
  const child = spawn('dotnet', [botDll(), '--urls', `http://127.0.0.1:${port}`], {
    cwd: dir,
    env: {
      ...process.env,
      ConnectionStrings__EngageBot: `Data Source=${path.join(dir, 'engagebot.db')}`,
      DirectLine__Secret: secret,
      Sms__Provider: 'File',
      Sms__FilePath: smsFile,
      Logging__LogLevel__Default: 'Warning',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  // A loaded shared machine (several builds at once) can take minutes to start the service.
  const deadline = Date.now() + Number(process.env.ENGAGEBOT_NODE_START_SECONDS || 180) * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the service exited:\n' + output);
    try {
      const health = await fetch(`${base}/readyz`);
      if (health.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error('the service did not start:\n' + output);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    pid: child.pid,
    domain: `${base}/v3/directline`,
    secret,
    smsFile,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in as the bootstrap admin the server was started with; returns headers for /api/admin calls. */
async function staffHeaders(base, staff) {
  const response = await fetch(`${base}/api/admin/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(staff),
  });
  if (!response.ok) throw new Error(`staff sign-in failed: ${response.status}`);
  const { token } = await response.json();
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

/** A phone number of its own for each member number, so each member's codes are told apart in the SMS file. */
function phoneOf(memberNumber) {
  let sum = 7;
  for (const c of memberNumber.trim().toUpperCase()) sum = (sum * 131 + c.charCodeAt(0)) % 100000000;
  return '139' + String(sum).padStart(8, '0');
}

/** The texts the File SMS sender wrote to one phone so far, oldest first. */
function smsTo(server, phone) {
  if (!fs.existsSync(server.smsFile)) return [];
  return fs.readFileSync(server.smsFile, 'utf8').split('\n')
    .filter((line) => line.endsWith('}'))
    .map((line) => JSON.parse(line))
    .filter((message) => message.phone === phone)
    .map((message) => message.text);
}

/** Waits until the phone has more than `seen` messages; the 6-digit code in the newest. */
async function nextCode(server, phone, seen) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const texts = smsTo(server, phone);
    if (texts.length > seen) return texts[texts.length - 1].match(/[0-9]{6}/)[0];
    if (Date.now() > deadline) throw new Error(`no sign-in code reached ${phone}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Puts members on the roster through the staff import (the CSV a union exports from its spreadsheet). */
async function seedMembers(server, staff, members) {
  const csv = '会员号,姓名,手机号,工会\n' + members.map((m) => `${m.number},${m.name},${phoneOf(m.number)},测试区总工会/测试单位工会`).join('\n') + '\n';
  const headers = await staffHeaders(server.base, staff);
  const response = await fetch(`${server.base}/api/admin/members/import`, {
    method: 'POST',
    headers: { Authorization: headers.Authorization, 'Content-Type': 'text/csv; charset=utf-8' },
    body: csv,
  });
  if (!response.ok) throw new Error(`roster import failed: ${response.status} ${await response.text()}`);
  const report = await response.json();
  if (report.rejected.length > 0) throw new Error('roster import rejected rows: ' + JSON.stringify(report.rejected));
}

/** Signs a rostered member in on the member page as they would: number and name, then the code their phone got. */
async function memberSignIn(server, page, memberNumber, name) {
  const phone = phoneOf(memberNumber);
  await page.goto(server.base + '/');
  await page.fill('#member-number', memberNumber);
  await page.fill('#member-name', name);
  const seen = smsTo(server, phone).length;
  await page.click('#signin-button');
  await page.locator('#verify-form').waitFor();
  await page.fill('#sms-code', await nextCode(server, phone, seen));
  await page.click('#verify-button');
  await page.waitForSelector('#chats li[data-chat="bot"]');
}

module.exports = { startServer, staffHeaders, phoneOf, smsTo, nextCode, seedMembers, memberSignIn };
