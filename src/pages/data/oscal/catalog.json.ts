import type { APIRoute } from 'astro';
import { oscalCatalog } from '../../../model/oscal.ts';
import { model } from '../../../site/model.ts';
import { contentVersion, contentLastModified } from '../../../site/version.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(oscalCatalog(model(), { version: contentVersion(), lastModified: contentLastModified() }), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
