'use strict';
// The receiving side of bench.js: opens its share of the members' Direct Line WebSockets and notes, per message, how
// many of its sockets had it and when the last one got it. Runs in a worker thread (bench.js starts RECEIVERS of
// them, so reading 25,000 frames/s is spread over threads and cores) or, with RECEIVERS=0, in bench.js's own thread.
// Times are absolute (performance.timeOrigin + now()), so they compare across threads.
const WebSocket = require('ws');

/**
 * Opens every stream in `streamUrls`; `onComplete(key, last)` fires when all of them have the message `key`.
 * Returns { ready, counts(), sockets, close() }: counts() gives per key { count, last } and the order violations seen.
 */
function receive(streamUrls, onComplete) {
  const received = new Map(); // message key → { count, last }
  let outOfOrder = 0;
  const sockets = streamUrls.map((url) => {
    const socket = new WebSocket(url);
    let previous = -1;
    socket.on('message', (data) => {
      const text = data.toString();
      if (!text) return;
      const now = performance.timeOrigin + performance.now();
      // A regex instead of JSON.parse: the receivers must cost as little as they can (they share the machine).
      // Every socket must see the log in order: the watermarks in activity ids (conversation|0000042) rising. (Not
      // the bench's own numbers: posts overlap, so message k+1 may commit before k.)
      for (const match of text.matchAll(/\|(\d{7,})"/g)) {
        const seq = Number(match[1]);
        if (seq <= previous) outOfOrder++;
        previous = seq;
      }
      for (const match of text.matchAll(/"text":"(bench \d+)"/g)) {
        const key = match[1];
        const entry = received.get(key) || { count: 0, last: 0 };
        entry.count++;
        entry.last = now;
        received.set(key, entry);
        if (entry.count === streamUrls.length) onComplete(key, now);
      }
    });
    return socket;
  });
  const ready = Promise.all(sockets.map((socket) => new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  })));
  return {
    ready,
    counts: () => ({ received: [...received], outOfOrder }),
    close: () => sockets.forEach((s) => s.close()),
  };
}

module.exports = { receive };

// As a worker thread: workerData.streamUrls in; 'ready', 'complete' and, when asked, 'counts' out.
const { isMainThread, parentPort, workerData } = require('node:worker_threads');
if (!isMainThread && workerData?.streamUrls) {
  const receiver = receive(workerData.streamUrls, (key, last) => parentPort.postMessage({ type: 'complete', key, last }));
  receiver.ready.then(() => parentPort.postMessage({ type: 'ready' }), (error) => { throw error; });
  let since = performance.eventLoopUtilization();
  parentPort.on('message', (message) => {
    if (message === 'counts') {
      // How busy this thread's event loop was since 'mark' (1 = saturated: its own queueing would show in the figures).
      parentPort.postMessage({ type: 'counts', ...receiver.counts(), elu: performance.eventLoopUtilization(since).utilization });
    } else if (message === 'mark') {
      since = performance.eventLoopUtilization();
    } else if (message === 'close') {
      receiver.close();
      parentPort.close();
    }
  });
}
