/**
 * Test and benchmark helper: `npm run dev` on a copy of the content, and the time from saving a file to
 * the changed page being served. The copy (content, site.yaml inside it, and optionally an overlay) lives
 * in a temporary folder and is pointed at with CONTENT_ROOT, SITE_CONFIG and ORG_ROOT, so the project's
 * own files are never edited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONTENT_ROOT } from '../model/overlay-source.ts';

export interface DevServer {
  origin: string;
  /** The copied content folder (named `content`) and overlay folder (named `org`, when one was copied). */
  contentRoot: string;
  orgRoot?: string;
  /** What the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/** How long the first start may take on a busy two-core machine (Astro syncs content and optimises dependencies). */
const START_TIMEOUT_MS = 120_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the dev server on a copy of the content (and of `orgSource`, when given) on 127.0.0.1:`port`. */
export async function startDevServer(port: number, opts: { orgSource?: string; cwd?: string } = {}): Promise<DevServer> {
  // Inside the project (git-ignored), not in the system's temp folder: Vite serves the MDX bodies as modules,
  // and a body outside the project root cannot be imported (`Cannot find module 'astro:content-layer-deferred-module…'`).
  // One folder per port, the same on every run: the dev server's content store (.astro/) outlives a run and
  // keeps the paths of the bodies it compiled, which must still name files on the next run.
  const dir = join(opts.cwd ?? process.cwd(), `.dev-copy-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const contentRoot = join(dir, 'content');
  cpSync(DEFAULT_CONTENT_ROOT, contentRoot, { recursive: true });
  const orgRoot = opts.orgSource ? join(dir, 'org') : undefined;
  if (opts.orgSource && orgRoot) cpSync(opts.orgSource, orgRoot, { recursive: true });
  // The environment of a shell, not of the test runner: Vitest's NODE_ENV=test and VITEST* variables change how Vite serves.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST'));
  const env: NodeJS.ProcessEnv = { ...inherited, CONTENT_ROOT: contentRoot, SITE_CONFIG: join(contentRoot, 'site.yaml'), PUBLIC_BUILD: '' };
  if (orgRoot) env.ORG_ROOT = orgRoot;
  else delete env.ORG_ROOT;
  // Its own process group, so that stopping it ends npm, Astro and anything Astro started, and nothing else.
  const child: ChildProcess = spawn('npm', ['run', '-s', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: opts.cwd ?? process.cwd(), env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const server: DevServer = {
    origin: `http://127.0.0.1:${port}`,
    contentRoot,
    orgRoot,
    log: () => out,
    async stop() {
      if (child.exitCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
        await Promise.race([exited, sleep(10_000)]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const t0 = Date.now();
  // Astro colours its output whenever it likes (CI=true, say): match the words without the colour codes.
  while (!/ready in \d+/.test(out.replace(/\x1b\[[0-9;]*m/g, ''))) {
    if (child.exitCode !== null) throw new Error(`the dev server exited with code ${child.exitCode}:\n${out}`);
    if (Date.now() - t0 > START_TIMEOUT_MS) {
      await server.stop();
      throw new Error(`the dev server did not start within ${START_TIMEOUT_MS / 1000} s:\n${out}`);
    }
    await sleep(200);
  }
  return server;
}

/** Fetches a page of the dev server: status and HTML. */
export async function get(origin: string, path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
  return { status: res.status, html: await res.text() };
}

/** The file of a prose entry in a content folder, whether its body is Markdown (`.md`) or MDX (`.mdx`). */
export function proseFile(contentRoot: string, collection: string, id: string): string {
  const found = ['.mdx', '.md'].map((ext) => join(contentRoot, collection, `${id}${ext}`)).find((p) => existsSync(p));
  if (!found) throw new Error(`no ${collection}/${id}.mdx or .md in ${contentRoot}`);
  return found;
}

/** Rewrites a file of the copy: `replace` must match, so an edit that changes nothing fails loudly. */
export function editFile(path: string, replace: string | RegExp, by: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(replace, by);
  if (next === text) throw new Error(`editFile: "${String(replace)}" not found in ${path}`);
  writeFileSync(path, next);
}

/**
 * Saves an edit and asks for `path` until `served` holds for what comes back. Returns the milliseconds
 * from the save to that response; throws with the last response when it never comes.
 */
export async function msUntilServed(
  origin: string,
  path: string,
  save: () => void,
  served: (page: { status: number; html: string }) => boolean,
  timeoutMs = 60_000,
): Promise<number> {
  const t0 = performance.now();
  save();
  let last = { status: 0, html: '' };
  while (performance.now() - t0 < timeoutMs) {
    last = await get(origin, path).catch(() => ({ status: 0, html: '' }));
    if (served(last)) return performance.now() - t0;
    await sleep(50);
  }
  throw new Error(`${path}: the change was not served within ${timeoutMs / 1000} s; last response ${last.status}: ${last.html.slice(0, 300)}`);
}
