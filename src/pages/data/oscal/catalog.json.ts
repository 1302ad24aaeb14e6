import type { APIRoute } from 'astro';
import { oscalCatalog } from '../../../model/oscal';
import { model } from '../../../site/model';
import { contentVersion, contentLastModified } from '../../../site/version';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(oscalCatalog(model(), { version: contentVersion(), lastModified: contentLastModified() }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
