import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { crossReferenceRows } from '../../model/export.ts';
import { model } from '../../site/model.ts';

export const getStaticPaths = () => Object.keys(crossReferenceRows(model())).map((table) => ({ params: { table } }));

export const GET: APIRoute = ({ params }) =>
  new Response(stringify(crossReferenceRows(model())[params.table!]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
