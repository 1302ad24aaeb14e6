import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../schemas/index.ts';
import { fieldComments, schemaReference } from './schema-reference.ts';

describe('schema reference', () => {
  const ref = schemaReference();
  it('covers every collection', () => expect(ref.map((r) => r.collection).sort()).toEqual(Object.keys(COLLECTIONS).sort()));
  it('lists nested fields with their type, whether required, and the comment written in the schema', () => {
    const handoffs = ref.find((r) => r.collection === 'handoffs')!;
    const producedAt = handoffs.fields.find((f) => f.path === 'evidence[].producedAt')!;
    expect(producedAt).toMatchObject({ type: 'string', required: true });
    expect(producedAt.doc).toMatch(/produced/);
    expect(producedAt.constraints.join(' ')).toContain('pattern');
    const stages = ref.find((r) => r.collection === 'stages')!;
    expect(stages.fields.find((f) => f.path === 'llmops')).toMatchObject({ required: false });
    expect(stages.fields.find((f) => f.path === 'novelty')!.type).toContain('"emerging"');
  });
  it('reads comments above fields, not elsewhere', () => {
    const docs = fieldComments('/** The name. */\n  name: line(),\n  other: x,\n');
    expect(docs.get('name')).toBe('The name.');
    expect(docs.has('other')).toBe(false);
  });
});
