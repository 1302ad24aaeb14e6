/** How a provision's `reference` reads against its framework's pinned list (`content/identifiers/`). */
import type { FrameworkKey } from '../schemas/provision.ts';

/** The pinned list each framework's provisions are checked against: `content/identifiers/<framework>.yaml`. */
export const PROVISION_LISTS: Record<FrameworkKey, string> = {
  'nist-ai-rmf': 'nist-ai-rmf',
  'nist-ai-600-1': 'nist-ai-600-1',
  'eu-ai-act': 'eu-ai-act',
  'iso-42001': 'iso-42001',
};

/** An AI 600-1 reference names the risk and its section: "Confabulation (AI 600-1 §2.2)". */
const NIST600_REFERENCE = /^(.+) \(AI 600-1 (§2\.\d+)\)$/;
/** An EU AI Act part such as "Art. 53(1)(d)" or "Art. 10(3)": the article, then one or more bracketed parts. */
const EU_PART = /^(Art\. \d+)(\([^()]+\))+$/;

/**
 * How a provision's `reference` reads against its list: the list ID it must be on, whether it is a part
 * of that ID (so the list's name is not its title), and, for AI 600-1, the risk name the reference spells out.
 * Undefined when the reference does not have the form the framework's provisions use.
 */
export function listIdOf(framework: FrameworkKey, reference: string): { id: string; part: boolean; name?: string } | undefined {
  if (framework === 'nist-ai-600-1') {
    const m = NIST600_REFERENCE.exec(reference);
    return m ? { id: m[2]!, part: false, name: m[1]! } : undefined;
  }
  if (framework === 'eu-ai-act') {
    const m = EU_PART.exec(reference);
    if (m) return { id: m[1]!, part: true };
  }
  return { id: reference, part: false };
}

