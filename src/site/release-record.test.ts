import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRelease, compareVersions, formatReleaseRecord, readReleaseRecord, ReleaseRecordError } from './release-record.ts';

const C1 = 'a'.repeat(40);
const C2 = 'b'.repeat(40);
const tempFile = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'llmsl-record-')), 'releases.yaml');
  writeFileSync(file, text);
  return file;
};

describe('compareVersions', () => {
  it('orders versions numerically, a pre-release before its release', () => {
    const sorted = ['0.10.0', '0.2.0', '1.0.0', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0-beta', '0.2.1'].sort(compareVersions);
    expect(sorted).toEqual(['0.2.0', '0.2.1', '0.10.0', '1.0.0-beta', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0']);
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0);
  });
});

describe('the release record', () => {
  it('records 0.1.0 at the commit it was cut from (the session landing the 0.2.0 helpers branched from)', () => {
    const recorded = readReleaseRecord();
    expect(recorded[0]).toEqual({ version: '0.1.0', date: '2026-11-22', commit: 'a48c4dfd06874eb87d8a29415d80f5ea10662a00' });
  });

  it('reads back what it writes, and a missing file is no release', () => {
    const releases = [{ version: '0.1.0', date: '2026-11-22', commit: C1 }, { version: '0.2.0', date: '2026-12-06', commit: C2 }];
    expect(readReleaseRecord(tempFile(formatReleaseRecord(releases)))).toEqual(releases);
    expect(readReleaseRecord(join(tmpdir(), 'no-such-dir-llmsl', 'releases.yaml'))).toEqual([]);
  });

  it('rejects a bad field naming the file, the field, what was expected and what was found', () => {
    const file = tempFile(`releases:\n  - version: "0.1"\n    date: 2026-11-22\n    commit: abc123\n`);
    expect(() => readReleaseRecord(file)).toThrow(ReleaseRecordError);
    const message = (() => { try { readReleaseRecord(file); } catch (e) { return (e as Error).message; } })();
    expect(message).toContain(file);
    expect(message).toMatch(/releases\[0\]\.version: expected a semantic version such as "1\.0\.0"; found "0\.1"/);
    expect(message).toMatch(/releases\[0\]\.commit: expected a full 40-character commit hash.*found "abc123"/);
  });

  it('rejects versions out of order and dates going back', () => {
    const file = tempFile(formatReleaseRecord([{ version: '0.2.0', date: '2026-12-06', commit: C2 }, { version: '0.1.0', date: '2026-11-22', commit: C1 }]));
    expect(() => readReleaseRecord(file)).toThrow(/releases\[1\]\.version: expected a version greater than the one before \("0\.2\.0"\).*found "0\.1\.0"/);
    expect(() => readReleaseRecord(file)).toThrow(/releases\[1\]\.date: expected a date on or after the one before \(2026-12-06\); found 2026-11-22/);
  });
});

describe('addRelease', () => {
  const file = () => tempFile(formatReleaseRecord([{ version: '0.2.0', date: '2026-12-01', commit: C1 }]));
  it('appends a greater version', () => {
    const f = file();
    addRelease(f, { version: '0.10.0', date: '2026-12-06', commit: C2 });
    expect(readReleaseRecord(f).map((r) => r.version)).toEqual(['0.2.0', '0.10.0']);
    expect(readFileSync(f, 'utf8')).toMatch(/^# Releases on record/);
  });
  it('refuses a version already recorded, or not greater than the latest', () => {
    const f = file();
    expect(() => addRelease(f, { version: '0.2.0', date: '2026-12-06', commit: C2 })).toThrow(/0\.2\.0 is already recorded \(commit aaaaaaaaaaaa, 2026-12-01\)/);
    expect(() => addRelease(f, { version: '0.1.9', date: '2026-12-06', commit: C2 })).toThrow('expected a version greater than the latest release, 0.2.0; found 0.1.9');
    expect(readReleaseRecord(f)).toHaveLength(1);
  });
});
