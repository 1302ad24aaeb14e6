/**
 * Imports NIST AI 600-1's suggested actions from the reference copy (`../shared/reference/frameworks/
 * nist-ai-600-1-actions.json`) into `content/actions/<ID>.yaml`, one file each. Run once per edition:
 * `npx tsx scripts/import-gai-actions.ts [path/to/actions.json]`. It refuses to overwrite an existing file
 * (hand edits, such as a narrower `stages` list, belong to the content), and it fails on any risk label or
 * actor task it cannot place, naming the action, rather than dropping it.
 *
 * The extraction's defects are normalised here, each listed below, never in the content by hand.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dump } from 'js-yaml';
import { AI_ACTOR_TASKS } from '../src/schemas/gai-action.ts';
import { subcategoryOfAction } from '../src/model/gai-actions.ts';

/** AI 600-1 §2's twelve risks, and every spelling the extraction uses for each (after ligatures are undone). */
export const RISK_IDS: Record<string, string> = {
  'CBRN Information or Capabilities': 'nist600-cbrn',
  'CBRN Information and Capability': 'nist600-cbrn',
  'Confabulation': 'nist600-confabulation',
  'Dangerous, Violent, or Hateful Content': 'nist600-dangerous-content',
  'Data Privacy': 'nist600-data-privacy',
  'Environmental': 'nist600-environmental',
  'Environmental Impacts': 'nist600-environmental',
  'Harmful Bias and Homogenization': 'nist600-harmful-bias',
  'Human-AI Configuration': 'nist600-human-ai-configuration',
  'Human AI Configuration': 'nist600-human-ai-configuration',
  'Information Integrity': 'nist600-information-integrity',
  'Information Security': 'nist600-information-security',
  'Intellectual Property': 'nist600-intellectual-property',
  'Obscene, Degrading, and/or Abusive Content': 'nist600-obscene-content',
  'Value Chain and Component Integration': 'nist600-value-chain',
};
/** Labels printed as risks that are not among the twelve: kept verbatim in `otherRisks`. */
const OTHER_RISKS = new Set(['Civil Rights violations']);
/** Two risks the extraction ran into one string (MG-3.2-004). */
const JOINED: Record<string, string[]> = {
  'Human-AI Configuration, Dangerous, Violent, or Hateful Content': ['Human-AI Configuration', 'Dangerous, Violent, or Hateful Content'],
};
const TASK_SPELLINGS: Record<string, string> = { 'End- Users': 'End-Users', 'End Users': 'End-Users', 'AI Actors: AI Design': 'AI Design' };
/** An ID the extraction garbled: `GV4.3--001` is GV-4.3-001 (the only action of GOVERN 4.3 with that number). */
const ID_FIXES: Record<string, string> = { 'GV4.3--001': 'GV-4.3-001' };

const LIGATURES: Record<string, string> = { 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi', 'ﬄ': 'ffl' };
export const clean = (s: string) => s.replace(/[ﬁﬂﬀﬃﬄ]/g, (c) => LIGATURES[c]!).replace(/\s+/g, ' ').trim();

interface Raw { action_id: string; subcategory_id: string; suggested_action: string; gai_risks: string[]; ai_actor_tasks: string[] }

export function toEntry(raw: Raw) {
  const id = ID_FIXES[raw.action_id] ?? raw.action_id;
  const subcategory = subcategoryOfAction(id);
  if (!subcategory) throw new Error(`${raw.action_id}: expected an ID such as GV-1.1-001`);
  const labels = raw.gai_risks.map(clean).flatMap((r) => JOINED[r] ?? [r]);
  const unknown = labels.filter((r) => !RISK_IDS[r] && !OTHER_RISKS.has(r));
  if (unknown.length) throw new Error(`${id}: expected AI 600-1 risk names; found ${unknown.map((r) => `"${r}"`).join(', ')}`);
  const tasks = raw.ai_actor_tasks.map(clean).map((t) => TASK_SPELLINGS[t] ?? t);
  const badTask = tasks.find((t) => !(AI_ACTOR_TASKS as readonly string[]).includes(t));
  if (badTask) throw new Error(`${id}: expected an AI actor task of AI 600-1; found "${badTask}"`);
  const otherRisks = labels.filter((r) => OTHER_RISKS.has(r));
  return {
    id,
    data: {
      subcategory,
      action: clean(raw.suggested_action),
      risks: [...new Set(labels.filter((r) => RISK_IDS[r]).map((r) => RISK_IDS[r]!))],
      ...(otherRisks.length ? { otherRisks } : {}),
      tasks: [...new Set(tasks)],
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = resolve(process.argv[2] ?? '../shared/reference/frameworks/nist-ai-600-1-actions.json');
  const dir = resolve('content/actions');
  mkdirSync(dir, { recursive: true });
  let written = 0;
  for (const raw of JSON.parse(readFileSync(source, 'utf8')) as Raw[]) {
    const { id, data } = toEntry(raw);
    const file = join(dir, `${id}.yaml`);
    if (existsSync(file)) continue;
    writeFileSync(file, dump(data, { lineWidth: -1, quotingType: "'" }));
    written++;
  }
  console.log(`Wrote ${written} actions to content/actions/ (existing files left as they are).`);
}
