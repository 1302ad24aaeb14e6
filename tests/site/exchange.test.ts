/**
 * The exchange formats in the built site (`npm run build` first): the ATLAS Navigator layers, the STIX 2.1
 * bundle and the workbook are written under data/, are the bytes the core gives for this build's address,
 * version and time, link only to pages that exist, and are listed on the Data exports page with their sizes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/index.ts';
import { navigatorLayers, stageLayerName, type NavigatorLayer } from '../../src/model/navigator.ts';
import { SOURCE_NAME, stixBundle, type StixBundle } from '../../src/model/stix.ts';
import { workbookXlsx } from '../../src/model/workbook.ts';
import { siteConfig } from '../../src/site/config.ts';
import { EXCHANGE_PATHS, formatSize } from '../../src/site/exchange.ts';
import { manifest } from '../../scripts/bundle/bundle.ts';
import { contentLastModified, contentVersion } from '../../src/site/version.ts';
import { BASE, DIST, idsIn, read, resolveLink, SITE } from './dist.ts';

const m = loadModel();
const OPTIONS = { version: contentVersion(), lastModified: contentLastModified(), publisher: siteConfig().publisher, basePath: BASE, siteUrl: SITE };
const DATA = join(DIST, 'data');
const dataPage = read(join(DATA, 'index.html'));
const bytes = (rel: string) => readFileSync(join(DATA, rel));

/** Whether a link written into an export reaches a built page (and its fragment, when it has one). */
function reaches(link: string): string | undefined {
  const local = SITE && link.startsWith(SITE) ? link.slice(SITE.length) : link;
  const r = resolveLink(local, `${BASE}data/`);
  if (r.external) return `${link}: points off the site`;
  if (!r.file) return `${link}: ${r.reason}`;
  if (r.fragment && !idsIn(read(r.file)).has(r.fragment)) return `${link}: no element with id "${r.fragment}"`;
  return undefined;
}
/** The data page lists a file by its link and its size as read from the built file. */
const listsWithSize = (rel: string) => {
  const size = formatSize(statSync(join(DATA, rel)).size);
  expect(dataPage, rel).toMatch(new RegExp(`href="${BASE}data/${rel.replace(/[.]/g, '\\.')}"[^>]*><code>[^<]+</code></a> \\(${size.replace('.', '\\.')}\\)|href="${BASE}data/${rel.replace(/[.]/g, '\\.')}"[^>]*><code>[^<]+</code></a></td><td class="num">${size.replace('.', '\\.')}<`));
};

describe('ATLAS Navigator layers', () => {
  const files = readdirSync(join(DATA, 'navigator')).sort();
  const validate = new Ajv().compile(JSON.parse(readFileSync(join(process.cwd(), 'src', 'schemas', 'navigator', 'layer-4.5.schema.json'), 'utf8')));

  it('are written for the whole model and each stage, as the core gives them for this build', () => {
    const expected = navigatorLayers(m, OPTIONS);
    expect(files).toEqual(['model', ...m.stages.map((s) => stageLayerName(s.id))].map((n) => `${n}.json`).sort());
    for (const [name, layer] of expected) expect(bytes(`navigator/${name}.json`).toString('utf8'), name).toBe(`${JSON.stringify(layer, null, 2)}\n`);
  });

  it('validate against the pinned layer format and link only to stage pages that exist', () => {
    const problems: string[] = [];
    for (const f of files) {
      const layer = JSON.parse(bytes(`navigator/${f}`).toString('utf8')) as NavigatorLayer;
      if (!validate(layer)) problems.push(`${f}: ${JSON.stringify(validate.errors)}`);
      for (const l of [...(layer.links ?? []), ...layer.techniques.flatMap((t) => t.links ?? [])]) {
        const p = reaches(l.url);
        if (p) problems.push(`${f}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are listed on the Data exports page with their sizes', () => {
    for (const f of files) listsWithSize(`navigator/${f}`);
  });
});

describe('STIX 2.1 bundle', () => {
  const text = bytes('stix/bundle.json').toString('utf8');
  const bundle = JSON.parse(text) as StixBundle;

  it('is the bundle the core gives for this build, byte for byte', () => {
    expect(text).toBe(`${JSON.stringify(stixBundle(m, OPTIONS), null, 2)}\n`);
  });

  it('links each object back to a page that exists', () => {
    const links = bundle.objects.flatMap((x) => (x.external_references ?? []).filter((r) => r.source_name === SOURCE_NAME && r.url).map((r) => r.url!));
    if (SITE) expect(links.length).toBeGreaterThan(m.stages.length);
    expect(links.map(reaches).filter(Boolean)).toEqual([]);
  });

  it('is listed on the Data exports page with its size', () => listsWithSize('stix/bundle.json'));
});

describe('workbook', () => {
  it('is the workbook the core gives for this build, byte for byte', async () => {
    expect(bytes('workbook.xlsx').equals(await workbookXlsx(m, OPTIONS))).toBe(true);
  });

  it('reads back with a frozen header, filters, and links to pages that exist', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes('workbook.xlsx') as unknown as ArrayBuffer);
    const problems: string[] = [];
    let links = 0;
    for (const w of wb.worksheets) {
      if (w.views[0]?.state !== 'frozen') problems.push(`${w.name}: header not frozen`);
      if (!w.autoFilter) problems.push(`${w.name}: no filter`);
      w.eachRow((row) => row.eachCell((cell) => {
        const v = cell.value as { hyperlink?: string } | null;
        if (!v || typeof v !== 'object' || !v.hyperlink) return;
        links++;
        const p = reaches(SITE ? v.hyperlink : new URL(v.hyperlink, `http://site${BASE}data/`).pathname + new URL(v.hyperlink, `http://site${BASE}data/`).hash);
        if (p) problems.push(`${w.name} ${cell.address}: ${p}`);
      }));
    }
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(m.stages.length);
  });

  it('is listed on the Data exports page with its size', () => listsWithSize('workbook.xlsx'));
});

describe('the release bundle', () => {
  it('carries every exchange file: each is in the manifest of what `npm run bundle` packs', () => {
    const packed = new Set(manifest(DIST).map((e) => e.path));
    for (const rel of [EXCHANGE_PATHS.navigator('model'), ...m.stages.map((s) => EXCHANGE_PATHS.navigator(stageLayerName(s.id))), EXCHANGE_PATHS.stix, EXCHANGE_PATHS.workbook])
      expect(packed.has(rel), rel).toBe(true);
  });
});
