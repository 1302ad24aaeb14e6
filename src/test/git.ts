/**
 * Test helper: a throw-away git repository holding a copy of `content/` (made with `fixture`), so tests
 * can commit and tag versions without touching this repository. Every command runs with `git -C <dir>`,
 * a fixed identity and no user or system configuration.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fixture } from './fixture.ts';

export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

export interface TempRepo {
  /** The repository's root; `content/` is inside it. */
  dir: string;
  git(args: string[], env?: Record<string, string>): string;
}

/** A new repository with a copy of the content, not yet committed. */
export function tempRepo(): TempRepo {
  const dir = dirname(fixture());
  const git = (args: string[], env: Record<string, string> = {}) =>
    execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...GIT_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  git(['init', '--quiet', '--initial-branch=main']);
  return { dir, git };
}

/** Stages everything and commits it. */
export function commitAll(repo: TempRepo, message: string, env: Record<string, string> = {}) {
  repo.git(['add', '--all']);
  repo.git(['commit', '--quiet', '--no-gpg-sign', '-m', message], env);
}
