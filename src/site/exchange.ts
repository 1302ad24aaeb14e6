/**
 * The exchange formats as the site serves them (ATLAS Navigator layers, the STIX 2.1 bundle, the workbook):
 * serialised once per build from the core's pure functions, with this site's version, time and address, so
 * the endpoints that write them and the data page that lists their sizes use the same bytes.
 */
import { navigatorLayers } from '../model/navigator.ts';
import { stixBundle } from '../model/stix.ts';
import { workbookXlsx } from '../model/workbook.ts';
import { siteConfig } from './config.ts';
import { model } from './model.ts';
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

let layers: Map<string, Buffer> | undefined;
/** Every Navigator layer by name (`model`, `stage-2-4`, …), as file bytes. */
export function navigatorFiles(): Map<string, Buffer> {
  layers ??= new Map([...navigatorLayers(model(), exchangeOptions())].map(([name, layer]) => [name, json(layer)]));
  return layers;
}

let stix: Buffer | undefined;
/** The STIX 2.1 bundle, as file bytes. */
export function stixFile(): Buffer {
  stix ??= json(stixBundle(model(), exchangeOptions()));
  return stix;
}

let workbook: Promise<Buffer> | undefined;
/** The workbook, as file bytes. */
export function workbookFile(): Promise<Buffer> {
  workbook ??= workbookXlsx(model(), exchangeOptions());
  return workbook;
}

/** A byte count as people read it: `812 B`, `14.2 KB`, `1.3 MB` (powers of 1,000, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
