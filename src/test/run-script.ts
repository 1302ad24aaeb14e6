/** Test helper: runs a CLI from `scripts/` the way npm does (this Node, with tsx), in any working directory. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function runScript(script: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, ['--import', TSX, `${PROJECT}scripts/${script}`, ...args], {
    cwd: options.cwd ?? PROJECT,
    encoding: 'utf8',
    // A content snapshot (`changelog --snapshot`) of the complete frameworks runs past Node's 1 MiB default.
    maxBuffer: 1 << 28,
    env: { ...process.env, ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
