/**
 * The dev server's authoring loop rests on this: the core's memoised model is read again once the
 * content changes, and only then (a build never counts a change, so it reads each file once).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../site/config.ts';
import { cleanFixtures, fixture, orgFixture } from '../test/fixture.ts';
import { contentChanged, contentGeneration, freshCache } from './generation.ts';
import { ContentError } from './issues.ts';
import { loadModel } from './load.ts';
import { activeOverlay } from './overlay.ts';
import { editFile, proseFile } from '../test/dev-server.ts';

afterAll(cleanFixtures);

// Each case validates the whole content several times: more than the default 5 s on a busy machine.
describe('caches of content', { timeout: 30_000 }, () => {
  it('keep what they hold until the content changes, then start empty', () => {
    const cache = freshCache<number>();
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    const before = contentGeneration();
    contentChanged();
    expect(contentGeneration()).toBe(before + 1);
    expect(cache.get('a')).toBeUndefined();
  });

  it('loadModel returns the same model until a change is counted, then the edited one; an invalid edit throws every time until fixed', () => {
    const root = fixture();
    const first = loadModel(root);
    editFile(proseFile(root, 'stages', '2.4'), /^name: .*$/m, 'name: Alignment Edited');
    expect(loadModel(root)).toBe(first);
    contentChanged();
    const second = loadModel(root);
    expect(second.byId.stages.get('2.4')?.data.name).toBe('Alignment Edited');
    editFile(proseFile(root, 'stages', '2.4'), /^layer: L2$/m, 'layer: L9');
    contentChanged();
    expect(() => loadModel(root)).toThrow(ContentError);
    expect(() => loadModel(root)).toThrow(/content\/stages\/2\.4\.mdx? → layer: expected an existing layer ID; found "L9"/);
    editFile(proseFile(root, 'stages', '2.4'), /^layer: L9$/m, 'layer: L2');
    contentChanged();
    expect(loadModel(root).byId.stages.get('2.4')?.data.name).toBe('Alignment Edited');
  });

  it('the overlay is checked again against each new model, and site.yaml read again after a change', () => {
    const org = orgFixture();
    const env = { ORG_ROOT: org };
    const m = loadModel();
    expect(activeOverlay(m, env)?.byId.get('EC-DATA-02')?.data.title).toBe('Annotation vendor quality audits');
    editFile(join(org, 'controls', 'EC-DATA-02.yaml'), /^title: .*$/m, 'title: Vendor audits');
    contentChanged();
    expect(activeOverlay(loadModel(), env)?.byId.get('EC-DATA-02')?.data.title).toBe('Vendor audits');

    const file = join(fixture(), 'site.yaml');
    const previous = process.env.SITE_CONFIG;
    process.env.SITE_CONFIG = file;
    try {
      const title = siteConfig().title;
      editFile(file, /^title: .*$/m, 'title: Edited Title');
      expect(siteConfig().title).toBe(title);
      contentChanged();
      expect(siteConfig().title).toBe('Edited Title');
    } finally {
      if (previous === undefined) delete process.env.SITE_CONFIG;
      else process.env.SITE_CONFIG = previous;
    }
  });
});
