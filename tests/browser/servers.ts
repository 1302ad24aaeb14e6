/**
 * The two ways the browser tests serve dist/ under the base path: real nginx with the shipped server
 * block (CI, and wherever nginx is installed), or a small Node server that answers as that nginx would.
 * Both answer only under the base, which proves that every URL the site uses carries it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, extname, join, posix, resolve } from 'node:path';
import { BASE, DIST } from '../site/dist.ts';
import { NGINX_DEFAULT_TYPE, NGINX_TYPES } from './mime-types.ts';

export interface Served { origin: string; kind: 'nginx' | 'node'; close(): Promise<void> }

/** Headers from dist/_headers (the block for the base path). */
export function headersFromFile(): [string, string][] {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  return [...text.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((m) => [m[1], m[2]]);
}

/** nginx as the shell would find it on the PATH (as `.ci/run` looks for it), so taking it off the PATH tests the fallback. */
export const nginxPath = () => (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'nginx')).find((p) => existsSync(p));

/** Fails, naming the port, when something already listens there (a server left over from an earlier run, say). */
async function ensurePortFree(port: number): Promise<void> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} is taken by another process: stop it (for example a server left over from an earlier test run)` : e.message)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** What nginx serves: a server block from deploy/nginx/ with its placeholders filled in. */
export interface NginxSite {
  /** The server block, e.g. deploy/nginx/site.conf. */
  conf: string;
  dist: string;
  base: string;
  /** The security-headers.conf written by the build in `dist`. */
  headers: string;
  /** Further placeholders of the server block, e.g. { __HTPASSWD__: '/tmp/…' }. */
  placeholders?: Record<string, string>;
}

/** The public build in dist/ with the shipped server block. */
const publicSite = (): NginxSite => ({ conf: resolve('deploy/nginx/site.conf'), dist: DIST, base: BASE, headers: resolve('deploy/nginx/generated/security-headers.conf') });

export async function serveWithNginx(port: number, served: NginxSite = publicSite()): Promise<Served> {
  const nginx = nginxPath();
  if (!nginx) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const dir = mkdtempSync(join(tmpdir(), 'llmsl-nginx-'));
  for (const d of ['logs', 'tmp']) mkdirSync(join(dir, d));
  let site = readFileSync(served.conf, 'utf8')
    .replaceAll('__PORT__', `127.0.0.1:${port}`)
    .replaceAll('__BASE__', served.base)
    .replaceAll('__DIST__', `${served.dist}/`)
    .replaceAll('__HEADERS__', served.headers);
  for (const [k, v] of Object.entries(served.placeholders ?? {})) site = site.replaceAll(k, v);
  const left = site.match(/__[A-Z_]+__/);
  if (left) throw new Error(`${served.conf}: placeholder ${left[0]} was not replaced`);
  const conf = `worker_processes 1;\nerror_log ${dir}/logs/error.log;\npid ${dir}/nginx.pid;\nevents { worker_connections 256; }\nhttp {\n  include /etc/nginx/mime.types;\n  types { application/wasm wasm; text/javascript mjs; }\n  default_type ${NGINX_DEFAULT_TYPE};\n  access_log off;\n  client_body_temp_path ${dir}/tmp/body; proxy_temp_path ${dir}/tmp/proxy; fastcgi_temp_path ${dir}/tmp/fastcgi; uwsgi_temp_path ${dir}/tmp/uwsgi; scgi_temp_path ${dir}/tmp/scgi;\n${site}\n}\n`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const test = spawnSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejected ${served.conf}:\n${test.stderr}`);
  await ensurePortFree(port);
  const proc: ChildProcess = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  let exited = false;
  const exit = new Promise<void>((r) => proc.once('exit', () => r(void (exited = true))));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    // An nginx that could not start (the port taken, say) exits at once: another server may be answering.
    if (exited) throw new Error(`nginx exited before serving on port ${port}:\n${readFileSync(join(dir, 'logs', 'error.log'), 'utf8')}`);
    // Any answer will do: behind access control the first one is a refusal.
    try { await fetch(`${origin}${served.base}`, { redirect: 'manual' }); break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, kind: 'nginx', close: async () => { if (!exited) proc.kill('SIGQUIT'); await exit; } };
}

/**
 * The Node stand-in for nginx with deploy/nginx/site.conf, for machines without nginx: the same status, content
 * type and security headers for every request (tests/site/fallback-server.test.ts compares the two).
 * `/` redirects to the base; under the base a file is served, a folder with a slash serves its index.html, a folder
 * without one redirects to the slashed address, anything else is the site's 404 page as HTML with status 404;
 * `_headers` and everything outside the base are refused with a bare 404, as nginx does.
 */
export function answerAsNginx(url: string, host: string): { status: number; headers: Record<string, string>; body?: Buffer } {
  const security = Object.fromEntries(headersFromFile());
  const bare = { status: 404, headers: { 'Content-Type': 'text/html' }, body: Buffer.from('<html><body><h1>404 Not Found</h1></body></html>\n') };
  let path: string;
  try { path = posix.normalize(decodeURIComponent(url.split('?')[0])); } catch { return { ...bare, status: 400 }; }
  if (path === '/' && BASE !== '/') return { status: 302, headers: { 'Content-Type': 'text/html', Location: `http://${host}${BASE}` } };
  if (!path.startsWith(BASE) || path === `${BASE}_headers`) return bare;
  const file = join(DIST, path.slice(BASE.length));
  const isDir = existsSync(file) && statSync(file).isDirectory();
  if (isDir && !path.endsWith('/')) return { status: 301, headers: { 'Content-Type': 'text/html', Location: `http://${host}${path}/`, ...security } };
  const target = isDir ? join(file, 'index.html') : file;
  if (existsSync(target) && statSync(target).isFile()) {
    return { status: 200, headers: { 'Content-Type': NGINX_TYPES[extname(target)] ?? NGINX_DEFAULT_TYPE, ...security }, body: readFileSync(target) };
  }
  return { status: 404, headers: { 'Content-Type': NGINX_TYPES['.html'], ...security }, body: readFileSync(join(DIST, '404.html')) };
}

export async function serveWithNode(port: number): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const answer = answerAsNginx(req.url ?? '/', req.headers.host ?? `127.0.0.1:${port}`);
    res.writeHead(answer.status, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  });
  await ensurePortFree(port);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${port}`, kind: 'node', close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * The built site behind nginx when it is installed (as `.ci/run` makes sure), else behind the Node server above.
 * TEST_PORT_OFFSET shifts every suite's port, so two checkouts can run their browser tests side by side.
 */
export const serveSite = (port: number): Promise<Served> => {
  const shifted = port + Number(process.env.TEST_PORT_OFFSET ?? 0);
  return nginxPath() ? serveWithNginx(shifted) : serveWithNode(shifted);
};
