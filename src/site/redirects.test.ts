import { describe, expect, it } from 'vitest';
import { redirectPage } from './redirects.ts';

describe('redirect pages', () => {
  it('send the browser to the target at once and name it as canonical', () => {
    const html = redirectPage('/kb/s/2.4/', '/kb/stages/2-4-alignment/', 'https://kb.example.org');
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/kb/stages/2-4-alignment/">');
    expect(html).toContain('<link rel="canonical" href="https://kb.example.org/kb/stages/2-4-alignment/">');
    expect(html).toContain('<a href="/kb/stages/2-4-alignment/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('keep the canonical link relative without a site URL', () => {
    expect(redirectPage('/s/L.7/', '/llmops/l-7-monitoring/')).toContain('<link rel="canonical" href="/llmops/l-7-monitoring/">');
  });

  it('escape what they print', () => {
    const html = redirectPage('/s/"x"/', '/a/<b>/');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('&quot;x&quot;');
  });
});
