import type { APIRoute } from 'astro';
import { filterCss, filterSpecs } from '../site/filters.ts';
import { model } from '../site/model.ts';

export const GET: APIRoute = () => new Response(filterCss(filterSpecs(model())), { headers: { 'Content-Type': 'text/css' } });
