/**
 * The configured accent colour as Starlight palette variables. Only the hue and saturation come from the
 * configuration; the lightness steps are Starlight's own, so text contrast stays what the default
 * palette was checked for (the browser tests run axe on both themes).
 */
export function hueSaturation(hex: string): { h: number; s: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  if (d === 0) return { h: 0, s: 0 };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: Math.round(((h * 60) + 360) % 360), s: Math.round(Math.min(1, s) * 100) };
}

export function accentCss(hex: string | undefined): string {
  if (!hex) return "/* No accent colour is configured (content/site.yaml): Starlight's default palette applies. */\n";
  const { h, s } = hueSaturation(hex);
  const hsl = (sat: number, light: number) => `hsl(${h}, ${Math.round((s * sat) / 100)}%, ${light}%)`;
  return [
    `/* Accent ${hex} from content/site.yaml. */`,
    `:root { --sl-color-accent-low: ${hsl(54, 20)}; --sl-color-accent: ${hsl(100, 60)}; --sl-color-accent-high: ${hsl(100, 85)}; }`,
    `:root[data-theme='light'] { --sl-color-accent-low: ${hsl(100, 88)}; --sl-color-accent: ${hsl(100, 38)}; --sl-color-accent-high: ${hsl(80, 28)}; }`,
    '',
  ].join('\n');
}
