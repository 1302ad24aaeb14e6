import { describe, expect, it } from 'vitest';
import { URL_NAMESPACE, uuidV5 } from './uuid.ts';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('gives the published value for www.example.com in the DNS namespace', () => {
    // The example in Python's uuid documentation: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com').
    expect(uuidV5(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('is a version 5, RFC-variant UUID that depends on both namespace and name', () => {
    const a = uuidV5(URL_NAMESPACE, 'a');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5(URL_NAMESPACE, 'a')).toBe(a);
    expect(uuidV5(URL_NAMESPACE, 'b')).not.toBe(a);
    expect(uuidV5(DNS_NAMESPACE, 'a')).not.toBe(a);
  });
  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('not-a-uuid', 'a')).toThrow(/namespace UUID/);
  });
});
