/**
 * Every built page in headless Chromium, served under the base path (by real nginx with the shipped
 * server block and security headers where nginx is installed, as in CI): no console errors, no failed
 * requests, no request to any other origin, no CSP violation, and no WCAG 2.2 A/AA violation (axe-core)
 * in the light theme; in the dark theme, every page of each small section and a spread of six pages of each
 * large one (the index and entries across it). The dark theme changes colours, not markup, and the pages
 * of a section share one template and its components, so the sample sees every component in dark colours;
 * visiting all ~450 pages twice took this suite past 20 minutes of a 30-minute test budget.
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

/** Pages of each section (first path segment), all where a section has up to six, else six spread across it. */
function themeSample(urls: string[], base: string, per = 6): string[] {
  const sections = new Map<string, string[]>();
  for (const u of urls) {
    const section = u.slice(base.length).split('/')[0] ?? '';
    sections.set(section, [...(sections.get(section) ?? []), u]);
  }
  return [...sections.values()].flatMap((us) => {
    if (us.length <= per) return us;
    const sorted = [...us].sort();
    return [...new Set(Array.from({ length: per }, (_, i) => sorted[Math.round((i * (sorted.length - 1)) / (per - 1))]!))];
  });
}
const PAGES_BY_SCHEME = { light: pages, dark: themeSample(pages, BASE) } as const;

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

  it('checks the dark theme on a sample that reaches every section, with the index of each', () => {
    const sample = themeSample(pages, BASE);
    const sections = new Set(pages.map((u) => u.slice(BASE.length).split('/')[0]));
    expect(new Set(sample.map((u) => u.slice(BASE.length).split('/')[0]))).toEqual(sections);
    expect(sample).toContain(`${BASE}provisions/`);
    expect(sample.length).toBeLessThan(pages.length / 3);
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
      it.concurrent.each(PAGES_BY_SCHEME[scheme])('%s loads cleanly and passes axe', async (url) => {
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
