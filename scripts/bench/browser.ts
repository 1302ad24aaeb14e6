/** Page weight and search latency, measured in Debian's Chromium against a built site served locally. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };

export async function withSite<T>(dist: string, port: number, fn: (origin: string) => Promise<T>): Promise<T> {
  const server = createServer((req, res) => {
    let p = join(dist, decodeURIComponent((req.url ?? '/').split('?')[0]));
    if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
    if (!existsSync(p)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(p)] ?? 'application/octet-stream' }).end(readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    await new Promise((r) => server.close(r));
  }
}

const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

/** Bytes of every response a cold page load fetches (HTML, CSS, JS, fonts, images), by type. */
export async function pageWeight(origin: string, path: string): Promise<{ total: number; byType: Record<string, number>; scripts: number }> {
  const browser = await launch();
  const page = await browser.newPage();
  const byType: Record<string, number> = {};
  let scripts = 0;
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const t = r.request().resourceType();
    byType[t] = (byType[t] ?? 0) + body.length;
    if (t === 'script') scripts++;
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  await browser.close();
  return { total: Object.values(byType).reduce((a, b) => a + b, 0), byType, scripts };
}

/** Milliseconds from typing a query to the first result link, per query, once the index is loaded. */
export async function searchLatency(origin: string, queries: string[]): Promise<number[]> {
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
  await page.click('button[data-open-modal]');
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  // Warm-up: loads the index and the wasm engine, as a reader's first query does.
  await input.fill(queries[0]);
  await page.waitForSelector('.pagefind-ui__result-link');
  const out: number[] = [];
  for (const q of queries) {
    await input.fill('');
    await page.waitForFunction(() => !document.querySelector('.pagefind-ui__result-link'));
    // A string, not a function: tsx's transform would add helpers the page does not have.
    const ms = await page.evaluate(`(async () => {
      const el = document.querySelector('#starlight__search .pagefind-ui__search-input');
      const t0 = performance.now();
      el.value = ${JSON.stringify(q)};
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('.pagefind-ui__result-link') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    })()`) as number;
    out.push(ms);
  }
  await browser.close();
  return out;
}
