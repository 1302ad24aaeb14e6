/**
 * `npm run new -- <collection> <id>`: creates `content/<collection>/<id>.(mdx|yaml)` from the collection's
 * template (`scripts/new/templates.ts`). Fields the author must write are left empty, so `npm run validate`
 * lists each one until it is filled; pre-filled values validate as they are and are printed to be checked.
 */
import { DEFAULT_CONTENT_ROOT } from '../src/model/overlay-source.ts';
import { MIN_WORDS } from '../src/rules/prose.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { scaffold, ScaffoldError } from './new/scaffold.ts';

const [collection, id, ...rest] = process.argv.slice(2);
if (!collection || !id || rest.length) {
  console.error(`usage: npm run new -- <collection> <id>\n  collections: ${Object.keys(COLLECTIONS).join(', ')}`);
  process.exit(1);
}
try {
  const s = scaffold(DEFAULT_CONTENT_ROOT, collection, id);
  const words = MIN_WORDS[collection as keyof typeof MIN_WORDS];
  console.log([
    `Created ${s.file}.`,
    `Fill the ${s.empty.length} empty field${s.empty.length === 1 ? '' : 's'}: run \`npm run validate\`, which lists each one, until it reports none for this file.`,
    ...(s.prefilled.length ? ['Check these pre-filled values; they validate as they are, but they are starting points, not facts about this entry:', ...s.prefilled.map((p) => `  ${p.field}: ${p.value}`)] : []),
    ...(s.optional.length ? [`Optional fields you may add (see the schema in src/schemas/): ${s.optional.join(', ')}.`] : []),
    ...(words ? [`Then write the body under its headings: at least ${words} words (validate checks the body once the fields are valid).`] : []),
  ].join('\n'));
} catch (e) {
  if (!(e instanceof ScaffoldError)) throw e;
  console.error(e.message);
  process.exit(1);
}
