import { describe, expect, it } from 'vitest';
import { crossReferenceRows, EXPORT_COLLECTIONS } from '../model/export.ts';
import { workbookSheets, workbookXlsx } from '../model/workbook.ts';
import { dataFiles, exchangeOptions, navigatorFiles, workbookFile, writeXlsxInWorker } from './exchange.ts';
import { model } from './model.ts';

describe('the data files', () => {
  const files = dataFiles();
  const paths = files.map((f) => f.path);

  it('are each collection with its schema, the figures, every cross-reference table, the catalog, the layers, STIX and the workbook, once each', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const c of EXPORT_COLLECTIONS) expect(paths).toEqual(expect.arrayContaining([`data/${c}.json`, `data/schema/${c}.schema.json`]));
    for (const t of Object.keys(crossReferenceRows(model()))) expect(paths).toContain(`data/${t}.csv`);
    for (const l of navigatorFiles().keys()) expect(paths).toContain(`data/navigator/${l}.json`);
    expect(paths).toEqual(expect.arrayContaining(['data/statistics.json', 'data/oscal/catalog.json', 'data/stix/bundle.json', 'data/workbook.xlsx']));
    expect(files.find((f) => f.path === 'data/workbook.xlsx')?.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('give the workbook written in a worker thread byte for byte as the core writes it', async () => {
    const o = exchangeOptions();
    const inProcess = await workbookXlsx(model(), o);
    // The worker itself, without the fallback to writing it in this thread.
    expect((await writeXlsxInWorker(workbookSheets(model(), o), o, false)).equals(inProcess)).toBe(true);
    const fromWorker = await workbookFile();
    expect(fromWorker.equals(inProcess)).toBe(true);
    // Asked again for the same content, the same bytes are given without writing them again.
    expect(await workbookFile()).toBe(fromWorker);
  });
});
