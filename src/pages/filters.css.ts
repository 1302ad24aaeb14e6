import type { APIRoute } from 'astro';
import { filterCss, filterSpecs } from '../site/filters';
import { model } from '../site/model';

export const GET: APIRoute = () => new Response(filterCss(filterSpecs(model())), { headers: { 'Content-Type': 'text/css' } });
