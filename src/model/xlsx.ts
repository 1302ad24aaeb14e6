/**
 * Writes sheets of plain values as an .xlsx file with ExcelJS: each sheet with a bold, frozen header row, a
 * filter on every column, columns as wide as their text (up to a limit) and hyperlinks in the link style.
 * The archive's time stamps and the document dates are the time the content last changed, so a rebuild gives
 * the same bytes. The sheets are data only (`workbook.ts` computes them from the model), so this module runs
 * as well in a worker thread of the build (`src/site/workbook-worker.ts`), and it imports nothing else of
 * the core.
 */
import { fixZipTimes } from './zip.ts';

export type Cell = string | number | boolean | { text: string; hyperlink: string };
export interface SheetData { name: string; header: string[]; rows: Cell[][] }

/** The document's properties. */
export interface XlsxDocument {
  /** When the content last changed (RFC 3339): the document's dates and every archive entry's time. */
  lastModified: string;
  /** The content version, in the document properties. */
  version: string;
  /** Who publishes the content: the document's author. */
  publisher: string;
}

/** The workbook of `sheets` as .xlsx bytes. */
export async function writeXlsx(sheets: SheetData[], o: XlsxDocument): Promise<Buffer> {
  const when = new Date(o.lastModified);
  if (Number.isNaN(when.getTime())) throw new Error(`workbookXlsx: expected lastModified as an RFC 3339 date-time; found "${o.lastModified}"`);
  // Loaded when a workbook is written: the build writes it in a worker thread, so its main thread never loads ExcelJS.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = o.publisher;
  wb.lastModifiedBy = o.publisher;
  wb.created = when;
  wb.modified = when;
  wb.title = 'LLM Security Lifecycle';
  wb.subject = `Content version ${o.version}`;
  const filterRanges: string[] = [];
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: s.header.length } };
    filterRanges.push(`'${s.name}'!$A$1:$${ws.getColumn(s.header.length).letter}$${Math.max(1, s.rows.length + 1)}`);
    for (const [i, h] of s.header.entries()) {
      const width = Math.max(h.length, ...s.rows.slice(0, 200).map((r) => String(typeof r[i] === 'object' ? (r[i] as { text: string }).text : r[i]).length));
      ws.getColumn(i + 1).width = Math.min(60, Math.max(8, width + 2));
    }
    ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'object' && cell.value && 'hyperlink' in cell.value) cell.font = { color: { argb: 'FF0563C1' }, underline: true }; }));
  }
  // Excel records each sheet's filter range as the sheet-local name _xlnm._FilterDatabase too, and LibreOffice
  // shows the filter buttons only with it. ExcelJS writes sheet-local names only for print areas, so the
  // workbook's defined names are given here, as the model ExcelJS serialises (`{ name, ranges, localSheetId }`).
  const filterNames = filterRanges.map((range, localSheetId) => ({ name: '_xlnm._FilterDatabase', ranges: [range], localSheetId }));
  Object.defineProperty(wb.definedNames, 'model', { get: () => filterNames, configurable: true });
  return fixZipTimes(new Uint8Array(await wb.xlsx.writeBuffer()), o.lastModified);
}
