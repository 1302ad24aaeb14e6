/** What the notices of frozen releases need to know of the latest version's model: its short links and former IDs. */
import { shortAliases, type Model } from '../model/index.ts';
import type { LatestSite } from './version-notice.ts';

export function latestSiteOf(m: Model): Omit<LatestSite, 'pages'> {
  const formerIds = new Map<string, string>();
  for (const c of ['stages', 'llmops', 'categories', 'handoffs', 'provisions'] as const)
    for (const e of m[c] as { id: string; data: { formerIds: string[] } }[]) for (const old of e.data.formerIds) formerIds.set(old, e.id);
  return { redirects: new Map(shortAliases(m).map(({ from, to }) => [from, to])), formerIds };
}
