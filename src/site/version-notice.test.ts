import { describe, expect, it } from 'vitest';
import { counterpart, noticeHtml, redirectTarget, withNotice, type LatestSite } from './version-notice.ts';

// The latest version: stage 2.4 renamed "Preference Alignment" (same ID, new address), G.9 formerly G.6, 1.6 gone.
const latest: LatestSite = {
  pages: new Set(['', 'stages/2-4-preference-alignment/', 'governance/g-9-oversight/', 'about/']),
  redirects: new Map([['s/2.4/', 'stages/2-4-preference-alignment/'], ['s/G.6/', 'governance/g-9-oversight/'], ['s/G.9/', 'governance/g-9-oversight/']]),
  formerIds: new Map([['G.6', 'G.9']]),
};
const ids = new Map([['stages/2-4-alignment/', '2.4'], ['governance/g-6-oversight/', 'G.6'], ['stages/1-6-gone/', '1.6']]);
const idOf = (p: string) => ids.get(p);

describe('the latest counterpart of a frozen page', () => {
  it('is the same page when the latest version still has it', () => expect(counterpart('about/', idOf, latest)).toEqual({ kind: 'same', path: 'about/' }));
  it('follows the entry when its address changed', () => expect(counterpart('stages/2-4-alignment/', idOf, latest)).toEqual({ kind: 'moved', path: 'stages/2-4-preference-alignment/' }));
  it('names the new ID when the entry was renamed through formerIds', () =>
    expect(counterpart('governance/g-6-oversight/', idOf, latest)).toEqual({ kind: 'renamed', from: 'G.6', to: 'G.9', path: 'governance/g-9-oversight/' }));
  it('says removed when neither the page nor its entry is there', () => {
    expect(counterpart('stages/1-6-gone/', idOf, latest)).toEqual({ kind: 'removed' });
    expect(counterpart('figures/old/', idOf, latest)).toEqual({ kind: 'removed' });
  });
});

describe('the notice', () => {
  const release = { version: '0.1.0', date: '2026-11-22' };
  it('names the release and links the latest page under the latest base', () => {
    const html = noticeHtml(release, { kind: 'renamed', from: 'G.6', to: 'G.9', path: 'governance/g-9-oversight/' }, '/kb/', '0.3.0');
    expect(html).toContain('<strong>Version 0.1.0</strong>, released 2026-11-22');
    expect(html).toContain('G.6 has since been renamed G.9: <a href="/kb/governance/g-9-oversight/">its page in the latest version</a> (0.3.0)');
    expect(html).toContain('<a href="/kb/versions/">All versions</a>');
    expect(noticeHtml(release, { kind: 'removed' }, '/kb/', '0.3.0')).toContain('This page has since been removed');
  });
  it('goes at the start of the main content, and not on a redirect page', () => {
    expect(withNotice('<body><main data-pagefind-body lang="en"><h1>x</h1></main>', '<aside>n</aside>')).toBe('<body><main data-pagefind-body lang="en"><aside>n</aside><h1>x</h1></main>');
    const redirect = '<!doctype html><meta http-equiv="refresh" content="0;url=/kb/v/0.1.0/stages/x/">';
    expect(withNotice(redirect, '<aside>n</aside>')).toBe(redirect);
    expect(redirectTarget(redirect)).toBe('/kb/v/0.1.0/stages/x/');
  });
});
