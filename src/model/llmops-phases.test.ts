import { describe, expect, it } from 'vitest';
import { derivePhase, phaseCounts } from './llmops-phases.ts';
import { loadModel } from './load.ts';

describe('LLMOps phases', () => {
  it("applies Section 5's definitions to coverage marks", () => {
    expect(derivePhase({ D: 'named', S: 'named', P: 'absent' })).toBe('consensus');
    expect(derivePhase({ D: 'absent', S: 'implicit', P: 'implicit' })).toBe('elevation');
    expect(derivePhase({ D: 'absent', S: 'absent', P: 'absent' })).toBe('gap-closure');
    expect(derivePhase({ D: 'absent', S: 'named', P: 'absent' })).toBe('unclassifiable');
  });

  it('reproduces Table 2 as stated: 7 consensus, 2 elevation, 3 gap closure', () => {
    const c = phaseCounts(loadModel(), 'stated');
    expect([c.consensus.length, c.elevation.length, c['gap-closure'].length]).toEqual([7, 2, 3]);
  });

  it('finds that the marks of L.10–L.12 fit no phase', () => {
    const c = phaseCounts(loadModel(), 'derived');
    expect(c.unclassifiable.map((l) => l.id)).toEqual(['L.10', 'L.11', 'L.12']);
    expect(c['gap-closure']).toEqual([]);
  });
});
