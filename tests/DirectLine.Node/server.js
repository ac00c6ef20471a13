'use strict';
// Starts the built EngageBot service on a free loopback port with its own SQLite file and Direct Line secret.
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
  const child = spawn('dotnet', [botDll(), '--urls', `http://127.0.0.1:${port}`], {
    cwd: dir,
    env: {
      ...process.env,
      ConnectionStrings__EngageBot: `Data Source=${path.join(dir, 'engagebot.db')}`,
      DirectLine__Secret: secret,
      Logging__LogLevel__Default: 'Warning',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the service exited:\n' + output);
    try {
      const health = await fetch(`${base}/healthz`);
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

module.exports = { startServer, staffHeaders };
