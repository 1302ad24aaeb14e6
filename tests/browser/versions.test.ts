/**
 * A frozen release in the browser, under the base path with the shipped security headers: its page loads
 * cleanly (no console error, failed or third-party request, CSP violation), carries the notice that leads to
 * the same page in the latest version, navigates inside the release, and its search finds only the release's
 * pages and keeps the reader in it. The latest version's permalink leads into the release.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readReleaseRecord } from '../../src/site/release-record.ts';
import { BASE, FROZEN } from '../site/dist.ts';
import { axeViolations, chromiumAvailable, launch, visit } from './browser.ts';
import { serveSite, type Served } from './servers.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// In a clone without the releases' commits (a shallow clone) no release is served, and this suite has nothing to open.
const served = existsSync(FROZEN) ? readReleaseRecord().filter((r) => readdirSync(FROZEN).includes(r.version)) : [];
const oldest = served[0];
/** A stage page of the oldest release, as its own stage index links it. */
const stagePath = oldest && readdirSync(join(FROZEN, oldest.version, 'stages'), { withFileTypes: true }).find((d) => d.isDirectory() && d.name.startsWith('2-4-'))?.name;

describe.skipIf(!chromiumAvailable() || !oldest)('a frozen release in the browser', () => {
  let site: Served;
  let browser: Browser;
  let context: BrowserContext;
  const vbase = `${BASE}v/${oldest?.version}/`;
  const url = `${vbase}stages/${stagePath}/`;

  beforeAll(async () => {
    site = await serveSite(4641);
    browser = await launch();
    context = await browser.newContext();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('loads cleanly under the security headers, with the notice leading to the same page in the latest version', async () => {
    const { page, result } = await visit(context, site.origin, url);
    expect(result).toEqual({ status: 200, consoleErrors: [], failedRequests: [], externalRequests: [], cspViolations: [] });
    const notice = page.locator('.llmsl-version-notice');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(`Version ${oldest.version}, released ${oldest.date} and kept as it was then.`);
    // axe-core (injected through the DevTools protocol, as axeViolations does), on the notice only: the rest of the
    // page is the release as it was built, checked when it was.
    await page.evaluate(`${AXE};0`);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: string, o: object): Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run('.llmsl-version-notice', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const link = notice.getByRole('link', { name: 'This page in the latest version' });
    const target = await link.getAttribute('href');
    expect(target).toBe(`${BASE}stages/${stagePath}/`);
    await link.click();
    await page.waitForURL((u) => u.pathname === target);
    expect(await page.locator('.llmsl-version-notice').count()).toBe(0);
    await page.close();
  });

  it('navigates inside the release: every sidebar link stays in it', async () => {
    const { page } = await visit(context, site.origin, url);
    const links = await page.$$eval('nav.sidebar a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(5);
    expect(links.filter((l) => !l.startsWith(vbase))).toEqual([]);
    await page.locator('nav.sidebar a[href]').nth(1).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith(vbase)).toBe(true);
    expect(await page.locator('.llmsl-version-notice').count()).toBe(1);
    await page.close();
  });

  it('searches only the release and keeps the reader in it', async () => {
    const { page } = await visit(context, site.origin, url);
    await page.waitForSelector('#starlight__search .pagefind-ui__search-input', { state: 'attached' });
    await page.click('button[data-open-modal]');
    await page.locator('#starlight__search .pagefind-ui__search-input').fill('Alignment');
    await page.waitForSelector('.pagefind-ui__result-link');
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(vbase))).toEqual([]);
    await page.locator('.pagefind-ui__result-link').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith(vbase)).toBe(true);
    expect(await page.locator('.llmsl-version-notice').count()).toBe(1);
    await page.close();
  });

  it('the Versions page and the version line of the latest version load cleanly and pass axe', async () => {
    for (const path of ['versions/', `stages/${stagePath}/`]) {
      const { page, result } = await visit(context, site.origin, `${BASE}${path}`);
      expect(result).toEqual({ status: 200, consoleErrors: [], failedRequests: [], externalRequests: [], cspViolations: [] });
      expect(await page.locator('.version-line').textContent()).toContain('Content version');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('is reached from the latest version by the permalink of the latest release', async () => {
    const latest = served.at(-1)!;
    const { page } = await visit(context, site.origin, `${BASE}about/`);
    await page.locator('a[data-permalink]').click();
    await page.waitForURL((u) => u.pathname.startsWith(`${BASE}v/${latest.version}/`));
    expect(new URL(page.url()).pathname).toBe(`${BASE}v/${latest.version}/about/`);
    expect(await page.locator('.llmsl-version-notice').count()).toBe(1);
    await page.close();
  });
});
