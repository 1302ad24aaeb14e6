import type { APIRoute } from 'astro';
import { collectionJsonSchema, EXPORT_COLLECTIONS } from '../../../model/export.ts';

export const getStaticPaths = () => EXPORT_COLLECTIONS.map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(collectionJsonSchema(params.name as (typeof EXPORT_COLLECTIONS)[number]), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
