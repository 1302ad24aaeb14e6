import type { APIRoute } from 'astro';
import { coverageExport } from '../../model/coverage.ts';
import { collectionExport, EXPORT_COLLECTIONS, statisticsExport } from '../../model/export.ts';
import { model } from '../../site/model.ts';
import { coverageReport } from '../../site/overlay.ts';

/** `coverage` exists only when an organisation overlay is in use (see src/site/overlay.ts). */
export const getStaticPaths = () =>
  [...EXPORT_COLLECTIONS, 'statistics', ...(coverageReport() ? ['coverage'] : [])].map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const m = model();
  const data =
    params.name === 'statistics' ? statisticsExport(m)
    : params.name === 'coverage' ? coverageExport(coverageReport()!)
    : collectionExport(m, params.name as (typeof EXPORT_COLLECTIONS)[number]);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
