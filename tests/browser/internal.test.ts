/**
 * An internal build behind real nginx with the shipped access-control server blocks
 * (deploy/nginx/internal-sso.conf and internal-basic.conf): without credentials every path is refused
 * (pages, `_astro` assets, Pagefind fragments, `/data/` files, images, the 404 page, unknown addresses);
 * with them the site works as in the public tests (no console errors, no failed or third-party requests,
 * no CSP violation, axe in light and dark) and says it is internal, on screen and in print.
 *
 * The suite builds the example overlay (ORG_ROOT=examples/org) once, into a folder of its own so that
 * dist/ stays the public build the other suites test; the build's duration is logged. The sign-on proxy
 * (oauth2-proxy in production) is a small Node stand-in answering nginx's auth_request: 202 for the
 * session cookie below, 401 otherwise.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadModel, pathOf, slugOf } from '../../src/model/index.ts';
import { buildSite } from '../site/build.ts';
import { axeViolations, chromiumAvailable, CHROMIUM, launch, visit } from './browser.ts';
import { nginxPath, serveWithNginx, type Served } from './servers.ts';

const available = chromiumAvailable() && !!nginxPath();
if (!available) {
  const msg = `The access-control checks need Chromium at ${CHROMIUM} and nginx (apt-get install -y chromium nginx).`;
  if (process.env.CI) throw new Error(`${msg} In CI a missing one is a failure.`);
  console.warn(`\n⚠ SKIPPED: ${msg}\n`);
}

const m = loadModel();
const BASE = '/internal/llm-lifecycle/';
const ORGANISATION = 'Example Corp (fictional)';
const PORT = 4640 + Number(process.env.TEST_PORT_OFFSET ?? 0);
const SESSION = { name: '_oauth2_proxy', value: randomBytes(16).toString('hex') };
const USER = { username: 'reader', password: randomBytes(12).toString('hex') };

/** The sign-on proxy's part, as oauth2-proxy plays it: /oauth2/auth says yes or no; /oauth2/sign_in is where readers sign in. */
function signOnStandIn(port: number): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    if (url.pathname === '/oauth2/auth') {
      const signedIn = (req.headers.cookie ?? '').split(/;\s*/).includes(`${SESSION.name}=${SESSION.value}`);
      res.writeHead(signedIn ? 202 : 401).end();
    } else if (url.pathname === '/oauth2/sign_in') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Sign in</title><p>Sign in with your organisation account.</p></html>');
    } else res.writeHead(404).end();
  });
  return new Promise((r) => server.listen(port, '127.0.0.1', () => r({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((c) => server.close(() => c())) })));
}

/** An htpasswd line nginx reads: {SSHA} is base64(SHA-1(password + salt) + salt). */
function htpasswdLine(user: string, password: string): string {
  const salt = randomBytes(8);
  return `${user}:{SSHA}${Buffer.concat([createHash('sha1').update(password).update(salt).digest(), salt]).toString('base64')}\n`;
}

const firstFile = (dir: string, ext: string) => {
  const name = readdirSync(dir).sort().find((n) => n.endsWith(ext));
  if (!name) throw new Error(`no ${ext} file in ${dir}`);
  return name;
};

describe.skipIf(!available)('an internal build behind nginx with access control', () => {
  let out: string;
  let dist: string;
  let proxy: Awaited<ReturnType<typeof signOnStandIn>>;
  let sso: Served;
  let basic: Served;
  let browser: Browser;
  /** Paths relative to the base, each a kind of file the site serves, plus an address that does not exist. */
  let paths: string[];

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'llmsl-internal-'));
    // nginx's workers drop root for an unprivileged user, who must be able to read the build and the password file.
    chmodSync(out, 0o755);
    dist = join(out, 'dist');
    const started = performance.now();
    buildSite(dist, { BASE_PATH: BASE, SITE_URL: 'https://kb.example.org', ORG_ROOT: 'examples/org', NGINX_CONF_DIR: join(out, 'nginx') });
    console.info(`internal build for the access-control tests: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    paths = [
      '',
      pathOf(m, 'stages', '2.4'),
      'coverage/',
      `cards/${slugOf(m, 'stages', '2.4')}/`,
      's/2.4/',
      '404.html',
      'no-such-page/',
      'robots.txt',
      '_headers',
      `_astro/${firstFile(join(dist, '_astro'), '.css')}`,
      `_astro/${firstFile(join(dist, '_astro'), '.js')}`,
      'pagefind/pagefind.js',
      `pagefind/fragment/${firstFile(join(dist, 'pagefind', 'fragment'), '.pf_fragment')}`,
      `pagefind/index/${firstFile(join(dist, 'pagefind', 'index'), '.pf_index')}`,
      'data/coverage.json',
      'data/stages.json',
      'data/stage-provision.csv',
      'data/oscal/profile.json',
      'og/index.png',
      'og/coverage.png',
      'figures/lifecycle.svg',
      'figures/lifecycle.png',
      'favicon.svg',
    ];
    proxy = await signOnStandIn(PORT + 1);
    const site = { dist, base: BASE, headers: join(out, 'nginx', 'security-headers.conf') };
    sso = await serveWithNginx(PORT, { ...site, conf: resolve('deploy/nginx/internal-sso.conf'), placeholders: { __AUTH_PROXY__: proxy.origin } });
    writeFileSync(join(out, 'htpasswd'), htpasswdLine(USER.username, USER.password), { mode: 0o644 });
    basic = await serveWithNginx(PORT + 2, { ...site, conf: resolve('deploy/nginx/internal-basic.conf'), placeholders: { __HTPASSWD__: join(out, 'htpasswd') } });
    browser = await launch();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await sso?.close();
    await basic?.close();
    await proxy?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('builds every path the checks ask for', () => {
    for (const p of paths.filter((p) => p !== 'no-such-page/')) expect(existsSync(join(dist, p === '' || p.endsWith('/') ? `${p}index.html` : p)), p).toBe(true);
  });

  /** What a refusal must not contain: any of the site's bytes. */
  const leaks = (body: Buffer, path: string) => {
    const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
    const text = body.toString('latin1');
    return text.includes(ORGANISATION) || text.includes('EC-DATA-01') || (existsSync(file) && body.length > 0 && readFileSync(file).includes(body.subarray(0, 200)));
  };

  describe('single sign-on (auth_request to the sign-on proxy)', () => {
    it('refuses every path without a session: a redirect to the sign-in page, none of the site\'s bytes', async () => {
      const refusals: string[] = [];
      for (const p of ['/', ...paths.map((p) => `${BASE}${p}`)]) {
        for (const cookie of [undefined, `${SESSION.name}=forged`]) {
          const res = await fetch(`${sso.origin}${p}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
          const body = Buffer.from(await res.arrayBuffer());
          const location = new URL(res.headers.get('location') ?? '', sso.origin);
          if (res.status !== 302 || location.pathname !== '/oauth2/sign_in' || location.searchParams.get('rd') !== p || leaks(body, p.slice(BASE.length)) || res.headers.get('x-robots-tag') !== 'noindex, nofollow')
            refusals.push(`${p} (${cookie ? 'forged session' : 'no session'}): ${res.status} ${location}`);
        }
      }
      expect(refusals).toEqual([]);
    });

    it('sends a browser without a session to the sign-in page', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${sso.origin}${BASE}${pathOf(m, 'stages', '2.4')}`);
      const [url, title] = [new URL(page.url()), await page.title()];
      await context.close();
      expect(url.pathname).toBe('/oauth2/sign_in');
      expect(url.searchParams.get('rd')).toBe(`${BASE}${pathOf(m, 'stages', '2.4')}`);
      expect(title).toBe('Sign in');
    });

    it('serves every path to a signed-in reader, with X-Robots-Tag: noindex, nofollow', async () => {
      const wrong: string[] = [];
      for (const p of paths) {
        const res = await fetch(`${sso.origin}${BASE}${p}`, { redirect: 'manual', headers: { cookie: `${SESSION.name}=${SESSION.value}` } });
        const want = p === 'no-such-page/' || p === '_headers' ? 404 : 200;
        if (res.status !== want || res.headers.get('x-robots-tag') !== 'noindex, nofollow') wrong.push(`${p}: ${res.status} ${res.headers.get('x-robots-tag')}`);
        await res.arrayBuffer();
      }
      expect(wrong).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      describe(`a signed-in reader, ${scheme} theme`, () => {
        let context: BrowserContext;
        beforeAll(async () => {
          context = await browser.newContext({ colorScheme: scheme });
          await context.addCookies([{ ...SESSION, url: sso.origin }]);
        });
        afterAll(() => context?.close());
        it.concurrent.each(['', pathOf(m, 'stages', '2.4'), 'coverage/', `cards/${slugOf(m, 'stages', '2.4')}/`, 'hosting/'])('reads /%s cleanly, marked internal, and it passes axe', async (p) => {
          const { page, result } = await visit(context, sso.origin, `${BASE}${p}`);
          const badge = await page.locator('.internal-badge').innerText();
          const robots = await page.locator('meta[name="robots"]').getAttribute('content');
          const violations = await axeViolations(page);
          await page.close();
          expect(result.status).toBe(200);
          expect(badge.replace(/\s+/g, ' ')).toBe(`Internal · ${ORGANISATION}`);
          expect(robots).toBe('noindex, nofollow');
          expect({ console: result.consoleErrors, failed: result.failedRequests, external: result.externalRequests, csp: result.cspViolations, axe: violations })
            .toEqual({ console: [], failed: [], external: [], csp: [], axe: [] });
        });
      });
    }

    it('answers an unknown address with the site\'s own 404 page once signed in', async () => {
      const context = await browser.newContext();
      await context.addCookies([{ ...SESSION, url: sso.origin }]);
      const { page, result } = await visit(context, sso.origin, `${BASE}no-such-page/`);
      const title = await page.title();
      await context.close();
      expect(result.status).toBe(404);
      expect(title).toMatch(/^404\b/);
      expect({ console: result.consoleErrors.filter((e) => !/404/.test(e)), external: result.externalRequests, csp: result.cspViolations }).toEqual({ console: [], external: [], csp: [] });
    });

    it('finds the organisation\'s controls through search, whose index loads behind the sign-in', async () => {
      const context = await browser.newContext();
      await context.addCookies([{ ...SESSION, url: sso.origin }]);
      const { page, result } = await visit(context, sso.origin, BASE);
      await page.click('button[data-open-modal]');
      await page.fill('#starlight__search .pagefind-ui__search-input', 'EC-DATA-01');
      const first = await page.waitForSelector('.pagefind-ui__result-link');
      const href = await first.getAttribute('href');
      await context.close();
      expect(href?.split('#')[0]).toBe(`${BASE}coverage/`);
      expect({ console: result.consoleErrors, failed: result.failedRequests, csp: result.cspViolations }).toEqual({ console: [], failed: [], csp: [] });
    });

    it('prints a line saying the page is internal and whose it is; a stage card still prints on one page', async () => {
      const context = await browser.newContext();
      await context.addCookies([{ ...SESSION, url: sso.origin }]);
      const page = await context.newPage();
      await page.goto(`${sso.origin}${BASE}${pathOf(m, 'stages', '2.4')}`, { waitUntil: 'load' });
      expect(await page.locator('.internal-print').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.internal-print').isVisible()).toBe(true);
      expect(await page.locator('.internal-print').innerText()).toContain(`Internal · ${ORGANISATION}`);
      await page.goto(`${sso.origin}${BASE}cards/${slugOf(m, 'stages', '2.4')}/`, { waitUntil: 'load' });
      expect(await page.locator('.internal-print').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      await context.close();
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    });
  });

  describe('basic authentication (the fallback for small teams)', () => {
    it('refuses every path without valid credentials: 401 asking for them, none of the site\'s bytes', async () => {
      const refusals: string[] = [];
      const wrong = `Basic ${Buffer.from(`${USER.username}:not-the-password`).toString('base64')}`;
      for (const p of ['/', ...paths.map((p) => `${BASE}${p}`)]) {
        for (const authorization of [undefined, wrong]) {
          const res = await fetch(`${basic.origin}${p}`, { redirect: 'manual', headers: authorization ? { authorization } : {} });
          const body = Buffer.from(await res.arrayBuffer());
          if (res.status !== 401 || !/^Basic /.test(res.headers.get('www-authenticate') ?? '') || leaks(body, p.slice(BASE.length)))
            refusals.push(`${p} (${authorization ? 'wrong password' : 'no credentials'}): ${res.status}`);
        }
      }
      expect(refusals).toEqual([]);
    });

    it('lets a reader with the password read the site cleanly', async () => {
      const context = await browser.newContext({ httpCredentials: USER });
      const { page, result } = await visit(context, basic.origin, `${BASE}${pathOf(m, 'stages', '2.4')}`);
      const badge = await page.locator('.internal-badge').innerText();
      await context.close();
      expect(result.status).toBe(200);
      expect(badge).toContain(ORGANISATION);
      expect({ console: result.consoleErrors, failed: result.failedRequests, external: result.externalRequests, csp: result.cspViolations }).toEqual({ console: [], failed: [], external: [], csp: [] });
    });
  });
});
