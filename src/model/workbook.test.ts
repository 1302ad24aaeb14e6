import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { crossReferenceRows, EXPORT_COLLECTIONS } from './export.ts';
import { loadModel } from './load.ts';
import { pathOf } from './urls.ts';
import { workbookSheets, workbookXlsx } from './workbook.ts';
import { dosDateTime, fixZipTimes, zipEntry, zipEntryTimes } from './zip.ts';

const m = loadModel();
const OPTIONS = { version: '1.2.3', lastModified: '2025-06-30T12:00:00Z', publisher: 'Example publisher', basePath: '/kb/', siteUrl: 'https://kb.example.org' };
const SHEETS = [...EXPORT_COLLECTIONS, 'threats', 'controls', 'stage-identifiers', ...Object.keys(crossReferenceRows(m))];

async function build(at: string) {
  vi.useFakeTimers({ now: new Date(at), toFake: ['Date'] });
  try {
    return await workbookXlsx(m, OPTIONS);
  } finally {
    vi.useRealTimers();
  }
}
const first = await build('2030-01-01T08:00:00Z');
const read = async (bytes: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
};
const wb = await read(first);

describe('the workbook', () => {
  it('is the same, byte for byte, when written again at another time', async () => {
    const second = await build('2031-06-15T17:45:10Z');
    expect(second.equals(first)).toBe(true);
    const { time, date } = dosDateTime(OPTIONS.lastModified);
    for (const e of zipEntryTimes(first)) expect([e.name, e.time, e.date]).toEqual([e.name, time, date]);
  });

  it('has one sheet per collection, the stage guidance and each cross-reference table, in that order', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('freezes the header row and filters every column of every sheet', () => {
    for (const w of wb.worksheets) {
      expect(w.views[0], w.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(w.autoFilter, w.name).toBe(`A1:${w.getColumn(w.getRow(1).cellCount).letter}${w.rowCount}`);
    }
  });

  it("names each sheet's filter range _xlnm._FilterDatabase, as Excel does and LibreOffice needs to show the filter", () => {
    const xml = zipEntry(first, 'xl/workbook.xml')!.toString('utf8').replace(/&apos;/g, "'");
    const names = [...xml.matchAll(/<definedName name="_xlnm\._FilterDatabase" localSheetId="(\d+)">([^<]+)<\/definedName>/g)].map((x) => [Number(x[1]), x[2]]);
    expect(names).toEqual(wb.worksheets.map((w, i) => [i, `'${w.name}'!$${(w.autoFilter as string).replace(':', ':$').replace(/([A-Z]+)(\d+)/g, '$1$$$2')}`]));
  });

  it('holds one row per entry, with a link to its page', () => {
    const stages = wb.getWorksheet('stages')!;
    expect(stages.rowCount).toBe(m.stages.length + 1);
    expect(stages.getRow(1).values).toEqual(expect.arrayContaining(['id', 'page', 'name', 'layer', 'tier']));
    const s = m.stages[3];
    const row = stages.getRow(5);
    expect(row.getCell(1).value).toBe(s.id);
    expect(row.getCell(2).value).toEqual({ text: pathOf(m, 'stages', s.id), hyperlink: `https://kb.example.org/kb/${pathOf(m, 'stages', s.id)}` });
  });

  it('links each threat to its anchor on the stage page and each cross-reference to the entries it names', () => {
    const threats = wb.getWorksheet('threats')!;
    const s = m.stages[0];
    const t = s.data.guidance.threats[0];
    expect(threats.getRow(2).getCell(3).value).toEqual({ text: `${s.id} threat-${t.key}`, hyperlink: `https://kb.example.org/kb/${pathOf(m, 'stages', s.id)}#threat-${t.key}` });
    const xref = wb.getWorksheet('stage-provision')!;
    const [, p] = crossReferenceRows(m)['stage-provision'][1];
    expect(xref.getRow(2).getCell(2).value).toEqual({ text: p, hyperlink: `https://kb.example.org/kb/${pathOf(m, 'provisions', p)}` });
  });

  it('follows the data: a threat added to a stage adds a row to the threats sheet', () => {
    const changed = structuredClone(m);
    changed.stages[0].data.guidance.threats.push({ ...changed.stages[0].data.guidance.threats[0], key: 'added' });
    const count = (x: typeof m) => workbookSheets(x, OPTIONS).find((s) => s.name === 'threats')!.rows.length;
    expect(count(changed)).toBe(count(m) + 1);
  });

  it('refuses a value longer than a cell can hold, naming the sheet, entry and field', () => {
    const changed = structuredClone(m);
    changed.references[0].data.text = 'x'.repeat(32768);
    expect(() => workbookSheets(changed, OPTIONS)).toThrow(`workbook: references ${changed.references[0].id} text: expected at most 32767 characters for one cell; found 32768`);
  });

  it('without a site URL, links pages relative to the workbook, which is served from data/', () => {
    const sheets = workbookSheets(m, { ...OPTIONS, siteUrl: undefined });
    expect(sheets.find((s) => s.name === 'stages')!.rows[0][1]).toEqual({ text: pathOf(m, 'stages', m.stages[0].id), hyperlink: `../${pathOf(m, 'stages', m.stages[0].id)}` });
  });
});

describe('fixZipTimes', () => {
  it('refuses what is not a ZIP archive', () => {
    expect(() => fixZipTimes(Buffer.from('not a zip archive, just some bytes'), OPTIONS.lastModified)).toThrow('expected a ZIP archive');
  });

  it('encodes a UTC time as MS-DOS fields (2-second resolution)', () => {
    expect(dosDateTime('2025-06-30T12:00:01Z')).toEqual({ time: (12 << 11) | 0, date: ((2025 - 1980) << 9) | (6 << 5) | 30 });
  });
});

describe('the identifier lists in the workbook', () => {
  it('are written a row per item, so a list too long for one cell still fits (a 10x fork)', () => {
    const eu = m.identifiers.find((l) => l.id === 'eu-ai-act')!;
    const items = Array.from({ length: 10 }, () => eu.data.items).flat();
    expect(JSON.stringify(items).length).toBeGreaterThan(32767);
    const grown = { ...m, identifiers: m.identifiers.map((l) => (l.id === 'eu-ai-act' ? { ...l, data: { ...l.data, items } } : l)) };
    const sheet = workbookSheets(grown as typeof m, OPTIONS).find((s) => s.name === 'identifiers')!;
    const count = (mm: typeof m) => mm.identifiers.reduce((n, l) => n + l.data.items.length, 0);
    expect(sheet.rows.length).toBe(count(grown as typeof m));
    expect(sheet.header.slice(0, 1)).toEqual(['list']);
    expect(sheet.header).toContain('item.id');
  });
});
