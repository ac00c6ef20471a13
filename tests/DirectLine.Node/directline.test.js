'use strict';
// The official botframework-directlinejs client against EngageBot's built-in Direct Line.
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');

// directlinejs 0.15 needs the browser's XMLHttpRequest (rxjs ajax) and WebSocket globals.
global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { startServer } = require('./server');

let server;
before(async () => { server = await startServer(); });
after(async () => { await server?.stop(); });

async function generateToken(user) {
  const response = await fetch(`${server.domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  assert.equal(response.status, 200);
  return response.json();
}

/** Resolves with the first activity matching `predicate` (rejects after 15 s so a broken server fails, not hangs). */
function waitForActivity(directLine, predicate, label) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { subscription.unsubscribe(); reject(new Error('no activity: ' + label)); }, 15000);
    const subscription = directLine.activity$.subscribe((activity) => {
      if (predicate(activity)) {
        clearTimeout(timer);
        subscription.unsubscribe();
        resolve(activity);
      }
    });
  });
}

/** Connecting starts when someone subscribes to activity$, so this subscribes too. */
function waitForStatus(directLine, wanted) {
  const activities = directLine.activity$.subscribe(() => {}, () => {});
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('status never became ' + wanted.join('/'))), 15000);
    const subscription = directLine.connectionStatus$.subscribe((status) => {
      if (wanted.includes(status)) {
        clearTimeout(timer);
        setImmediate(() => { subscription.unsubscribe(); activities.unsubscribe(); });
        resolve(status);
      }
    });
  });
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

async function converse(webSocket) {
  const user = { id: `dl_member_${webSocket ? 'ws' : 'poll'}`, name: '王小明' };
  const { token, conversationId } = await generateToken(user);
  const directLine = new DirectLine({ token, domain: server.domain, webSocket });
  try {
    const welcome = waitForActivity(directLine, (a) => a.from.id === 'engagebot', 'welcome');
    await waitForStatus(directLine, [ConnectionStatus.Online]);
    assert.match((await welcome).text, /小助手/);

    const clientActivityID = 'client-' + Math.random();
    const echo = waitForActivity(directLine, (a) => a.channelData?.clientActivityID === clientActivityID, 'echo');
    const reply = waitForActivity(directLine, (a) => a.from.id === 'engagebot' && a.replyToId, 'reply');
    const id = await post(directLine, {
      type: 'message', from: { id: 'someone-else', role: 'user' }, text: '帮助', channelData: { clientActivityID },
    });
    assert.equal(id, `${conversationId}|0000002`);
    const echoed = await echo;
    assert.equal(echoed.id, id, 'the echo carries the assigned id');
    assert.equal(echoed.from.id, user.id, 'the sender is the token\'s user, whatever the client claimed');
    assert.equal(echoed.from.role, undefined);
    assert.equal(echoed.channelId, 'engagebot', 'the built-in channel has its own id, not Azure\'s "directline"');
    assert.match(echoed.timestamp, /Z$/);
    const answered = await reply;
    assert.equal(answered.replyToId, id);
    assert.equal(answered.channelId, 'engagebot');
    assert.ok(answered.text.length > 0);
    return { directLine, conversationId, token };
  } catch (error) {
    directLine.end();
    throw error;
  }
}

test('posts and receives the bot reply over WebSocket', async () => {
  const { directLine } = await converse(true);
  directLine.end();
});

test('posts and receives the bot reply over polling', async () => {
  const { directLine } = await converse(false);
  directLine.end();
});

test('reconnects with a watermark and gets only what came after it', async () => {
  const { directLine, conversationId, token } = await converse(true);
  directLine.end();

  // Three activities so far (welcome, post, reply): resume after the first.
  const resumed = new DirectLine({ token, conversationId, watermark: '1', domain: server.domain, webSocket: true });
  try {
    const first = waitForActivity(resumed, () => true, 'replay');
    assert.equal((await first).id, `${conversationId}|0000002`);
  } finally {
    resumed.end();
  }

  const polled = new DirectLine({ token, conversationId, watermark: '2', domain: server.domain, webSocket: false });
  try {
    const first = waitForActivity(polled, () => true, 'poll after watermark');
    assert.equal((await first).id, `${conversationId}|0000003`);
  } finally {
    polled.end();
  }
});

test('refreshes the token, and the new token works', async () => {
  const { directLine, conversationId } = await converse(false);
  try {
    const refreshed = await new Promise((resolve, reject) => directLine.refreshToken().subscribe(resolve, reject));
    assert.equal(typeof refreshed, 'string');
    const response = await fetch(`${server.domain}/conversations/${conversationId}/activities?watermark=`, {
      headers: { Authorization: `Bearer ${refreshed}` },
    });
    assert.equal(response.status, 200);
    const set = await response.json();
    assert.ok(Array.isArray(set.activities) && set.activities.length >= 3);
  } finally {
    directLine.end();
  }
});

test('a token for one conversation cannot open another (403)', async () => {
  const mine = await generateToken({ id: 'dl_member_a' });
  const theirs = await generateToken({ id: 'dl_member_b' });
  const owner = new DirectLine({ token: theirs.token, domain: server.domain, webSocket: false });
  await waitForStatus(owner, [ConnectionStatus.Online]);
  owner.end();

  const intruder = new DirectLine({ token: mine.token, conversationId: theirs.conversationId, domain: server.domain, webSocket: false });
  const status = await waitForStatus(intruder, [ConnectionStatus.FailedToConnect, ConnectionStatus.ExpiredToken]);
  assert.ok(status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.ExpiredToken);
  intruder.end();

  for (const [method, suffix] of [['GET', ''], ['GET', '/activities'], ['POST', '/activities']]) {
    const response = await fetch(`${server.domain}/conversations/${theirs.conversationId}${suffix}`, {
      method,
      headers: { Authorization: `Bearer ${mine.token}`, 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ type: 'message', text: 'hi' }) : undefined,
    });
    assert.equal(response.status, 403, `${method} ${suffix}`);
    assert.equal(typeof (await response.json()).error.code, 'string');
  }
});
