'use strict';
// Group fan-out benchmark: MEMBERS members of one group, all connected over the Direct Line WebSocket; RATE
// messages per second posted by random members for SECONDS seconds. Reports p50/p95/p99 of the time from the
// start of each POST until the last member received that message, and the service's memory for the open sockets.
// Run: npm ci --prefix bench/DirectLine.GroupBench && node bench/DirectLine.GroupBench/bench.js
// Knobs (env): MEMBERS=500 RATE=50 SECONDS=10 WARMUP=5 (BENCH_LOG_LEVEL=Information for the service's log on failure). Uses the built src/Bot (Release if present).
// Several instances: POSTGRES=<connection string of an empty database> INSTANCES=3 starts that many clustered
// instances on it (one DirectLine:Secret); member i streams from instance i % INSTANCES and message k is posted to
// instance k % INSTANCES, so most deliveries cross instances (LISTEN/NOTIFY). bench/group-fanout-cluster.sh runs 1 and 3.
// The receiving sockets are spread over RECEIVERS worker threads (default 4; receiver.js): 500 members at 50 msg/s
// are 25,000 frames/s, more than one Node thread reads without queueing, and a bench that measures its own client's
// backlog is not honest. RECEIVERS=0 receives in this thread (as the bench did before) to show that.
// CPU over the posting window is reported for the client (all threads), the instances together and, when
// POSTGRES_PID (the postmaster) is given, PostgreSQL's processes; with the receivers' event-loop utilisation.
const fs = require('node:fs');
const { Worker } = require('node:worker_threads');
const path = require('node:path');
const { receive } = require('./receiver');
const { startServer, staffHeaders, seedMembers, phoneOf, nextCode } = require('../../tests/DirectLine.Node/server');

const MEMBERS = Number(process.env.MEMBERS || 500);
const RATE = Number(process.env.RATE || 50);
const SECONDS = Number(process.env.SECONDS || 10);
const STAFF = { userName: 'bench-admin', password: 'Bench-Admin-Pass-1' };
const INSTANCES = Number(process.env.INSTANCES || 1);
const POSTGRES = process.env.POSTGRES || '';
const RECEIVERS = Number(process.env.RECEIVERS ?? 4);
const WARMUP = Number(process.env.WARMUP ?? 5); // seconds posted at RATE before the measured window
const POSTGRES_PID = Number(process.env.POSTGRES_PID || 0);
const TICKS = 100; // USER_HZ: /proc's CPU times are in 1/100 s on Linux
if (INSTANCES > 1 && !POSTGRES) throw new Error('INSTANCES > 1 needs POSTGRES (instances share only a PostgreSQL database).');

/** Instance 0 first (it migrates the schema), then the others; all on one database and one secret when clustered. */
async function startInstances(env) {
  const shared = POSTGRES
    ? { ...env, Storage__Provider: 'Postgres', ConnectionStrings__EngageBot: POSTGRES, Cluster__Enabled: 'true', DirectLine__Secret: 'bench-cluster-secret-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2) }
    : env;
  const servers = [await startServer({ ...shared, ...(POSTGRES ? { Cluster__NodeName: 'node0' } : {}) })];
  try {
    for (let i = 1; i < INSTANCES; i++) servers.push(await startServer({ ...shared, Cluster__NodeName: `node${i}` }));
  } catch (error) {
    for (const s of servers) await s.stop(); // the ones that did start (a loaded machine can take over a minute)
    throw error;
  }
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

/** CPU seconds (user + system) of a process; with `children`, also what its exited children used (PostgreSQL's backends). */
function cpuSeconds(pid, children = false) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields from the 3rd (state) on
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return (utime + stime + (children ? cutime + cstime : 0)) / TICKS;
  } catch {
    return 0; // exited meanwhile
  }
}

/** PostgreSQL's CPU seconds: the postmaster (with its exited children) and every live child. */
function postgresCpuSeconds() {
  if (!POSTGRES_PID) return 0;
  let total = cpuSeconds(POSTGRES_PID, true);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === POSTGRES_PID) total += cpuSeconds(entry);
    } catch { /* exited */ }
  }
  return total;
}

/** Starts the receivers over `streamUrls`: worker threads, or this thread with RECEIVERS=0. */
async function startReceivers(streamUrls, onComplete) {
  if (RECEIVERS === 0) {
    const receiver = receive(streamUrls, onComplete);
    await receiver.ready;
    let since = performance.eventLoopUtilization();
    return [{
      size: streamUrls.length,
      mark: () => { since = performance.eventLoopUtilization(); },
      counts: async () => ({ ...receiver.counts(), elu: performance.eventLoopUtilization(since).utilization }),
      close: async () => receiver.close(),
    }];
  }
  const shares = Array.from({ length: RECEIVERS }, (_, w) => streamUrls.filter((_, i) => i % RECEIVERS === w)).filter((s) => s.length > 0);
  return Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'receiver.js'), { workerData: { streamUrls: share } });
    let answer = null;
    worker.on('error', reject);
    worker.on('message', (message) => {
      if (message.type === 'complete') onComplete(message.key, message.last);
      else if (message.type === 'counts') answer(message);
      else if (message.type === 'ready') {
        resolve({
          size: share.length,
          mark: () => worker.postMessage('mark'),
          counts: () => new Promise((r) => { answer = r; worker.postMessage('counts'); }),
          close: async () => { worker.postMessage('close'); await new Promise((r) => worker.once('exit', r)); },
        });
      }
    });
  })));
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
    const streamUrls = await Promise.all(members.map(async (member, i) => {
      const start = await json(`${servers[i % INSTANCES].domain}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${member.token}` } });
      return start.streamUrl;
    }));
    // A message is complete when every receiver had it on all its sockets; its time is the latest of theirs.
    const complete = new Map(); // key → { receivers, last }
    const receivers = await startReceivers(streamUrls, (key, last) => {
      const entry = complete.get(key) || { receivers: 0, last: 0 };
      entry.receivers++;
      entry.last = Math.max(entry.last, last);
      complete.set(key, entry);
    });
    await new Promise((r) => setTimeout(r, 2000));
    const rssConnected = rss();
    const done = (key) => (complete.get(key)?.receivers || 0) === receivers.length;

    const now = () => performance.timeOrigin + performance.now();
    /** Posts `count` messages `${prefix} k` at RATE/s round robin over the instances; resolves when every POST answered. */
    async function postAll(prefix, count, sent) {
      const start = now();
      const posts = [];
      for (let k = 0; k < count; k++) {
        const wait = start + (k * 1000) / RATE - now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        sent?.set(`${prefix} ${k}`, now());
        posts.push(json(`${servers[k % INSTANCES].domain}/conversations/${group.groupId}/activities`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${members[k % MEMBERS].token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: `${prefix} ${k}` }),
        }));
      }
      await Promise.all(posts);
    }

    // Warm-up (not measured): fresh instances JIT-compile the hot path and grow their thread pools in the first
    // seconds; steady state is what the figures are about.
    if (WARMUP > 0) {
      await postAll('warm', RATE * WARMUP);
      await new Promise((r) => setTimeout(r, 3000));
    }

    const sent = new Map();
    const total = RATE * SECONDS;
    receivers.forEach((r) => r.mark());
    const cpuBefore = { client: process.cpuUsage(), servers: servers.map((s) => cpuSeconds(s.pid)), postgres: postgresCpuSeconds() };
    const began = now();
    await postAll('bench', total, sent);
    const postedIn = (now() - began) / 1000;
    const deadline = now() + 30000;
    while ([...sent.keys()].some((key) => !done(key)) && now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const window = (now() - began) / 1000;
    const clientCpu = process.cpuUsage(cpuBefore.client);
    const serverCpu = servers.reduce((sum, s, i) => sum + cpuSeconds(s.pid) - cpuBefore.servers[i], 0);
    const postgresCpu = postgresCpuSeconds() - cpuBefore.postgres;
    const counts = await Promise.all(receivers.map((r) => r.counts()));
    // Exactly once: every member got every message once (none twice, none missing), each socket in posting order.
    let deliveries = 0;
    let duplicates = 0;
    counts.forEach((c, i) => {
      for (const [, entry] of c.received) {
        deliveries += entry.count;
        duplicates += Math.max(0, entry.count - receivers[i].size);
      }
    });

    const latencies = [...sent].map(([key, t0]) => (done(key) ? complete.get(key).last - t0 : Infinity)).sort((a, b) => a - b);
    const incomplete = latencies.filter((l) => l === Infinity).length;
    const fmt = (v) => (v === Infinity ? 'incomplete' : `${v.toFixed(1)} ms`);
    const cores = (seconds) => Number((seconds / window).toFixed(2));
    const perDelivery = (seconds) => Number(((seconds * 1e6) / Math.max(1, deliveries)).toFixed(1));
    console.log(JSON.stringify({
      instances: INSTANCES,
      members: MEMBERS,
      messages: total,
      targetRate: RATE,
      warmupSeconds: WARMUP,
      achievedRate: Number((total / postedIn).toFixed(1)),
      p50: fmt(percentile(latencies, 50)),
      p95: fmt(percentile(latencies, 95)),
      p99: fmt(percentile(latencies, 99)),
      max: fmt(latencies[latencies.length - 1]),
      incompleteMessages: incomplete,
      deliveries,
      expectedDeliveries: total * MEMBERS,
      duplicates,
      outOfOrder: counts.reduce((sum, c) => sum + c.outOfOrder, 0),
      receiverThreads: RECEIVERS,
      receiverEventLoopBusy: counts.map((c) => Number(c.elu.toFixed(2))),
      cpuWindowSeconds: Number(window.toFixed(1)),
      cpuCores: {
        client: cores((clientCpu.user + clientCpu.system) / 1e6),
        instances: cores(serverCpu),
        postgres: POSTGRES_PID ? cores(postgresCpu) : 'n/a',
      },
      // Per delivery (one message on one socket): depends far less on how loaded the machine is than the latencies.
      cpuMicrosecondsPerDelivery: {
        client: perDelivery((clientCpu.user + clientCpu.system) / 1e6),
        instances: perDelivery(serverCpu),
        postgres: POSTGRES_PID ? perDelivery(postgresCpu) : 'n/a',
      },
      loadAverage: require('node:os').loadavg().map((l) => Number(l.toFixed(1))),
      serverRssBeforeSocketsMb: Number(rssBefore.toFixed(1)),
      serverRssWithSocketsMb: Number(rssConnected.toFixed(1)),
      socketsCostMb: Number((rssConnected - rssBefore).toFixed(1)),
    }, null, 2));
    for (const r of receivers) await r.close();
  } catch (error) {
    servers.forEach((s, i) => console.error(`--- instance ${i}, last output ---\n` + s.output().slice(-3000)));
    throw error;
  } finally {
    for (const s of servers) await s.stop();
  }
})().catch((error) => { console.error(error); process.exit(1); });
