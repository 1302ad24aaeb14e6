/** `npm run validate`: checks all content and prints every issue, grouped by file, then a summary. */
import { formatIssue, validateContent } from '../src/model/index';
import { countsOf } from '../src/rules/expected-counts';
import { ConfigError, siteConfig } from '../src/site/config';

try {
  siteConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(e.message);
  process.exit(1);
}

const { model, issues } = validateContent();
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
