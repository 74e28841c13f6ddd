// The ops page in headless Debian Chromium (playwright-core drives it; no browser download). Against a running suite:
// OPS_API_URL  core-api's base URL; ADMIN_TOKEN  its admin token; OPS_SCREENSHOT  where the picture goes.
// Checks: the page loads with no console error, its order figures move while orders flow, the admin panels unlock with
// the token; then saves the screenshot. Exits 1 with the reason on any failure.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const api = process.env.OPS_API_URL ?? 'http://127.0.0.1:8080';
const token = process.env.ADMIN_TOKEN;
const screenshot = process.env.OPS_SCREENSHOT ?? 'ops.png';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function fail(message) { throw new Error(message); }

async function post(path, body) {
  const response = await fetch(api + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) fail(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

/** A store, user and product of this run's own, for the orders it places. */
async function shop() {
  const run = `OPSUI_${Date.now().toString(36)}`;
  const store = await post('/api/stores', { name: `${run} store`, region: 'Seoul' });
  const user = await post('/api/users', { user_id: `${run}_user`, name: 'Ops page', gender: 'F', age: 30, region: 'Seoul' });
  const product = await post('/api/products', { product_id: `${run}_product`, name: 'Latte', category: 'coffee', price: 5000, store_id: store.store_id });
  return { user: user.user_id, product: product.product_id };
}

/** Places orders at about 20 a second until stopped. */
function orderFlow({ user, product }) {
  let running = true, placed = 0;
  const done = (async () => {
    while (running) {
      await post('/api/orders', { user_id: user, product_id: product, quantity: 1 });
      placed++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return { stop: async () => { running = false; await done; return placed; } };
}

const figure = (page, id) => page.$eval(`#${id}`, (e) => e.textContent);
const number = (s) => Number(String(s).replace(/,/g, ''));

async function waitFor(what, seconds, check) {
  const until = Date.now() + seconds * 1000;
  let last;
  while (Date.now() < until) {
    last = await check();
    if (last === true) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  fail(`${what} within ${seconds}s (last: ${last})`);
}

const profile = mkdtempSync(join(tmpdir(), 'ops-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS,
  viewport: { width: 1400, height: 960 },
});
const errors = [];
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));

  await page.goto(`${api}/ops`, { waitUntil: 'load' });
  await waitFor('the first snapshot drawn', 20, async () => (await figure(page, 'status')).startsWith('updated') || await figure(page, 'status'));
  const before = { accepted: number(await figure(page, 'accepted-total')), stored: number(await figure(page, 'stored-total')) };
  console.log(`page loaded: accepted ${before.accepted}, stored ${before.stored}`);

  const flow = orderFlow(await shop());
  try {
    await waitFor('accepted orders per second above 0 on the page', 30, async () => number(await figure(page, 'accepted-rate')) > 0 || await figure(page, 'accepted-rate'));
    await waitFor('stored orders per second above 0 on the page', 60, async () => number(await figure(page, 'stored-rate')) > 0 || await figure(page, 'stored-rate'));
    await waitFor('the accepted and stored totals rising', 30, async () => {
      const accepted = number(await figure(page, 'accepted-total')), stored = number(await figure(page, 'stored-total'));
      return (accepted > before.accepted && stored > before.stored) || `accepted ${accepted}, stored ${stored}`;
    });
    // ./suite hands core-api every instance it started: none may show as down.
    const down = await page.$$eval('#services li.down', (items) => items.map((i) => i.textContent));
    if (down.length) fail(`the header shows down: ${down.join(', ')}`);
    const lagDrawn = await page.$eval('#bars-lag', (c) => c.width > 0);
    if (!lagDrawn) fail('the lag bars were not drawn');
    if (token) {
      await page.fill('#admin-token', token);
      await page.click('#admin-form button');
      await waitFor('the admin panels unlocked', 15, async () => (await figure(page, 'admin-lock')) === 'unlocked' || await figure(page, 'admin-message'));
      const migration = await figure(page, 'last-migration');
      if (!/^V\d+/.test(migration)) fail(`last migration shows '${migration}'`);
    }
    // 20 s more of flow, so the plots in the screenshot show it.
    await new Promise((r) => setTimeout(r, 20000));
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);
  } finally {
    console.log(`orders placed during the test: ${await flow.stop()}`);
  }
  if (errors.length) fail(`the page logged errors:\n  ${errors.join('\n  ')}`);
  console.log('ops page: loads without console errors; order figures moved while orders flowed');
} catch (e) {
  console.error(`ops page test failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
