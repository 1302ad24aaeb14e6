/**
 * `npx tsx scripts/bench/body-format.ts [markdown-ref] [mdx-ref] [runs]`: what MDX bodies cost against the
 * Markdown bodies they replaced. Builds the tree of `markdown-ref` (default ad5a17c, the last commit with
 * Markdown bodies) and of `mdx-ref` (default: this checkout) alternately, each in a copy under .bench/ and
 * with this checkout's dependencies, and prints the median wall time, peak memory and output size of each.
 * Images are drawn in both (OG_CACHE=0), as in `npm run bench`. The pair that isolates the format is
 * 81ad0de and c09e104: the commit that renamed the bodies .md → .mdx (content unchanged) and its parent.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, timedBuild, type BuildCost } from './measure.ts';
import { copyOfSite } from './workspace.ts';

const [ref = 'ad5a17c', mdxRef, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const treeOf = (commit: string, name: string) => {
  mkdirSync('.bench', { recursive: true });
  const dir = mkdtempSync(join('.bench', `llmsl-bench-${name}-`));
  execFileSync('sh', ['-c', `git archive ${commit} src content public astro.config.mjs tsconfig.json package.json | tar -x -C ${dir}`]);
  return dir;
};
const mdx = mdxRef && mdxRef !== '.' ? treeOf(mdxRef, 'mdx') : copyOfSite();
const markdown = treeOf(ref, 'markdown');
const costs: Record<'markdown' | 'mdx', BuildCost[]> = { markdown: [], mdx: [] };
try {
  for (let i = 0; i < runs; i++) {
    costs.markdown.push(timedBuild(markdown, { OG_CACHE: '0' }));
    costs.mdx.push(timedBuild(mdx, { OG_CACHE: '0' }));
    console.log(`run ${i + 1}/${runs}: Markdown ${costs.markdown[i].seconds.toFixed(1)} s, MDX ${costs.mdx[i].seconds.toFixed(1)} s`);
  }
  const row = (k: 'markdown' | 'mdx') => {
    const c = costs[k];
    return `${k}: ${median(c.map((x) => x.seconds)).toFixed(1)} s, ${median(c.map((x) => x.peakMb)).toFixed(0)} MB peak, ${(c[0].bytes / 1024 / 1024).toFixed(1)} MB in ${c[0].pages} pages`;
  };
  console.log(row('markdown'));
  console.log(row('mdx'));
  console.log(`MDX / Markdown build time: ${(median(costs.mdx.map((x) => x.seconds)) / median(costs.markdown.map((x) => x.seconds))).toFixed(2)}×`);
} finally {
  for (const d of [mdx, markdown]) rmSync(d, { recursive: true, force: true });
}
