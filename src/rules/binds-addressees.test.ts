/**
 * Who an EU AI Act entry binds. The rule holds entries to the reviewed addressee table on the pinned list;
 * these tests hold the table to the official text: every phrase it quotes is in the article, and every
 * addressee the article names is either bound or recorded as named without being bound.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModel, validateContent } from '../model/index.ts';
import { cleanFixtures, fixture } from '../test/fixture.ts';

afterAll(cleanFixtures);

/** The official text (reference copy of the OJ text; see ../shared/reference/frameworks/README.md). */
const TEXT_DIR = resolve(process.env.EU_AI_ACT_TEXT_DIR ?? '../shared/reference/frameworks');
const ARTICLES = resolve(TEXT_DIR, 'eu-ai-act-articles.json');
const ANNEXES = resolve(TEXT_DIR, 'eu-ai-act-annexes.json');
const haveText = existsSync(ARTICLES) && existsSync(ANNEXES);
// CI always has ../shared beside the project: there a missing text is a failure, not a skip.
if (!haveText && process.env.CI === 'true') throw new Error(`the official EU AI Act text is not at ${TEXT_DIR}: CI checks the addressee table against it`);
if (!haveText) console.warn(`binds-addressees.test.ts: the official text is not at ${TEXT_DIR} (set EU_AI_ACT_TEXT_DIR); the checks of the addressee table against it do not run.`);

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

function officialText(id: string): string | undefined {
  const art = /^Art\. (\d+)$/.exec(id);
  if (art) {
    const all = JSON.parse(readFileSync(ARTICLES, 'utf8')) as { article: number; content: string }[];
    return all.find((a) => a.article === Number(art[1]))?.content;
  }
  const annex = /^Annex ([IVXL]+)$/.exec(id);
  if (annex) {
    const all = JSON.parse(readFileSync(ANNEXES, 'utf8')) as { content: string }[];
    return all.find((a) => a.content.startsWith(`ANNEX ${annex[1]} `))?.content;
  }
  return undefined;
}

/** Words by which the text names each role; providers of GPAI models are providers too. */
const LEXICON: { term: RegExp; roles: string[] }[] = [
  { term: /\bproviders?\b/i, roles: ['provider', 'gpai-provider', 'gpai-provider-systemic-risk'] },
  { term: /\bdeployers?\b/i, roles: ['deployer'] },
  { term: /\bimporters?\b/i, roles: ['importer'] },
  { term: /\bdistributors?\b/i, roles: ['distributor'] },
  { term: /\bauthorised representatives?\b/i, roles: ['authorised-representative'] },
  { term: /\bnotified bod(y|ies)\b/i, roles: ['notified-body'] },
  { term: /\bMember States?\b/, roles: ['member-states'] },
  { term: /market surveillance authorit|competent authorit/i, roles: ['national-competent-authorities'] },
  { term: /\bCommission\b/, roles: ['commission'] },
  { term: /\bAI Office\b/, roles: ['ai-office'] },
];

const m = loadModel();
const reviewed = m.byId.identifiers.get('eu-ai-act')!.data.items.filter((i) => i.binds);

describe.skipIf(!haveText)('the reviewed addressee table, against the official text', () => {
  it.each(reviewed.map((i) => [i.id, i] as const))('%s: every quoted phrase is in the article', (id, item) => {
    const text = norm(officialText(id)!);
    expect(text.length).toBeGreaterThan(0);
    for (const b of item.binds!) if (b.words) expect(text, `${id}: "${b.words}"`).toContain(norm(b.words));
  });
  it.each(reviewed.map((i) => [i.id, i] as const))('%s: every addressee the article names is bound or recorded as named', (id, item) => {
    const text = officialText(id)!;
    const recorded = new Set<string>([...item.binds!.map((b) => b.role), ...(item.named ?? []).map((n) => n.role)]);
    const unrecorded = LEXICON.filter((l) => l.term.test(text) && !l.roles.some((r) => recorded.has(r))).map((l) => l.roles[0]);
    expect(unrecorded).toEqual([]);
  });
  it.each(reviewed.map((i) => [i.id, i] as const))('%s: no role is both bound and merely named', (_id, item) => {
    const bound = new Set(item.binds!.map((b) => b.role));
    expect((item.named ?? []).filter((n) => bound.has(n.role)).map((n) => n.role)).toEqual([]);
  });
});

describe('binds-names-addressees', () => {
  it('has a reviewed table for every article an EU entry cites', () => {
    expect(validateContent().issues.filter((i) => i.rule === 'binds-names-addressees')).toEqual([]);
  });
  it('flags an entry whose binds omits an addressee its article binds (Art. 74(12): providers)', () => {
    const { issues } = validateContent(fixture({ file: 'provisions/eu-art-74.mdx', replace: /^binds: .*$/m, with: 'binds: [member-states, national-competent-authorities, ai-office]' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/provisions/eu-art-74.mdx', field: 'binds', rule: 'binds-names-addressees', message: expect.stringContaining('expected "provider"') }));
  });
  it('flags a role the article only names, saying so', () => {
    const { issues } = validateContent(fixture({ file: 'provisions/eu-art-53.mdx', replace: /^binds: .*$/m, with: 'binds: [gpai-provider, ai-office]' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/provisions/eu-art-53.mdx', rule: 'binds-names-addressees', message: expect.stringContaining('names without binding') }));
  });
  it('lets a part of an article bind some of its addressees', () => {
    const art74 = readFileSync('content/provisions/eu-art-74.mdx', 'utf8');
    const part = art74.replace(/^reference: .*$/m, "reference: 'Art. 74(12)'").replace(/^title: .*\n/m, 'parent: eu-art-74\n').replace(/^binds: .*$/m, 'binds: [provider]');
    const { issues } = validateContent(fixture({ file: 'provisions/eu-art-74-12.mdx', write: part }));
    expect(issues.filter((i) => i.rule === 'binds-names-addressees')).toEqual([]);
    const wrong = validateContent(fixture({ file: 'provisions/eu-art-74-12.mdx', write: part.replace('binds: [provider]', 'binds: [deployer]') })).issues;
    expect(wrong).toContainEqual(expect.objectContaining({ file: 'content/provisions/eu-art-74-12.mdx', rule: 'binds-names-addressees', message: expect.stringContaining('found "deployer"') }));
  });
  it('refuses an entry whose article has no reviewed table', () => {
    const { issues } = validateContent(fixture({ file: 'identifiers/eu-ai-act.yaml', replace: /  - id: Art\. 12\n    name: Record-keeping\n    binds: .*\n/, with: '  - { id: Art. 12, name: Record-keeping }\n' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: 'content/provisions/eu-art-12.mdx', field: 'binds', rule: 'binds-names-addressees', message: expect.stringContaining('expected a reviewed addressee table') }));
  });
});
