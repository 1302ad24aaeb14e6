import type { APIRoute } from 'astro';
import { collectionExport, EXPORT_COLLECTIONS, statisticsExport } from '../../model/export';
import { model } from '../../site/model';

export const getStaticPaths = () => [...EXPORT_COLLECTIONS, 'statistics'].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const m = model();
  const data = params.name === 'statistics' ? statisticsExport(m) : collectionExport(m, params.name as (typeof EXPORT_COLLECTIONS)[number]);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
