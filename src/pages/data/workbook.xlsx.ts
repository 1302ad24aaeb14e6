/** The model as a spreadsheet workbook. */
import type { APIRoute } from 'astro';
import { workbookFile } from '../../site/exchange.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await workbookFile()), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
