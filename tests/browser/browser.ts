/** Launching Debian's Chromium through playwright-core, and what a page did while it loaded. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = () => existsSync(CHROMIUM);

/** Flags for a closed network: without the background-networking ones Chromium phones home at start. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Visit {
  status: number | undefined;
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  cspViolations: string[];
}

/** Opens a page, recording console errors, failed and third-party requests and CSP violations. */
export async function visit(context: BrowserContext, origin: string, url: string): Promise<{ page: Page; result: Visit }> {
  const page = await context.newPage();
  const result: Visit = { status: undefined, consoleErrors: [], failedRequests: [], externalRequests: [], cspViolations: [] };
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => result.consoleErrors.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => { if (r.url().startsWith(origin)) result.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`); });
  page.on('response', (r) => { if (r.status() >= 400 && r.url() !== `${origin}${url}`) result.failedRequests.push(`${r.url()} (${r.status()})`); });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    result.externalRequests.push(u);
    return route.abort();
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'}`));
  });
  const response = await page.goto(`${origin}${url}`, { waitUntil: 'load' });
  result.status = response?.status();
  result.cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, result };
}

/** WCAG 2.2 A and AA rules of axe-core. Injected through the DevTools protocol, so the page's CSP is not loosened for it. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${AXE};0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
  });
  return violations;
}
