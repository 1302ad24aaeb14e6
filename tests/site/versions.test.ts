/**
 * The frozen releases in the built site (src/site/versions.ts): every release on record whose commit this
 * clone has is served at v/<version>/, whole (its pages, figures, downloads and search index), with a notice on
 * every page that leads to the same page in the latest version; the latest version links back to them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readReleaseRecord } from '../../src/site/release-record.ts';
import { hasCommit } from '../../src/site/releases.ts';
import { BASE, DIST, FROZEN, htmlFiles, linksIn, read, resolveLink, SITE, urlOf } from './dist.ts';

const served = readReleaseRecord().filter((r) => hasCommit(process.cwd(), r.commit));
const pagesOf = (version: string) => htmlFiles(join(FROZEN, version)).filter((f) => !read(f).includes('http-equiv="refresh"') && !f.endsWith('/404.html'));
const NOTICE = /<aside class="llmsl-version-notice" data-version-notice="(same|renamed|moved|removed)"[\s\S]*?<\/aside>/g;

describe('frozen releases', () => {
  it('serves every recorded release this clone has, at v/<version>/, and says why it does not serve the others', () => {
    expect(existsSync(FROZEN) ? readdirSync(FROZEN).sort() : []).toEqual(served.map((r) => r.version).sort());
    const versions = read(join(DIST, 'versions', 'index.html'));
    for (const r of readReleaseRecord().filter((x) => !served.some((s) => s.version === x.version)))
      expect(versions).toContain(`Not served by this copy of the site: commit ${r.commit.slice(0, 12)} is not in this clone`);
  });

  describe.each(served.map((r) => [r.version, r] as const))('version %s', (version, release) => {
    const pages = pagesOf(version);
    const vbase = `${BASE}v/${version}/`;

    it('is whole: its pages, its own search index, figures and data downloads', () => {
      expect(pages.length).toBeGreaterThan(100);
      expect(existsSync(join(FROZEN, version, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(existsSync(join(FROZEN, version, 'data', 'stages.json'))).toBe(true);
    });

    it('has one notice on every page, naming the release and leading to an existing page of the latest version', () => {
      const problems: string[] = [];
      for (const file of pages) {
        const notices = [...read(file).matchAll(NOTICE)];
        if (notices.length !== 1) { problems.push(`${urlOf(file)}: ${notices.length} notices`); continue; }
        const [html, kind] = notices[0];
        if (!html.includes(`Version ${version}</strong>, released ${release.date}`)) problems.push(`${urlOf(file)}: notice does not name ${version} and ${release.date}`);
        const target = linksIn(html)[0];
        if (kind === 'removed') continue;
        if (target.startsWith(`${BASE}v/`)) problems.push(`${urlOf(file)}: notice leads to another frozen copy, ${target}`);
        if (!resolveLink(target, urlOf(file)).file) problems.push(`${urlOf(file)}: notice leads to ${target}, which does not exist`);
        if (kind === 'same' && target !== urlOf(file).replace(vbase, BASE)) problems.push(`${urlOf(file)}: "same" notice leads to ${target}`);
      }
      expect(problems).toEqual([]);
    });

    it('keeps its own links inside the version: every link under the base resolves and stays in v/<version>/, but for the notice', () => {
      const problems: string[] = [];
      for (const file of pages) {
        const from = urlOf(file);
        for (const link of linksIn(read(file).replace(NOTICE, ''))) {
          if (!link.startsWith('/') || link.startsWith('//')) continue;
          if (!link.startsWith(vbase)) problems.push(`${from} → ${link} (leaves the version)`);
          else if (!resolveLink(link, from).file) problems.push(`${from} → ${link} (missing)`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has a search index of its own pages only, which the search of the latest version does not hold', () => {
      const fragments = (dir: string) => readdirSync(dir).map((f) => {
        const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
        return (JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string }).url;
      });
      const own = fragments(join(FROZEN, version, 'pagefind', 'fragment'));
      expect(own.length).toBe(pages.length);
      // Pagefind stores URLs relative to the folder it indexed; the copy's search UI prefixes the copy's base.
      expect(own.every((u) => existsSync(join(FROZEN, version, u, 'index.html')))).toBe(true);
      expect(fragments(join(DIST, 'pagefind', 'fragment')).filter((u) => u.startsWith('/v/'))).toEqual([]);
    });

    it('runs no inline script the security headers do not allow', () => {
      const headers = read(join(DIST, '_headers'));
      const missing = new Set<string>();
      for (const file of htmlFiles(join(FROZEN, version)))
        for (const m of read(file).matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
          if (m[1].trim() && !headers.includes(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`)) missing.add(urlOf(file));
      expect([...missing]).toEqual([]);
      expect(existsSync(join(FROZEN, version, '_headers'))).toBe(false);
    });

    it('cites its pages at their versioned address, where its pages have "Cite this page"', () => {
      for (const file of pages.filter((f) => read(f).includes('class="cite-page"')))
        expect(read(file)).toContain(`${SITE ?? ''}${urlOf(file)}`.replace(/&/g, '&amp;'));
    });
  });
});

describe('the latest version', () => {
  const latest = served.at(-1);
  const pages = htmlFiles().filter((f) => !read(f).includes('http-equiv="refresh"'));

  it('names the content version on every page and links the changelog and the versions', () => {
    const version = /^contentVersion: (.*)$/m.exec(read(join(process.cwd(), 'content', 'site.yaml')))![1];
    for (const file of pages.filter((f) => !f.endsWith('/404.html'))) {
      const html = read(file);
      expect(html, urlOf(file)).toContain(`Content version ${version}. <a href="${BASE}changelog/">Changelog</a>`);
      expect(html, urlOf(file)).toContain(`<a href="${BASE}versions/">All versions</a>`);
    }
  });

  it('offers on every page the same page in the latest release, where that release has it', () => {
    if (!latest) return;
    const missing: string[] = [];
    for (const file of pages.filter((f) => !f.endsWith('/404.html'))) {
      const url = urlOf(file);
      const frozen = join(FROZEN, latest.version, url.slice(BASE.length), 'index.html');
      const link = `<a href="${BASE}v/${latest.version}/${url.slice(BASE.length)}" rel="bookmark" data-permalink>`;
      if (existsSync(frozen) !== read(file).includes(link)) missing.push(url);
    }
    expect(missing).toEqual([]);
  });

  it('keeps short links on the latest version', () => {
    const alias = read(join(DIST, 's', '2.4', 'index.html'));
    expect(alias).toMatch(new RegExp(`url=${BASE}stages/2-4-[a-z-]+/"`));
  });

  it('lists every release on the versions page with its date and its frozen copy', () => {
    const html = read(join(DIST, 'versions', 'index.html'));
    for (const r of readReleaseRecord()) {
      expect(html).toContain(`<h2 id="v${r.version.replace(/[^0-9a-z]+/gi, '-')}">Version ${r.version}</h2>`);
      expect(html).toContain(`Released ${r.date}, from commit <code>${r.commit.slice(0, 12)}</code>`);
      if (served.some((s) => s.version === r.version)) expect(html).toContain(`<a href="${BASE}v/${r.version}/">Browse version ${r.version} as it was</a>`);
    }
  });
});
