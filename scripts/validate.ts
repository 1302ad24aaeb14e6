/**
 * `npm run validate`: checks all content, and the organisation overlay when one is in use (see
 * `overlaySource` in src/model/overlay.ts), then prints every issue grouped by file, or a summary.
 */
import { coverage, formatIssue, loadOverlay, overlaySource, validateContent } from '../src/model/index.ts';
import { countsOf } from '../src/rules/expected-counts.ts';
import { ConfigError, siteConfig } from '../src/site/config.ts';
import { readReleaseRecord, ReleaseRecordError } from '../src/site/release-record.ts';

try {
  siteConfig();
  readReleaseRecord();
} catch (e) {
  if (!(e instanceof ConfigError || e instanceof ReleaseRecordError)) throw e;
  console.error(e.message);
  process.exit(1);
}

const { model, issues: contentIssues } = validateContent();
const source = overlaySource();
const org = source && loadOverlay(source.root, model);
const issues = [...contentIssues, ...(org?.issues ?? [])];
if (issues.length) {
  const byFile = Map.groupBy(issues, (i) => i.file);
  for (const [file, xs] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    console.error(`\n${file}`);
    for (const i of xs) console.error(`  ✗ ${formatIssue({ ...i, file: '' }).replace(/^: /, '').replace(/^ → /, '')}`);
  }
  console.error(`\n${issues.length} issue${issues.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}. Content is not valid.`);
  process.exit(1);
}
const c = countsOf(model);
console.log(
  `Content is valid: ${c.layers} layers, ${c.stages} stages (${c.additionalStages} additional), ${c.llmops} LLMOps sub-stages, ` +
    `${c.categories} categories, ${model.provisions.length} provisions, ${c.handoffs} handoffs, ${model.incidents.length} incidents, ` +
    `${model.references.length} references, ${model.claims.length} claims.`,
);
if (org?.overlay) {
  const r = coverage(model, org.overlay);
  const t = r.totals.inScopeCounts;
  console.log(
    `Organisation overlay is valid: ${r.organisation}, tier ${r.tier.id}, ${org.overlay.controls.length} controls, ${org.overlay.pages.length} page${org.overlay.pages.length === 1 ? '' : 's'}; ` +
      `stages in scope: ${t.covered} covered, ${t.partial} partly, ${t.not} not covered, ${t.skipped} skipped.`,
  );
  console.log('A build with it is an internal build (noindex, "Internal" markers): host it only behind access control; PUBLIC_BUILD=1 builds the public model.');
} else {
  console.log('No organisation overlay in use: the public model only.');
}
