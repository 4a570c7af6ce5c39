// `npm run test:stress`: the hardening tests (test/stress/), in the same Chromium, with a server
// that misbehaves on request (/fault/...) and a command that reads the JS heap after garbage
// collection through the DevTools protocol. The script-tag file must be built first.
import base, { chromium } from './web-test-runner.config.mjs';

/** Requests to /fault/* that were closed before their answer ended (aborted by the page). */
const abortedRequests = [];
/** Requests to /fault/slow/* that reached the server: a test waits for its request to be on the wire before superseding it. */
const seenRequests = [];

/**
 * /fault/status/500 · /fault/hang (headers, then nothing, ever) · /fault/slow/<ms>/<file> (a
 * served file, late) · /fault/html (a web page where data was expected) · /fault/aborted (the
 * list of requests the page aborted) · /fault/seen (the slow requests that have arrived).
 */
async function faults(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/fault/')) return next();
  if (path === '/fault/aborted' || path === '/fault/seen') {
    ctx.body = JSON.stringify(path === '/fault/aborted' ? abortedRequests : seenRequests);
    return;
  }
  const status = /^\/fault\/status\/(\d+)$/.exec(path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'server error';
    return;
  }
  if (path === '/fault/hang') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'text/csv' });
    ctx.res.write('region,value\n');
    ctx.req.socket.on('close', () => abortedRequests.push(path));
    return; // never ends; the widget's time-out or a newer request closes it
  }
  if (path === '/fault/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not found</title><p>Sorry.</p>';
    return;
  }
  const slow = /^\/fault\/slow\/(\d+)(\/.*)$/.exec(path);
  if (slow) {
    seenRequests.push(path);
    // Waits out the delay, or less if the page gives up first, so that an abort is recorded when it happens.
    await new Promise((resolve) => {
      setTimeout(resolve, Number(slow[1]));
      ctx.req.socket.once('close', resolve);
    });
    if (ctx.req.socket.destroyed) {
      abortedRequests.push(path); // the page gave up waiting
      ctx.respond = false;
      return;
    }
    ctx.path = slow[2];
    return next();
  }
  ctx.status = 404;
}

/** `heap-after-gc`: collects garbage and answers the used JS heap in bytes. */
function heapPlugin() {
  return {
    name: 'heap-after-gc',
    async executeCommand({ command, session }) {
      if (command !== 'heap-after-gc') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      await cdp.detach();
      return usedSize;
    },
  };
}

export default {
  ...base,
  files: ['test/stress/*.browser.test.ts'],
  middleware: [faults],
  plugins: [...base.plugins, heapPlugin()],
  testFramework: { config: { timeout: 120000 } },
  browsers: [chromium()], // the heap is read through Chromium's DevTools protocol
};
