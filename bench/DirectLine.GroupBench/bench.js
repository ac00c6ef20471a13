'use strict';
// Group fan-out benchmark: MEMBERS members of one group, all connected over the Direct Line WebSocket; RATE
// messages per second posted by random members for SECONDS seconds. Reports p50/p95/p99 of the time from the
// start of each POST until the last member received that message, and the service's memory for the open sockets.
// Run: npm ci --prefix bench/DirectLine.GroupBench && node bench/DirectLine.GroupBench/bench.js
// Knobs (env): MEMBERS=500 RATE=50 SECONDS=10 (BENCH_LOG_LEVEL=Information for the service's log on failure). Uses the built src/Bot (Release if present).
// Several instances: POSTGRES=<connection string of an empty database> INSTANCES=3 starts that many clustered
// instances on it (one DirectLine:Secret); member i streams from instance i % INSTANCES and message k is posted to
// instance k % INSTANCES, so most deliveries cross instances (LISTEN/NOTIFY). bench/group-fanout-cluster.sh runs 1 and 3.
const fs = require('node:fs');
const WebSocket = require('ws');
const { startServer, staffHeaders, seedMembers, phoneOf, nextCode } = require('../../tests/DirectLine.Node/server');

const MEMBERS = Number(process.env.MEMBERS || 500);
const RATE = Number(process.env.RATE || 50);
const SECONDS = Number(process.env.SECONDS || 10);
const STAFF = { userName: 'bench-admin', password: 'Bench-Admin-Pass-1' };
const INSTANCES = Number(process.env.INSTANCES || 1);
const POSTGRES = process.env.POSTGRES || '';
if (INSTANCES > 1 && !POSTGRES) throw new Error('INSTANCES > 1 needs POSTGRES (instances share only a PostgreSQL database).');

/** Instance 0 first (it migrates the schema), then the others; all on one database and one secret when clustered. */
async function startInstances(env) {
  const shared = POSTGRES
    ? { ...env, Storage__Provider: 'Postgres', ConnectionStrings__EngageBot: POSTGRES, Cluster__Enabled: 'true', DirectLine__Secret: 'bench-cluster-secret-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) }
    : env;
  const servers = [await startServer({ ...shared, ...(POSTGRES ? { Cluster__NodeName: 'node0' } : {}) })];
  for (let i = 1; i < INSTANCES; i++) servers.push(await startServer({ ...shared, Cluster__NodeName: `node${i}` }));
  return servers;
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method || 'GET'} ${url} → ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

(async () => {
  // Every member signs in from this one address: the per-address sign-in limit is lifted for the bench.
  const servers = await startInstances({
    Staff__BootstrapAdmin__UserName: STAFF.userName, Staff__BootstrapAdmin__Password: STAFF.password, Logging__LogLevel__Default: process.env.BENCH_LOG_LEVEL || 'Error',
    Members__SignIn__AttemptsPerAddress: String(MEMBERS * 4),
  });
  const server = servers[0]; // set-up (group, sign-ins, tokens) goes to the first; its SMS file holds the codes
  const rss = () => servers.reduce((sum, s) => sum + rssMb(s.pid), 0);
  try {
    const admin = await staffHeaders(server.base, STAFF);
    const group = await json(`${server.base}/api/admin/groups`, { method: 'POST', headers: admin, body: JSON.stringify({ name: 'bench' }) });
    const members = [];
    await seedMembers(server, STAFF, Array.from({ length: MEMBERS }, (_, i) => ({ number: `B${i}`, name: `成员${i}` })));
    for (let i = 0; i < MEMBERS; i++) {
      const memberNumber = `B${i}`;
      await json(`${server.base}/api/admin/groups/${group.groupId}/members`, {
        method: 'POST', headers: admin, body: JSON.stringify({ memberNumber, name: `成员${i}` }),
      });
      await json(`${server.base}/api/members/session`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberNumber, name: `成员${i}` }),
      });
      const code = await nextCode(server, phoneOf(memberNumber), 0);
      const session = await json(`${server.base}/api/members/session/verify`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberNumber, code }),
      });
      const grant = await json(`${server.base}/api/members/groups/${group.groupId}/token`, {
        method: 'POST', headers: { Authorization: `Bearer ${session.sessionToken}` },
      });
      members.push({ token: grant.token });
    }

    const rssBefore = rss();
    const received = new Map(); // message key → { count, last }
    await Promise.all(members.map(async (member, i) => {
      const start = await json(`${servers[i % INSTANCES].domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${member.token}` } });
      const socket = new WebSocket(start.streamUrl);
      member.socket = socket;
      socket.on('message', (data) => {
        const text = data.toString();
        if (!text) return;
        const now = performance.now();
        // A regex instead of JSON.parse keeps the 500 receivers (one Node process) from being the bottleneck.
        for (const match of text.matchAll(/"text":"(bench \d+)"/g)) {
          const entry = received.get(match[1]) || { count: 0, last: 0 };
          entry.count++;
          entry.last = now;
          received.set(match[1], entry);
        }
      });
      await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
    }));
    await new Promise((r) => setTimeout(r, 2000));
    const rssConnected = rss();

    const sent = new Map();
    const total = RATE * SECONDS;
    const began = performance.now();
    const posts = [];
    for (let k = 0; k < total; k++) {
      const due = began + (k * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const key = `bench ${k}`;
      const member = members[k % MEMBERS];
      sent.set(key, performance.now());
      posts.push(json(`${servers[k % INSTANCES].domain}/conversations/${group.groupId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${member.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: key }),
      }));
    }
    await Promise.all(posts);
    const postedIn = (performance.now() - began) / 1000;
    const deadline = performance.now() + 30000;
    while ([...sent.keys()].some((key) => (received.get(key)?.count || 0) < MEMBERS) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }

    const latencies = [...sent].map(([key, t0]) => {
      const entry = received.get(key);
      return entry && entry.count >= MEMBERS ? entry.last - t0 : Infinity;
    }).sort((a, b) => a - b);
    const incomplete = latencies.filter((l) => l === Infinity).length;
    const fmt = (v) => (v === Infinity ? 'incomplete' : `${v.toFixed(1)} ms`);
    console.log(JSON.stringify({
      instances: INSTANCES,
      members: MEMBERS,
      messages: total,
      targetRate: RATE,
      achievedRate: Number((total / postedIn).toFixed(1)),
      p50: fmt(percentile(latencies, 50)),
      p95: fmt(percentile(latencies, 95)),
      p99: fmt(percentile(latencies, 99)),
      max: fmt(latencies[latencies.length - 1]),
      incompleteMessages: incomplete,
      serverRssBeforeSocketsMb: Number(rssBefore.toFixed(1)),
      serverRssWithSocketsMb: Number(rssConnected.toFixed(1)),
      socketsCostMb: Number((rssConnected - rssBefore).toFixed(1)),
    }, null, 2));
    members.forEach((m) => m.socket?.close());
  } catch (error) {
    servers.forEach((s, i) => console.error(`--- instance ${i}, last output ---\n` + s.output().slice(-3000)));
    throw error;
  } finally {
    for (const s of servers) await s.stop();
  }
})().catch((error) => { console.error(error); process.exit(1); });
