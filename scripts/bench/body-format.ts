/**
 * `npx tsx scripts/bench/body-format.ts [ref] [runs]`: what MDX bodies cost against the Markdown bodies they
 * replaced. Builds this checkout and the tree of `ref` (default ad5a17c, the last commit with Markdown bodies)
 * alternately, each in a copy under .bench/, and prints the median wall time, peak memory and output size of
 * each. Images are drawn in both (OG_CACHE=0), as in `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median, timedBuild, type BuildCost } from './measure.ts';
import { copyOfSite } from './workspace.ts';

const ref = process.argv[2] ?? 'ad5a17c';
const runs = Number(process.argv[3] ?? 3);
const mdx = copyOfSite();
const markdown = mkdtempSync(join('.bench', 'llmsl-bench-markdown-'));
execFileSync('sh', ['-c', `git archive ${ref} src content public astro.config.mjs tsconfig.json package.json | tar -x -C ${markdown}`]);
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
