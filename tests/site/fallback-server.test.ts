/**
 * The Node server the browser tests fall back on without nginx answers as nginx with deploy/nginx/site.conf
 * does. It runs on every `npm test`, with or without nginx, so the path a newcomer without nginx takes
 * cannot break unseen; where nginx is installed, every answer is also compared with nginx's own.
 */
import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAsNginx, nginxPath, serveWithNginx, serveWithNode, type Served } from '../browser/servers.ts';
import { NGINX_TYPES } from '../browser/mime-types.ts';
import { BASE, DIST } from './dist.ts';

const offset = Number(process.env.TEST_PORT_OFFSET ?? 0);

/** Every file in the build, as paths relative to dist/. */
const files = (dir = DIST): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [relative(DIST, join(dir, d.name))]));

/** One file of each kind the build writes (the first in name order), so every content type is asked for. */
const oneOfEachKind = (): string[] => {
  const byKind = new Map<string, string>();
  for (const f of files().sort()) if (!byKind.has(extname(f)) && extname(f)) byKind.set(extname(f), f);
  return [...byKind.values()];
};

interface Answer { status: number; type: string | null; location: string | null; csp: string | null; body: string }

async function ask(origin: string, path: string): Promise<Answer> {
  const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
  const body = await res.text();
  const location = res.headers.get('location');
  return {
    status: res.status,
    type: res.headers.get('content-type')?.split(';')[0] ?? null,
    location: location && location.replace(/^https?:\/\/[^/]+/, ''),
    csp: res.headers.get('content-security-policy'),
    body,
  };
}

const SPECIAL = ['/', `${BASE}`, `${BASE}stages/`, `${BASE}stages`, `${BASE}no-such-page/`, `${BASE}no-such-file.png`, `${BASE}_headers`, '/elsewhere/', `${BASE}stages/?q=1`, `${BASE}../etc/passwd`];

describe('the fallback server answers as nginx would', () => {
  let node: Served;
  beforeAll(async () => { node = await serveWithNode(4650 + offset); });
  afterAll(async () => { await node?.close(); });

  it('knows the content type of every kind of file the build writes', () => {
    const kinds = [...new Set(files().map((f) => extname(f)).filter(Boolean))];
    expect(kinds.filter((k) => !(k in NGINX_TYPES))).toEqual([]);
  });

  it("answers an unknown address with status 404 and the site's own error page as HTML, with the security headers", async () => {
    const a = await ask(node.origin, `${BASE}no-such-page/`);
    expect({ status: a.status, type: a.type }).toEqual({ status: 404, type: 'text/html' });
    expect(a.csp).toMatch(/default-src 'self'/);
    expect(a.body).toMatch(/<title>404\b/);
  });

  it('serves a page, a script and an image with their types and the security headers', async () => {
    const script = files().find((f) => f.startsWith('_astro/') && f.endsWith('.js'));
    const image = files().find((f) => f.startsWith('og/') && f.endsWith('.png'));
    expect(script && image).toBeTruthy();
    const answers = await Promise.all([`${BASE}stages/`, `${BASE}${script}`, `${BASE}${image}`].map((p) => ask(node.origin, p)));
    expect(answers.map((a) => [a.status, a.type, Boolean(a.csp)])).toEqual([
      [200, 'text/html', true], [200, 'application/javascript', true], [200, 'image/png', true],
    ]);
  });

  it('redirects the root to the base and a folder without its slash to the slashed address', async () => {
    if (BASE !== '/') expect(await ask(node.origin, '/')).toMatchObject({ status: 302, location: BASE });
    expect(await ask(node.origin, `${BASE}stages`)).toMatchObject({ status: 301, location: `${BASE}stages/` });
  });

  it('refuses the headers file, addresses outside the base and paths that climb out of it', async () => {
    for (const p of [`${BASE}_headers`, '/elsewhere/']) expect((await ask(node.origin, p)).status, p).toBe(404);
    // fetch() resolves `..` before sending, so the climbing path is handed to the server as a raw request line would be.
    expect(answerAsNginx(`${BASE}../../etc/passwd`, 'localhost').status).toBe(404);
    expect(answerAsNginx(`${BASE}%2e%2e/%2e%2e/etc/passwd`, 'localhost').status).toBe(404);
  });

  describe.skipIf(!nginxPath())('beside real nginx with the shipped configuration', () => {
    let nginx: Served;
    beforeAll(async () => { nginx = await serveWithNginx(4651 + offset); });
    afterAll(async () => { await nginx?.close(); });

    it.each([...SPECIAL, ...oneOfEachKind().map((f) => `${BASE}${f}`)])('gives the same status, type, redirect and headers for %s', async (path) => {
      const [fromNode, fromNginx] = await Promise.all([ask(node.origin, path), ask(nginx.origin, path)]);
      const shape = (a: Answer) => ({ status: a.status, type: a.type, location: a.location, csp: a.csp });
      expect(shape(fromNode)).toEqual(shape(fromNginx));
      if (fromNginx.status === 200 || (fromNginx.status === 404 && fromNginx.csp)) expect(fromNode.body).toBe(fromNginx.body);
    });
  });
});
