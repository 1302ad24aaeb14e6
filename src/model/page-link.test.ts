import { describe, expect, it } from 'vitest';
import { isAbsolute, pageLink } from './page-link.ts';

describe('pageLink', () => {
  it('gives the absolute URL under the base path when the site URL is configured', () => {
    expect(pageLink({ basePath: '/internal/llm-lifecycle/', siteUrl: 'https://kb.example.org' }, 'stages/2-4-alignment/')).toBe('https://kb.example.org/internal/llm-lifecycle/stages/2-4-alignment/');
    expect(isAbsolute({ basePath: '/', siteUrl: 'https://kb.example.org' })).toBe(true);
  });

  it('gives the path under the base, whatever slashes the base path is written with, when there is no site URL', () => {
    expect(pageLink({ basePath: '/' }, 'stages/')).toBe('/stages/');
    expect(pageLink({ basePath: 'kb' }, 'stages/')).toBe('/kb/stages/');
    expect(pageLink({ basePath: '/kb/' }, 'stages/x/#threat-a')).toBe('/kb/stages/x/#threat-a');
    expect(isAbsolute({ basePath: '/kb/' })).toBe(false);
  });
});
