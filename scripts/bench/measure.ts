/** Timing and memory of one build, measured by GNU time around the Astro CLI. */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildCost { seconds: number; peakMb: number; bytes: number; pages: number }

export function timedBuild(project: string, env: Record<string, string> = {}): BuildCost {
  const astro = resolve('node_modules/astro/bin/astro.mjs');
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, astro, 'build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=4096', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`build of ${project} failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)!;
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const peakMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)![1]) / 1024;
  const { bytes, pages } = outputSize(join(project, 'dist'));
  return { seconds, peakMb, bytes, pages };
}

export function outputSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        bytes += s.size;
        if (n.endsWith('.html')) pages++;
      }
    }
  };
  walk(dir);
  return { bytes, pages };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
