import type { APIRoute } from 'astro';
import { siteConfig } from '../site/config';
import { accentCss } from '../site/theme';

export const GET: APIRoute = () => new Response(accentCss(siteConfig().accentColour), { headers: { 'Content-Type': 'text/css' } });
