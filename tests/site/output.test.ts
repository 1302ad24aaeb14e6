/**
 * Properties of the build output itself: valid HTML, byte-identical rebuilds, and content fields that
 * carry markup rendered as text.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { afterAll, describe, expect, it } from 'vitest';
import { internalBuild, internalLabel, loadModel, pathOf, readOverlay, validateContent } from '../../src/model/index.ts';
import { CARD, drawCard } from '../../src/og/render.ts';
import { imageJobs } from '../../src/site/image-jobs.ts';
import { siteConfig } from '../../src/site/config.ts';
import { cleanFixtures, EXAMPLE_ORG_ROOT, fixture } from '../../src/test/fixture.ts';
import { buildSite, fileHashes } from './build.ts';
import { BASE, DIST, htmlFiles, SITE } from './dist.ts';

const temp: string[] = [];
const tmp = (p: string) => (temp.push(mkdtempSync(join(tmpdir(), p))), temp.at(-1)!);
// Removing four build outputs (some 1,300 files each) can take longer than a hook's default 10 s on a busy machine.
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
  cleanFixtures();
}, 120_000);

describe('the HTML', () => {
  it('is valid on every page (html-validate, standard rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const msg of r.messages) problems.push(`${file.slice(DIST.length)}:${msg.line}:${msg.column} ${msg.ruleId}: ${msg.message}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Every string of the example overlay that identifies the organisation or its data: names, IDs, owners, places, reasons. */
function overlayStrings(): string[] {
  const { draft } = readOverlay(EXAMPLE_ORG_ROOT);
  const org = draft.organisation!.data;
  return [...new Set([
    org.name,
    ...org.skips.map((s) => s.reason),
    ...org.handoffs.flatMap((h) => [h.owner, h.evidenceLocation]),
    ...draft.controls.flatMap((c) => [c.id, c.data.title, c.data.owner, c.data.evidenceLocation]),
  ])];
}

/**
 * Every file of a build output as text in which a string can be searched: Pagefind's fragments and
 * indexes decompressed (they are gzip files), PNG images left out (their pixels hold no searchable
 * text; the cards' text is checked through what they draw).
 */
function outputTexts(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    const rel = relative(dir, file);
    if (rel.endsWith('.png') || rel.endsWith('.woff2') || rel.endsWith('.woff') || rel.endsWith('.wasm')) continue;
    const bytes = readFileSync(file);
    out.set(rel, (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'));
  }
  return out;
}

describe('a second clean build of the same commit, from a fork whose overlay PUBLIC_BUILD=1 leaves out', () => {
  let out: string;
  it('is byte-identical to the first, which had no overlay at all', () => {
    out = tmp('llmsl-rebuild-');
    rmSync('node_modules/.astro', { recursive: true, force: true });
    // OG_CACHE=0: every image is drawn again, so the comparison proves the drawing itself deterministic.
    // The overlay is there (ORG_ROOT) and PUBLIC_BUILD=1 leaves it out: the same bytes prove that nothing of it,
    // pages, search index, data files or images, reaches a public build.
    buildSite(join(out, 'dist'), { BASE_PATH: BASE, ...(SITE ? { SITE_URL: SITE } : {}), NGINX_CONF_DIR: join(out, 'nginx'), OG_CACHE: '0', ORG_ROOT: 'examples/org', PUBLIC_BUILD: '1' });
    const a = fileHashes(DIST);
    const b = fileHashes(join(out, 'dist'));
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(differing).toEqual([]);
    expect(readFileSync(join(out, 'nginx', 'security-headers.conf'), 'utf8')).toBe(readFileSync('deploy/nginx/generated/security-headers.conf', 'utf8'));
  }, 180_000);

  it('holds none of the overlay\'s identifiers, names, owners or places in any file, search index included', () => {
    const strings = overlayStrings();
    expect(strings).toContain('Example Corp (fictional)');
    expect(strings).toContain('EC-DATA-01');
    const texts = outputTexts(join(out, 'dist'));
    // The search index is searched decompressed: a term of the site is found there, so the check can find one.
    const fragments = [...texts.entries()].filter(([f]) => f.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some(([, t]) => t.includes('Alignment'))).toBe(true);
    const found = [...texts.entries()].flatMap(([file, text]) => strings.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });

  it('carries no internal marker: no robots.txt, no noindex header or meta on pages, no "Internal" badge or print line', () => {
    const dist = join(out, 'dist');
    expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).not.toMatch(/X-Robots-Tag/i);
    expect(readFileSync(join(out, 'nginx', 'security-headers.conf'), 'utf8')).not.toMatch(/X-Robots-Tag/i);
    // Redirect pages say noindex (not nofollow) in every build; the hosting guide names the markers in its prose.
    const marked = htmlFiles(dist).filter((f) => /<meta name="robots" content="[^"]*nofollow|class="internal-(badge|print)/.test(readFileSync(f, 'utf8')));
    expect(marked).toEqual([]);
    expect(existsSync(join(dist, 'coverage'))).toBe(false);
  });

  it('draws social cards without the overlay\'s strings or an internal marker', () => {
    // What the build draws: the cards of a public build (no organisation, no marker), as text in their trees.
    const trees = JSON.stringify(imageJobs(loadModel(), siteConfig().title).map((j) => j.tree));
    for (const s of overlayStrings()) expect(trees).not.toContain(s);
    // The marker is "Internal · <organisation>"; the word alone is in provision names ("Internal audit").
    expect(trees).not.toContain('Internal ·');
  });
});

describe('a build over the output of an earlier one', () => {
  it('leaves the folder byte-identical to a build into an empty one: everything rewritten, leftovers removed', () => {
    const out = tmp('llmsl-over-');
    const dist = join(out, 'dist');
    cpSync(DIST, dist, { recursive: true });
    // What an older build left: a page, an image and a search-index fragment that no longer exist, and a page since changed.
    const leftovers = ['stages/2-99-gone/index.html', 'og/stages/2-99-gone.png', 'pagefind/fragment/en_0000000.pf_fragment'];
    for (const f of leftovers) {
      mkdirSync(dirname(join(dist, f)), { recursive: true });
      writeFileSync(join(dist, f), 'left over');
    }
    writeFileSync(join(dist, 'index.html'), 'an older home page');
    buildSite(dist, { BASE_PATH: BASE, ...(SITE ? { SITE_URL: SITE } : {}), NGINX_CONF_DIR: join(out, 'nginx'), OG_CACHE: '0' });
    const a = fileHashes(DIST);
    const b = fileHashes(dist);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(differing).toEqual([]);
    for (const f of leftovers) expect(existsSync(join(dist, f)), f).toBe(false);
    expect(existsSync(join(dist, 'stages', '2-99-gone'))).toBe(false);
  }, 180_000);
});

describe('an organisation build', () => {
  let out: string;
  it('adds the coverage report of the overlay, which the public build leaves out', () => {
    expect(existsSync(join(DIST, 'coverage'))).toBe(false);
    expect(existsSync(join(DIST, 'data', 'coverage.json'))).toBe(false);
    expect(existsSync(join(DIST, 'data', 'oscal', 'profile.json'))).toBe(false);
    out = tmp('llmsl-org-');
    // LLMSL_VERSIONS=0 (here and below): these builds check the latest version's pages only; the frozen releases
    // of another address would be built afresh, at a minute or more each.
    buildSite(join(out, 'dist'), { BASE_PATH: BASE, ORG_ROOT: 'examples/org', NGINX_CONF_DIR: join(out, 'nginx'), LLMSL_VERSIONS: '0' });
    const html = readFileSync(join(out, 'dist', 'coverage', 'index.html'), 'utf8');
    const m = validateContent().model;
    for (const s of m.stages) expect(html).toContain(`href="${BASE}${pathOf(m, 'stages', s.id)}"`);
    const report = JSON.parse(readFileSync(join(out, 'dist', 'data', 'coverage.json'), 'utf8'));
    expect(report).toBeTypeOf('object');
    const profile = JSON.parse(readFileSync(join(out, 'dist', 'data', 'oscal', 'profile.json'), 'utf8'));
    expect(profile.profile.imports[0].href).toBe('catalog.json');
    expect(readFileSync(join(out, 'dist', 'index.html'), 'utf8')).toContain(`href="${BASE}coverage/"`);

    // The fork's own page (examples/org/pages/release-procedure.mdx): in the sidebar, with live model and overlay data.
    expect(existsSync(join(DIST, 'org'))).toBe(false);
    const page = readFileSync(join(out, 'dist', 'org', 'release-procedure', 'index.html'), 'utf8');
    expect(readFileSync(join(out, 'dist', 'index.html'), 'utf8')).toContain(`href="${BASE}org/release-procedure/"`);
    for (const e of m.byId.handoffs.get('H2')!.data.evidence) expect(page).toContain(`<td>${e.artifact.replace(/&/g, '&amp;')}</td>`);
    for (const id of ['2.6', '2.7', '2.8', '2.9']) {
      const row = report.stages.find((r: { stage: string }) => r.stage === id);
      expect(page).toMatch(new RegExp(`${pathOf(m, 'stages', id)}"><span class="unit-id">${id.replace('.', '\\.')}</span>[^<]*</a></td> <td><span class="coverage-status" data-status="${row.status}"`));
    }
    expect(page).not.toContain('<UnitLink');
  }, 180_000);

  it('is internal without any flag: every page and redirect says noindex, nofollow; so do both headers files; robots.txt disallows all', () => {
    const dist = join(out, 'dist');
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(200);
    const unmarked = pages.filter((f) => !/<meta name="robots" content="noindex, nofollow"\/?>/.test(readFileSync(f, 'utf8')));
    expect(unmarked).toEqual([]);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain('\n  X-Robots-Tag: noindex, nofollow\n');
    expect(readFileSync(join(out, 'nginx', 'security-headers.conf'), 'utf8')).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(/^User-agent: \*\nDisallow: \/\n/m);
  });

  it('names the organisation beside the site title on every page, and in a line that prints', () => {
    const dist = join(out, 'dist');
    const missing = htmlFiles(dist)
      .filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
      .filter((f) => {
        const html = readFileSync(f, 'utf8');
        return !/<span class="internal-badge[^"]*"><strong[^>]*>Internal<\/strong> · Example Corp \(fictional\)<\/span>/.test(html) || !html.includes('Internal · Example Corp (fictional): not for publication');
      });
    expect(missing).toEqual([]);
  });

  it('marks every social card internal in its footer, as the build drew it', async () => {
    const m = loadModel();
    const internal = internalBuild(m, { ORG_ROOT: 'examples/org' })!;
    const cards = imageJobs(m, siteConfig().title, internal.organisation, internalLabel(internal)).filter((j) => j.parts);
    expect(cards.length).toBeGreaterThan(200);
    for (const c of cards) expect(JSON.stringify(c.parts!.footer), c.file).toContain('Internal · Example Corp (fictional)');
    // The home page's card as built is that drawing, pixel for pixel.
    const home = cards.find((c) => c.file === 'og/index.png')!;
    expect((await drawCard(home.parts!, CARD)).equals(readFileSync(join(out, 'dist', home.file)))).toBe(true);
  }, 60_000);
});

describe('content fields holding markup', () => {
  it('are rendered as text, never as elements', () => {
    const root = fixture(
      { file: 'stages/2.4.mdx', replace: /^summary: .*$/m, with: `summary: 'Prompts such as <script>alert("pwned")</script> are data, not code.'` },
      { file: 'stages/2.4.mdx', replace: /^aliases: \[/m, with: `aliases: ['"><img src=x onerror=alert(1)>', ` },
      { file: 'stages/2.4.mdx', replace: /^  access: .*$/m, with: `  access: '<iframe src="https://evil.example/"></iframe> reaches the model'` },
    );
    expect(validateContent(root).issues).toEqual([]);
    const out = tmp('llmsl-inert-');
    buildSite(join(out, 'dist'), { BASE_PATH: BASE, CONTENT_ROOT: root, NGINX_CONF_DIR: join(out, 'nginx'), LLMSL_VERSIONS: '0' });
    const html = readFileSync(join(out, 'dist', pathOf(validateContent(root).model, 'stages', '2.4'), 'index.html'), 'utf8');
    // Parse the page as a browser would and look at the elements it creates.
    const injected: string[] = [];
    walkSync(parse(html), (node) => {
      if (node.type !== ELEMENT_NODE) return;
      const attrs = node.attributes as Record<string, string>;
      if (node.name === 'script' && node.children.some((c) => 'value' in c && String(c.value).includes('pwned'))) injected.push('script');
      if (node.name === 'iframe') injected.push('iframe');
      if (Object.keys(attrs).some((a) => a.startsWith('on'))) injected.push(`${node.name}[on…]`);
    });
    expect(injected).toEqual([]);
    // The text is still there for readers, escaped.
    expect(html).toContain('&lt;iframe src=&quot;https://evil.example/&quot;&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  }, 180_000);
});
