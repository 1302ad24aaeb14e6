/**
 * The authoring loop, tried as an author would: `npm run dev` on a copy of the content, an edit saved,
 * the page asked for again. Every kind of edit shows (a stage's fields, its body, the organisation
 * overlay, site.yaml), and an invalid edit shows the validation message in the browser instead of the
 * page as it was. The server runs on port 4660 (+ TEST_PORT_OFFSET) and never touches the project's files.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel, pathOf, PAGES } from '../../src/model/index.ts';
import { startDevServer, editFile, get, msUntilServed as served, proseFile, type DevServer } from '../../src/test/dev-server.ts';
import { EXAMPLE_ORG_ROOT } from '../../src/test/fixture.ts';
import { chromiumAvailable, launch } from './browser.ts';

const PORT = 4660 + Number(process.env.TEST_PORT_OFFSET ?? 0);
const m = loadModel();
const stage = `/${pathOf(m, 'stages', '2.4')}`;
/** Generous: the first request after a save may wait for Astro to re-sync content or to restart. */
const SHOWS_WITHIN_MS = 45_000;

describe('the authoring loop of npm run dev', () => {
  let dev: DevServer;
  const file = (p: string) => join(dev.contentRoot, p);
  /** msUntilServed, with what the server printed when the change never shows. */
  const msUntilServed = (...args: Parameters<typeof served>) =>
    served(...args).catch((e: Error) => {
      throw new Error(`${e.message}\nThe dev server printed, last:\n${dev.log().split('\n').slice(-40).join('\n')}`);
    });
  beforeAll(async () => {
    dev = await startDevServer(PORT, { orgSource: EXAMPLE_ORG_ROOT });
    const first = await get(dev.origin, stage);
    if (first.status !== 200) throw new Error(`${stage}: expected 200; found ${first.status}. The server printed:\n${dev.log()}`);
  }, 240_000);
  afterAll(async () => {
    await dev?.stop();
  }, 30_000);

  it("an edit to a stage's fields shows on the next load", async () => {
    expect((await get(dev.origin, stage)).html).not.toContain('edited in the authoring test');
    await msUntilServed(dev.origin, stage, () => editFile(proseFile(dev.contentRoot, 'stages', '2.4'), /^summary: .*$/m, 'summary: Preference tuning, edited in the authoring test.'),
      (p) => p.status === 200 && p.html.includes('Preference tuning, edited in the authoring test.'), SHOWS_WITHIN_MS);
  }, 60_000);

  it("an edit to a stage's body shows on the next load", async () => {
    await msUntilServed(dev.origin, stage, () => editFile(proseFile(dev.contentRoot, 'stages', '2.4'), /\n---\n/, '\n---\n\nA sentence added in the authoring test.\n'),
      (p) => p.status === 200 && p.html.includes('A sentence added in the authoring test.'), SHOWS_WITHIN_MS);
  }, 60_000);

  it("an edit to the organisation overlay shows in the coverage report", async () => {
    const page = `/${PAGES.coverage}`;
    expect((await get(dev.origin, page)).html).toContain('Annotation vendor quality audits');
    await msUntilServed(dev.origin, page, () => editFile(join(dev.orgRoot!, 'controls/EC-DATA-02.yaml'), /^title: .*$/m, 'title: Vendor audits, renamed in the authoring test'),
      (p) => p.status === 200 && p.html.includes('Vendor audits, renamed in the authoring test') && !p.html.includes('Annotation vendor quality audits'), SHOWS_WITHIN_MS);
  }, 60_000);

  it('an edit to site.yaml shows on the next load (the server restarts to take it)', async () => {
    await msUntilServed(dev.origin, stage, () => editFile(file('site.yaml'), /^title: (.*)$/m, 'title: $1 (authoring test)'),
      (p) => p.status === 200 && /<title>[^<]*\(authoring test\)<\/title>/.test(p.html), SHOWS_WITHIN_MS);
  }, 60_000);

  it.skipIf(!chromiumAvailable())('an invalid edit shows the validation message in the browser, not the page as it was; fixed, the page returns', async () => {
    await msUntilServed(dev.origin, stage, () => editFile(proseFile(dev.contentRoot, 'stages', '2.4'), /^layer: L2$/m, 'layer: L9'), (p) => p.status === 500, SHOWS_WITHIN_MS);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const res = await page.goto(`${dev.origin}${stage}`);
      expect(res?.status()).toBe(500);
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached', timeout: 20_000 });
      await expect.poll(() => overlay.evaluate((e) => e.shadowRoot?.textContent ?? ''), { timeout: 20_000 })
        .toMatch(/content\/stages\/2\.4\.mdx? → layer: expected an existing layer ID; found "L9", which matches no file in content\/layers\//);
      expect(await page.locator('main').count()).toBe(0);
    } finally {
      await browser.close();
    }
    await msUntilServed(dev.origin, stage, () => editFile(proseFile(dev.contentRoot, 'stages', '2.4'), /^layer: L9$/m, 'layer: L2'),
      (p) => p.status === 200 && p.html.includes('Preference tuning, edited in the authoring test.'), SHOWS_WITHIN_MS);
  }, 120_000);
});
