/**
 * The data exports as the site serves them under `data/`: the collections as JSON with their JSON Schemas,
 * the computed figures, the cross-reference tables as CSV, the OSCAL catalog (and profile, with an overlay),
 * the ATLAS Navigator layers, the STIX 2.1 bundle and the workbook. Each is serialised from the core's pure
 * functions with this site's version, time and address, once per content generation, so the files and the
 * data page that lists their sizes use the same bytes.
 *
 * A build writes the files itself (src/site/data-files.ts); the dev server serves them as routes
 * (src/site/data-routes/). The pages render in the same process as the configuration, in another copy of
 * this module: the serialised files are kept on `globalThis`, per model, so that both copies share them.
 */
import { stringify } from 'csv-stringify/sync';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { adoptedStages } from '../model/index.ts';
import { coverageExport } from '../model/coverage.ts';
import { collectionExport, collectionJsonSchema, crossReferenceRows, EXPORT_COLLECTIONS, statisticsExport } from '../model/export.ts';
import type { Model } from '../model/model.ts';
import { navigatorLayers } from '../model/navigator.ts';
import { oscalCatalog, oscalProfile } from '../model/oscal.ts';
import { stixBundle } from '../model/stix.ts';
import { workbookSheets } from '../model/workbook.ts';
import { writeXlsx, type SheetData, type XlsxDocument } from '../model/xlsx.ts';
import { siteConfig } from './config.ts';
import { model } from './model.ts';
import { coverageReport, overlay } from './overlay.ts';
import { contentLastModified, contentVersion } from './version.ts';

/** Where each format is written, relative to the site base. */
export const EXCHANGE_PATHS = {
  navigator: (name: string) => `data/navigator/${name}.json`,
  stix: 'data/stix/bundle.json',
  workbook: 'data/workbook.xlsx',
} as const;

export const exchangeOptions = () => {
  const c = siteConfig();
  return { version: contentVersion(), lastModified: contentLastModified(), publisher: c.publisher, basePath: c.basePath, siteUrl: c.siteUrl };
};
const json = (x: unknown) => Buffer.from(`${JSON.stringify(x, null, 2)}\n`, 'utf8');

interface Serialised { layers?: Map<string, Buffer>; stix?: Buffer; workbook?: Promise<Buffer> }
const KEY = '__llmslExchange';
const shared = globalThis as { [KEY]?: WeakMap<Model, Serialised> };
/** The files serialised so far from the current model (a new generation of the content starts afresh). */
const serialised = (): Serialised => {
  const byModel = (shared[KEY] ??= new WeakMap());
  const m = model();
  let s = byModel.get(m);
  if (!s) byModel.set(m, (s = {}));
  return s;
};

/** Every Navigator layer by name (`model`, `stage-2-4`, …), as file bytes. */
export function navigatorFiles(): Map<string, Buffer> {
  const s = serialised();
  s.layers ??= new Map([...navigatorLayers(model(), exchangeOptions())].map(([name, layer]) => [name, json(layer)]));
  return s.layers;
}

/** The STIX 2.1 bundle, as file bytes. */
export function stixFile(): Buffer {
  const s = serialised();
  s.stix ??= json(stixBundle(model(), exchangeOptions()));
  return s.stix;
}

/**
 * The workbook writer in a worker thread (src/site/workbook-worker.ts), where Node strips TypeScript types
 * itself (22.18 and later; the project's pinned Node does): ExcelJS takes about half a second of CPU, and
 * while the pages render the main thread is the build's bottleneck and the second core mostly idle.
 * Elsewhere, or if the worker fails, the workbook is written here (unless `fallback` is false: tests).
 */
export function writeXlsxInWorker(sheets: SheetData[], document: XlsxDocument, fallback = true): Promise<Buffer> {
  if (!process.features.typescript && fallback) return writeXlsx(sheets, document);
  const written = new Promise<Buffer>((done, fail) => {
    const worker = new Worker(resolve('src/site/workbook-worker.ts'), { workerData: { sheets, document } });
    worker.once('message', (bytes: Uint8Array) => done(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the workbook worker stopped (exit ${code}) without an answer`)));
  });
  return fallback ? written.catch(() => writeXlsx(sheets, document)) : written;
}

/** The workbook, as file bytes: the sheets are computed from the model here and written in a worker thread. */
export function workbookFile(): Promise<Buffer> {
  const s = serialised();
  const o = exchangeOptions();
  s.workbook ??= writeXlsxInWorker(workbookSheets(model(), o), o);
  return s.workbook;
}

/** One file of `data/`: its path relative to the site base, its media type and its bytes. */
export interface DataFile {
  path: string;
  type: string;
  bytes: () => Buffer | Promise<Buffer>;
}

const JSON_TYPE = 'application/json';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Every file of `data/`, each serialised when its bytes are asked for. `coverage.json` and the OSCAL profile
 * exist only when an organisation overlay is in use.
 */
export function dataFiles(): DataFile[] {
  const m = model();
  const report = coverageReport();
  const org = overlay();
  const tables = crossReferenceRows(m);
  return [
    ...EXPORT_COLLECTIONS.map((c) => ({ path: `data/${c}.json`, type: JSON_TYPE, bytes: () => json(collectionExport(m, c)) })),
    { path: 'data/statistics.json', type: JSON_TYPE, bytes: () => json(statisticsExport(m)) },
    ...(report ? [{ path: 'data/coverage.json', type: JSON_TYPE, bytes: () => json(coverageExport(report)) }] : []),
    ...Object.keys(tables).map((t) => ({ path: `data/${t}.csv`, type: 'text/csv; charset=utf-8', bytes: () => Buffer.from(stringify(tables[t]), 'utf8') })),
    ...EXPORT_COLLECTIONS.map((c) => ({ path: `data/schema/${c}.schema.json`, type: 'application/schema+json', bytes: () => json(collectionJsonSchema(c)) })),
    { path: 'data/oscal/catalog.json', type: JSON_TYPE, bytes: () => json(oscalCatalog(m, { version: contentVersion(), lastModified: contentLastModified() })) },
    ...(org
      ? [{
          path: 'data/oscal/profile.json',
          type: JSON_TYPE,
          // With an organisation overlay: an OSCAL profile selecting the stages the organisation adopts (its tier, minus its skips).
          bytes: () => json(oscalProfile(m, {
            version: contentVersion(),
            lastModified: contentLastModified(),
            title: `${org.organisation.data.name}: adopted stages of the LLM security lifecycle`,
            catalogHref: 'catalog.json',
            stageIds: adoptedStages(m, org),
          })),
        }]
      : []),
    ...[...navigatorFiles().keys()].map((name) => ({ path: EXCHANGE_PATHS.navigator(name), type: JSON_TYPE, bytes: () => navigatorFiles().get(name)! })),
    { path: EXCHANGE_PATHS.stix, type: JSON_TYPE, bytes: stixFile },
    { path: EXCHANGE_PATHS.workbook, type: XLSX_TYPE, bytes: workbookFile },
  ];
}

/**
 * The dev server's route for a data file, and the file's name in it: `data/schema/stages.schema.json` is
 * `stages` in `/data/schema/[name].schema.json`. A route per folder and extension, as Astro adds the trailing
 * slash of the site's addresses to a route whose pattern ends without one.
 */
export function dataRoute(path: string): { pattern: string; name: string } {
  const slash = path.lastIndexOf('/');
  const file = path.slice(slash + 1);
  const dot = file.indexOf('.');
  return { pattern: `/${path.slice(0, slash + 1)}[name]${file.slice(dot)}`, name: file.slice(0, dot) };
}

/** A byte count as people read it: `812 B`, `14.2 KB`, `1.3 MB` (powers of 1,000, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
