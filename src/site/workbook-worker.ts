/**
 * A worker thread of the build that writes the workbook (`src/site/exchange.ts`): ExcelJS takes about half a
 * second of CPU for it, which the pages' main thread, the build's bottleneck while it renders, no longer
 * spends. It receives the sheets (plain data) and the document's properties, and answers with the bytes.
 * Runs on Node's own TypeScript type stripping, like the drawing process: erasable syntax, `.ts` imports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeXlsx, type SheetData, type XlsxDocument } from '../model/xlsx.ts';

const { sheets, document } = workerData as { sheets: SheetData[]; document: XlsxDocument };
const bytes = await writeXlsx(sheets, document);
parentPort!.postMessage(bytes);
