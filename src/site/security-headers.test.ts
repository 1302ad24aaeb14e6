/** The headers and robots.txt of an internal build keep search engines out; a public build's carry no such marker. */
import { describe, expect, it } from 'vitest';
import { headersFile, INTERNAL_ROBOTS_COMMENT, internalRobotsTxt, nginxInclude, securityHeaders } from './security-headers.ts';

const example = { organisation: 'Example Corp (fictional)' };

describe('an internal build', () => {
  it('sends X-Robots-Tag: noindex, nofollow with every response, on hosts reading _headers and on nginx', () => {
    const headers = securityHeaders(['abc='], example);
    expect(headersFile('/kb/', headers)).toContain('\n  X-Robots-Tag: noindex, nofollow\n');
    expect(nginxInclude(headers)).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
  });
  it('writes a robots.txt that disallows everything to every crawler and names the organisation', () => {
    const robots = internalRobotsTxt(example);
    expect(robots.split('\n').slice(1)).toEqual(['User-agent: *', 'Disallow: /', '']);
    expect(INTERNAL_ROBOTS_COMMENT.exec(robots)?.[1]).toBe('Example Corp (fictional)');
  });
});

describe('a public build', () => {
  it('sends no robots header', () => {
    const headers = securityHeaders(['abc=']);
    expect(headers.map(([k]) => k)).not.toContain('X-Robots-Tag');
    expect(nginxInclude(headers)).not.toMatch(/robots/i);
  });
});
