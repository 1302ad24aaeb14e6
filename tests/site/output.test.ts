/**
 * Properties of the build output itself: valid HTML, byte-identical rebuilds, and content fields that
 * carry markup rendered as text.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';
import { afterAll, describe, expect, it } from 'vitest';
import { pathOf, validateContent } from '../../src/model/index.ts';
import { cleanFixtures, fixture } from '../../src/test/fixture.ts';
import { buildSite, fileHashes } from './build.ts';
import { BASE, DIST, htmlFiles, SITE } from './dist.ts';

const temp: string[] = [];
const tmp = (p: string) => (temp.push(mkdtempSync(join(tmpdir(), p))), temp.at(-1)!);
// Removing the builds' copies (each with the frozen releases under v/) can take more than the default 10 s on a busy machine.
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
  cleanFixtures();
}, 60_000);

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

describe('a second clean build of the same commit', () => {
  it('is byte-identical to the first', () => {
    const out = tmp('llmsl-rebuild-');
    rmSync('node_modules/.astro', { recursive: true, force: true });
    // OG_CACHE=0: every image is drawn again, so the comparison proves the drawing itself deterministic.
    buildSite(join(out, 'dist'), { BASE_PATH: BASE, ...(SITE ? { SITE_URL: SITE } : {}), NGINX_CONF_DIR: join(out, 'nginx'), OG_CACHE: '0' });
    const a = fileHashes(DIST);
    const b = fileHashes(join(out, 'dist'));
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(differing).toEqual([]);
    expect(readFileSync(join(out, 'nginx', 'security-headers.conf'), 'utf8')).toBe(readFileSync('deploy/nginx/generated/security-headers.conf', 'utf8'));
  }, 180_000);
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
  it('adds the coverage report of the overlay, which the public build leaves out', () => {
    expect(existsSync(join(DIST, 'coverage'))).toBe(false);
    expect(existsSync(join(DIST, 'data', 'coverage.json'))).toBe(false);
    expect(existsSync(join(DIST, 'data', 'oscal', 'profile.json'))).toBe(false);
    const out = tmp('llmsl-org-');
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
  }, 180_000);
});

describe('content fields holding markup', () => {
  it('are rendered as text, never as elements', () => {
    const root = fixture(
      { file: 'stages/2.4.md', replace: /^summary: .*$/m, with: `summary: 'Prompts such as <script>alert("pwned")</script> are data, not code.'` },
      { file: 'stages/2.4.md', replace: /^aliases: \[/m, with: `aliases: ['"><img src=x onerror=alert(1)>', ` },
      { file: 'stages/2.4.md', replace: /^  access: .*$/m, with: `  access: '<iframe src="https://evil.example/"></iframe> reaches the model'` },
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
