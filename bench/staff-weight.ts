// What the staff app costs to open (issue 18): a real `npm start` (fresh data directory, demo loaded) and Chromium
// with an empty cache. For the sign-in page and for a programme overview (signed in as an administrator), the bytes
// that crossed the wire (headers and compressed bodies, as Chromium counts them) and the number of requests, until
// the page shows its heading and the network is idle. Budget: 300 KB each.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { connect } from '../src/db/client.js';
import { freePort } from '../src/db/embedded.js';
import { launchChromium } from '../test/e2e/support/browser.js';
import { adminHeadersFor, databaseUrl, startServer, stopServer } from './processes.js';

const budgetBytes = 300 * 1024;
const line = (name: string, value: number | string, unit: string) => console.log(`staff_weight.${name}: ${value} ${unit}`);

interface Weight {
  bytes: number;
  requests: number;
  largest: string[];
}

/** Opens `url` in a fresh context (empty cache) and sums Chromium's encoded lengths of every response. */
async function weigh(browser: Browser, origin: string, url: string, ready: string, cookie?: string): Promise<Weight> {
  const context = await browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });
  if (cookie) await context.addCookies([{ name: 'varde_session', value: cookie, url: origin }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const sizes: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.push({ url: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength }));
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  sizes.sort((a, b) => b.bytes - a.bytes);
  return { bytes: sizes.reduce((n, s) => n + s.bytes, 0), requests: sizes.length, largest: sizes.slice(0, 3).map((s) => `${new URL(s.url).pathname}=${s.bytes}`) };
}

function report(name: string, w: Weight) {
  line(`${name}.bytes_on_wire`, w.bytes, `bytes (budget ≤ ${budgetBytes})`);
  line(`${name}.requests`, w.requests, 'count');
  line(`${name}.largest`, w.largest.join(' '), 'bytes');
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'varde-bench-weight-'));
const dataDir = path.join(dir, 'data');
const server = await startServer(dataDir, await freePort(), { VARDE_DEMO: 'on' });
let browser: Browser | undefined;
try {
  const handle = connect(await databaseUrl(dataDir), 1);
  const { rows } = await handle.pool.query(`select id from programmes where kind = 'learning_network' order by created_at limit 1`);
  await handle.close();
  const cookie = /varde_session=([^;]+)/.exec((await adminHeadersFor(dataDir, server)).cookie)![1];
  browser = await launchChromium();
  const origin = server.url.replace('127.0.0.1', 'localhost');
  report('sign_in', await weigh(browser, origin, `${origin}/login`, 'input[type=email]'));
  report('programme_overview', await weigh(browser, origin, `${origin}/programmes/${rows[0].id}`, 'h1', cookie));
} finally {
  await browser?.close();
  await stopServer(server);
  await rm(dir, { recursive: true, force: true });
}
