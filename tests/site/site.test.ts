/**
 * Integration tests over the built site (`npm run build` first): a page per entry, every internal link
 * and fragment resolves, short aliases redirect, and the search index holds the identifiers people type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationOf, completeAsymmetry, formatDay, incidentKindCounts, loadModel, pathOf, scheduleOf, shortAliases, type Routed } from '../../src/model/index.ts';
import { crossReferenceRows, EXPORT_COLLECTIONS } from '../../src/model/export.ts';
import { INCIDENT_KIND_COUNTED } from '../../src/site/labels.ts';
import { BASE, DIST, htmlFiles, idsIn, linksIn, read, resolveLink, urlOf } from './dist.ts';

const m = loadModel();
const routed: Routed[] = ['layers', 'stages', 'llmops', 'categories', 'provisions', 'handoffs', 'actors', 'frameworks', 'incidents'];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ has no build: run `npm run build` before `npm run test:site`');
});

describe('a page per entry', () => {
  for (const c of routed) {
    it.each(m[c].map((e) => e.id))(`${c} %s has a page that names it`, (id) => {
      const file = join(DIST, pathOf(m, c, id), 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = read(file);
      const e = m.byId[c].get(id) as { data: { name?: string; label?: string } };
      expect(html).toContain(e.data.name ?? e.data.label!);
    });
  }
});

describe('links', () => {
  const pages = htmlFiles();
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => ids.get(file) ?? ids.set(file, idsIn(read(file))).get(file)!;

  it('the build has every page', () => expect(pages.length).toBeGreaterThan(150));

  it('every internal link and fragment on every page resolves', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = read(file);
      if (html.includes('http-equiv="refresh"')) continue; // redirect stubs are checked below
      const from = urlOf(file);
      for (const link of linksIn(html)) {
        if (link === '' || link.startsWith('#') && idsOf(file).has(link.slice(1))) continue;
        const r = resolveLink(link, from);
        if (r.external) continue;
        if (!r.file) broken.push(`${from} → ${link} (${r.reason})`);
        else if (r.fragment && r.file.endsWith('.html') && !idsOf(r.file).has(r.fragment)) broken.push(`${from} → ${link} (no id "${r.fragment}")`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page repeats an id (generated sections never collide with headings written in prose)', () => {
    const dupes: string[] = [];
    for (const file of pages) {
      const all = [...read(file).matchAll(/\sid="([^"]+)"/g)].map((x) => x[1]);
      const seen = new Set<string>();
      for (const id of all) seen.has(id) ? dupes.push(`${urlOf(file)}#${id}`) : seen.add(id);
    }
    expect(dupes).toEqual([]);
  });

  it('stage pages link to their provisions, sub-stages, categories and actors', () => {
    const s = m.byId.stages.get('2.4')!;
    const html = read(join(DIST, pathOf(m, 'stages', '2.4'), 'index.html'));
    const hrefs = new Set(linksIn(html));
    for (const g of s.data.categories) expect(hrefs).toContain(BASE + pathOf(m, 'categories', g));
    for (const l of s.data.llmops) expect(hrefs).toContain(BASE + pathOf(m, 'llmops', l));
    for (const a of s.data.attackSurface.actors) expect(hrefs).toContain(BASE + pathOf(m, 'actors', a));
    for (const p of m.provisions.filter((p) => p.data.stages.some((x) => x.stage === '2.4'))) expect(hrefs).toContain(BASE + pathOf(m, 'provisions', p.id));
  });

  it('every short alias redirects to its entry page', () => {
    for (const { from, to } of shortAliases(m)) {
      const file = join(DIST, from, 'index.html');
      expect(existsSync(file), from).toBe(true);
      expect(read(file)).toContain(`${BASE}${to}`);
    }
  });
});

describe('numbers on pages come from the data', () => {
  it('the claims ledger shows each claim with its computed value', () => {
    const html = read(join(DIST, 'claims', 'index.html'));
    for (const c of m.claims) expect(html).toContain(`id="${c.id}"`);
  });
  it('every EU provision page shows the derived date of each scope it names, with the day it was checked', () => {
    for (const p of m.provisions.filter((x) => x.data.framework === 'eu-ai-act')) {
      const html = read(join(DIST, pathOf(m, 'provisions', p.id), 'index.html'));
      for (const s of applicationOf(m, p)) {
        const item = new RegExp(`<li data-scope="${s.id}">([\\s\\S]*?)</li>`).exec(html)?.[1];
        expect(item, `${p.id}: ${s.id}`).toBeDefined();
        expect(item).toContain(formatDay(s.date));
        expect(item).toContain(`checked ${formatDay(s.checked)}`);
        if (s.history.length > 1) expect(item).toContain(`Originally ${formatDay(s.history[0].date)}`);
      }
    }
  });
  it('the provisions index lists every scope of the EU schedule with its date in force', () => {
    const html = read(join(DIST, 'provisions', 'index.html'));
    for (const s of scheduleOf(m, 'eu-ai-act')!.scopes) expect(html).toMatch(new RegExp(`<tr data-scope="${s.id}">[\\s\\S]*?${formatDay(s.date)}`));
  });
  it('the incidents index counts each kind from the data', () => {
    const html = read(join(DIST, 'incidents', 'index.html'));
    for (const k of incidentKindCounts(m).filter((x) => x.count > 0)) expect(html).toContain(`${k.count} ${INCIDENT_KIND_COUNTED[k.kind][k.count === 1 ? 0 : 1]}`);
  });
});

describe('the complete frameworks on the pages', () => {
  const m = loadModel();
  const file = (path: string) => join(DIST, path, 'index.html');
  it('each governance framework has a landing page listing every one of its provisions', () => {
    for (const f of ['nist-ai-rmf', 'nist-ai-600-1', 'eu-ai-act', 'iso-42001'] as const) {
      const html = readFileSync(file(`frameworks/${f}`), 'utf8');
      for (const p of m.provisions.filter((x) => x.data.framework === f)) expect(html, p.id).toContain(`${BASE}${pathOf(m, 'provisions', p.id)}`);
    }
  });
  it('the asymmetry page states the complete-framework counts the model computes', () => {
    const a = completeAsymmetry(m);
    const html = readFileSync(file('asymmetry'), 'utf8');
    expect(html).toContain(`Over ${a.units} counted obligations`);
    expect(html).toContain(`${a.upstream['decision-shaping']} of ${a.upstream.total}`);
  });
  it('only pages with a filtered table load the filters\' stylesheet', () => {
    expect(readFileSync(file(''), 'utf8')).not.toContain('filters.css');
    expect(readFileSync(file('provisions'), 'utf8')).toContain(`${BASE}filters.css`);
  });
});

describe('data exports', () => {
  it('are written for every collection, with schemas, figures and CSV tables', () => {
    for (const c of EXPORT_COLLECTIONS) {
      const data = JSON.parse(read(join(DIST, 'data', `${c}.json`))) as { id: string }[];
      expect(data.map((e) => e.id)).toEqual(m[c].map((e) => e.id));
      expect(JSON.parse(read(join(DIST, 'data', 'schema', `${c}.schema.json`)))).toHaveProperty('type', 'array');
    }
    expect(JSON.parse(read(join(DIST, 'data', 'statistics.json')))).toHaveProperty('claims');
    for (const t of Object.keys(crossReferenceRows(m))) expect(read(join(DIST, 'data', `${t}.csv`)).split('\n')[0]).toMatch(/^[a-z]+,/);
  });
});

describe('search index', () => {
  // Pagefind stores page URLs relative to the site root; the search UI prefixes the base at run time.
  const dir = join(DIST, 'pagefind', 'fragment');
  const fragments = () =>
    readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
      return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string; meta: { title: string }; filters: Record<string, string[]> };
    });

  it('indexes every entry page with its type', () => {
    const all = fragments();
    const byUrl = new Map(all.map((f) => [f.url, f]));
    for (const c of ['stages', 'llmops', 'categories', 'provisions', 'handoffs'] as const)
      for (const e of m[c]) {
        const f = byUrl.get(`/${pathOf(m, c, e.id)}`);
        expect(f, `${c} ${e.id}`).toBeDefined();
        expect(Object.keys(f!.filters)).toContain('type');
      }
  });

  it.each([
    ['2.4', 'stages', '2.4'],
    ['L.7', 'llmops', 'L.7'],
    ['G.5', 'categories', 'G.5'],
    ['Art. 14', 'provisions', 'eu-art-14'],
    ['GOVERN 1.1', 'provisions', 'nist-govern-1-1'],
    ['A.10.3', 'provisions', 'iso-a-10-3'],
  ] as const)('holds the identifier "%s" in the title of its page', (query, c, id) => {
    const f = fragments().find((x) => x.url === `/${pathOf(m, c, id)}`)!;
    expect(f.meta.title).toContain(query);
  });
});

describe('social cards', () => {
  const pages = htmlFiles().filter((f) => !read(f).includes('http-equiv="refresh"'));
  const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

  it('every page has an og:image of 1200×630 that exists, with alt text and a twitter:image', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = read(file);
      const from = urlOf(file);
      const image = meta(html, 'og:image');
      if (!image) { problems.push(`${from}: no og:image`); continue; }
      if (meta(html, 'twitter:image') !== image) problems.push(`${from}: twitter:image differs from og:image`);
      if (!meta(html, 'og:image:alt')) problems.push(`${from}: no og:image:alt`);
      const r = resolveLink(image.replace(/^https?:\/\/[^/]+/, ''), from);
      if (!r.file) { problems.push(`${from}: ${image} (${r.reason})`); continue; }
      const png = readFileSync(r.file);
      if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630) problems.push(`${from}: ${image} is not 1200×630`);
    }
    expect(problems).toEqual([]);
  });

  it('each entry page has its own card, named in the alt text', () => {
    const s = m.stages[0];
    const html = read(join(DIST, pathOf(m, 'stages', s.id), 'index.html'));
    expect(meta(html, 'og:image')).toMatch(new RegExp(`og/${pathOf(m, 'stages', s.id).replace(/\/$/, '')}\\.png$`));
    expect(meta(html, 'og:image:alt')).toContain(`${s.id} ${s.data.name}`);
  });
});
