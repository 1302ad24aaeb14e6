import type { APIRoute } from 'astro';
import { oscalCatalog } from '../../../model/oscal';
import { model } from '../../../site/model';
import { CONTENT_VERSION, contentLastModified } from '../../../site/version';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(oscalCatalog(model(), { version: CONTENT_VERSION, lastModified: contentLastModified() }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
