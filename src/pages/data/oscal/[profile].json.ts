/** With an organisation overlay: an OSCAL profile selecting the stages the organisation adopts (its tier, minus its skips). */
import type { APIRoute } from 'astro';
import { adoptedStages } from '../../../model/index.ts';
import { oscalProfile } from '../../../model/oscal.ts';
import { model } from '../../../site/model.ts';
import { overlay } from '../../../site/overlay.ts';
import { contentVersion, contentLastModified } from '../../../site/version.ts';

export const getStaticPaths = () => (overlay() ? [{ params: { profile: 'profile' } }] : []);

export const GET: APIRoute = () => {
  const o = overlay()!;
  const profile = oscalProfile(model(), {
    version: contentVersion(),
    lastModified: contentLastModified(),
    title: `${o.organisation.data.name}: adopted stages of the LLM security lifecycle`,
    catalogHref: 'catalog.json',
    stageIds: adoptedStages(model(), o),
  });
  return new Response(`${JSON.stringify(profile, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
