/**
 * Print: stage cards print on one page on A4 and on Letter, the deck prints one card per page, and a
 * printed stage page carries no site chrome but keeps its content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadModel, pathOf, slugOf } from '../../src/model/index.ts';
import { BASE } from '../site/dist.ts';
import { chromiumAvailable, launch } from './browser.ts';
import { serveSite, type Served } from './servers.ts';

const m = loadModel();
/** Pages in a PDF: Chromium writes one `/Type /Page` object per page. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.skipIf(!chromiumAvailable())('printing', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    served = await serveSite(4631);
    browser = await launch();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it.each(m.stages.map((s) => s.id))('the card of stage %s prints on one page, on A4 and on Letter', async (id) => {
    await page.goto(`${served.origin}${BASE}cards/${slugOf(m, 'stages', id)}/`, { waitUntil: 'load' });
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format })), format).toBe(1);
  });

  it('the deck prints one card per page', async () => {
    await page.goto(`${served.origin}${BASE}cards/`, { waitUntil: 'load' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(m.stages.length);
  }, 60_000);

  it('a stage page prints without header, sidebar or search, with its threats and footnoted card links', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.origin}${BASE}${pathOf(m, 'stages', '2.8')}`, { waitUntil: 'load' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    expect(await visible('header.header')).toBe(false);
    expect(await visible('nav.sidebar')).toBe(false);
    expect(await visible('site-search')).toBe(false);
    expect(await visible('#threats')).toBe(true);
    await page.goto(`${served.origin}${BASE}cards/${slugOf(m, 'stages', '2.8')}/`, { waitUntil: 'load' });
    expect(await visible('.sc-links')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await visible('.sc-links')).toBe(false);
  });

  it('a page of the public build prints no "Internal" line (internal builds: tests/browser/internal.test.ts)', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${served.origin}${BASE}${pathOf(m, 'stages', '2.4')}`, { waitUntil: 'load' });
    const text = await page.locator('main').innerText();
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.internal-print, .internal-badge').count()).toBe(0);
    expect(text).not.toMatch(/\bInternal ·/);
  });
});
