import { afterAll, describe, expect, it } from 'vitest';
import { cleanFixtures, fixture } from '../test/fixture.ts';
import { crosswalk } from './crosswalk.ts';
import { loadModel, validateContent } from './load.ts';

afterAll(cleanFixtures);

describe('crosswalk', () => {
  const m = loadModel();
  it('has one view per source article, phases in their order', () => {
    const views = crosswalk(m);
    expect(views.map((v) => v.source).sort()).toEqual([...new Set(m.phases.map((p) => p.data.source))].sort());
    for (const v of views) expect(v.phases.map((p) => p.data.order)).toEqual(v.phases.map((_, i) => i + 1));
  });
  it('lists as uncovered exactly the stages no phase of the view names', () => {
    for (const v of crosswalk(m)) {
      const named = new Set(v.phases.flatMap((p) => p.data.stages.map((s) => s.stage)));
      expect(v.uncovered.map((s) => s.id)).toEqual(m.stages.filter((s) => !named.has(s.id)).map((s) => s.id));
    }
  });
  it('follows the data: a stage added to a phase is no longer uncovered', () => {
    const view = crosswalk(m).find((v) => v.uncovered.length > 0)!;
    const missing = view.uncovered[0].id;
    const phase = view.phases[0];
    const root = fixture({ file: `phases/${phase.id}.yaml`, replace: /^stages:\n/m, with: `stages:\n  - stage: '${missing}'\n    note: Added by a test.\n` });
    const after = crosswalk(validateContent(root).model).find((v) => v.source === view.source)!;
    expect(after.uncovered.map((s) => s.id)).not.toContain(missing);
  });
});
