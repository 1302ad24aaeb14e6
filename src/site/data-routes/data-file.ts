/**
 * The files of `data/` (src/site/exchange.ts), served on request by the dev server, which adds this route once
 * per folder and extension (`/data/[name].json`, `/data/schema/[name].schema.json`, …); a build writes the
 * files itself (src/site/data-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles, dataRoute } from '../exchange.ts';

const filesOf = (routePattern: string) => dataFiles().filter((f) => dataRoute(f.path).pattern === routePattern);

export const getStaticPaths = (({ routePattern }) => filesOf(routePattern).map((f) => ({ params: { name: dataRoute(f.path).name } }))) satisfies GetStaticPaths;
export const GET: APIRoute = async ({ params, routePattern }) => {
  const file = filesOf(routePattern).find((f) => dataRoute(f.path).name === params.name);
  if (!file) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(await file.bytes()), { headers: { 'Content-Type': file.type } });
};
