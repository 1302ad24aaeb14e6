/** A build that carries organisation data is internal without any setting; only PUBLIC_BUILD makes it public. */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { carriesOrganisationData, internalBuild, internalLabel } from './internal.ts';
import { loadModel } from './load.ts';

afterAll(cleanFixtures);
const m = loadModel();

describe('whether a build is internal', () => {
  const withOrg = fixture({ file: 'org/organisation.yaml', write: 'name: Fork Ltd\ntier: T1\n' });
  const bare = fixture();
  it('is internal whenever an overlay is present, in content/org/ or through ORG_ROOT, with no flag set', () => {
    expect(carriesOrganisationData({}, withOrg)).toBe(true);
    expect(carriesOrganisationData({ ORG_ROOT: 'examples/org' }, bare)).toBe(true);
    expect(internalBuild(m, { ORG_ROOT: 'examples/org' }, bare)).toEqual({ organisation: 'Example Corp (fictional)' });
  });
  it('is public without organisation data', () => {
    expect(carriesOrganisationData({}, bare)).toBe(false);
    expect(internalBuild(m, {}, bare)).toBeUndefined();
  });
  it('is public with PUBLIC_BUILD, however spelled, and internal again when the flag is off', () => {
    for (const PUBLIC_BUILD of ['1', 'true', 'yes']) {
      expect(carriesOrganisationData({ PUBLIC_BUILD }, withOrg)).toBe(false);
      expect(internalBuild(m, { PUBLIC_BUILD, ORG_ROOT: 'examples/org' }, bare)).toBeUndefined();
    }
    for (const PUBLIC_BUILD of ['', '0', 'false']) expect(carriesOrganisationData({ PUBLIC_BUILD, ORG_ROOT: 'examples/org' }, bare)).toBe(true);
  });
  it('labels itself with the organisation\'s name', () => {
    expect(internalLabel({ organisation: 'Example Corp (fictional)' })).toBe('Internal · Example Corp (fictional)');
  });
});
