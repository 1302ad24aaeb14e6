import type { APIRoute } from 'astro';
import { siteConfig } from '../site/config.ts';
import { accentCss } from '../site/theme.ts';

export const GET: APIRoute = () => new Response(accentCss(siteConfig().accentColour), { headers: { 'Content-Type': 'text/css' } });
