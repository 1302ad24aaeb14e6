/** The model as a STIX 2.1 bundle. */
import type { APIRoute } from 'astro';
import { stixFile } from '../../../site/exchange.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(stixFile()), { headers: { 'Content-Type': 'application/json' } });
