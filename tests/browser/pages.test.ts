/**
 * Every built page in headless Chromium, served under the base path (by real nginx with the shipped
 * server block and security headers where nginx is installed, as in CI): no console errors, no failed
 * requests, no request to any other origin, no CSP violation, and no WCAG 2.2 A/AA violation (axe-core)
 * in the light and the dark theme.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadModel, pathOf } from '../../src/model/index.ts';
import { BASE, htmlFiles, read, urlOf } from '../site/dist.ts';
import { axeViolations, chromiumAvailable, CHROMIUM, launch, visit } from './browser.ts';
import { serveSite, serveWithNode, nginxPath, type Served } from './servers.ts';

const inCI = !!process.env.CI;
const available = chromiumAvailable();
if (!available) {
  const msg = `Browser checks need Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium).`;
  if (inCI) throw new Error(`${msg} In CI a missing browser is a failure.`);
  console.warn(`\n⚠ SKIPPED: ${msg}\n`);
}
if (inCI && !nginxPath()) throw new Error('CI serves the site through nginx with the shipped config: apt-get install -y nginx');

const m = loadModel();
const pages = htmlFiles().filter((f) => !read(f).includes('http-equiv="refresh"')).map(urlOf);

describe.skipIf(!available)('every page in the browser', () => {
  let served: Served;
  let browser: Browser;
  const contexts: Record<'light' | 'dark', BrowserContext> = {} as never;

  beforeAll(async () => {
    served = await serveSite(4620);
    browser = await launch();
    for (const scheme of ['light', 'dark'] as const) contexts[scheme] = await browser.newContext({ colorScheme: scheme });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('is served by the configured server under the base path', () => {
    expect(served.kind).toBe(nginxPath() ? 'nginx' : 'node');
  });

  it('answers an unknown address with status 404 and the site\'s own error page', async () => {
    const { page, result } = await visit(contexts.light, served.origin, `${BASE}no-such-page/`);
    const title = await page.title();
    await page.close();
    expect(result.status).toBe(404);
    expect(title).toMatch(/^404\b/);
    expect({ console: result.consoleErrors.filter((e) => !/404/.test(e)), external: result.externalRequests, csp: result.cspViolations }).toEqual({ console: [], external: [], csp: [] });
  });

  it("shows the site's own error page through the Node fallback too, the server a machine without nginx uses", async () => {
    const fallback = await serveWithNode(4622 + Number(process.env.TEST_PORT_OFFSET ?? 0));
    try {
      const { page, result } = await visit(contexts.light, fallback.origin, `${BASE}no-such-page/`);
      const title = await page.title();
      await page.close();
      expect({ status: result.status, title: /^404\b/.test(title) }).toEqual({ status: 404, title: true });
      expect({ external: result.externalRequests, csp: result.cspViolations }).toEqual({ external: [], csp: [] });
    } finally {
      await fallback.close();
    }
  });

  it('follows a short alias to its page', async () => {
    const page = await contexts.light.newPage();
    await page.goto(`${served.origin}${BASE}s/2.4/`);
    await page.waitForURL(/\/stages\//);
    const path = new URL(page.url()).pathname;
    await page.close();
    expect(path).toBe(`${BASE}${pathOf(m, 'stages', '2.4')}`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme} theme`, () => {
      it.concurrent.each(pages)('%s loads cleanly and passes axe', async (url) => {
        const { page, result } = await visit(contexts[scheme], served.origin, url);
        const theme = await page.evaluate(() => document.documentElement.dataset.theme);
        const violations = await axeViolations(page);
        await page.close();
        expect(result.status).toBe(200);
        expect(theme).toBe(scheme);
        expect({ console: result.consoleErrors, failed: result.failedRequests, external: result.externalRequests, csp: result.cspViolations, axe: violations })
          .toEqual({ console: [], failed: [], external: [], csp: [], axe: [] });
      });
    });
  }
});
