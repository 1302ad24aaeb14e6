/**
 * `npx tsx scripts/bench/og-encoder.ts [levels…]`: per-image cost of encoding the rendered pixels as PNG,
 * resvg's own `asPng()` (old) against src/og/png.ts (new), over every image the site draws (cards and
 * figures). Old and new alternate image by image, so machine noise hits both alike; each encoder gets a
 * fresh rendering, as in a build. Prints medians, the new/old ratio and file sizes. Extra arguments try
 * other zlib levels for the new encoder.
 */
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { loadModel } from '../../src/model/index.ts';
import { encodePng, PNG_LEVEL } from '../../src/og/png.ts';
import { CARD, toSvg } from '../../src/og/render.ts';
import { imageJobs } from '../../src/site/image-jobs.ts';
import { median } from './measure.ts';

const levels = process.argv.slice(2).map(Number);
const jobs = imageJobs(loadModel(), 'LLM Security Lifecycle').filter((j) => j.format === 'png');
const svgs: { svg: string; width: number }[] = [];
for (const j of jobs) svgs.push({ svg: await toSvg(j.tree, j.size), width: j.size.width });

type Encoder = { name: string; encode: (img: RenderedImage) => Buffer; ms: number[]; bytes: number[]; cardBytes: number[] };
const encoders: Encoder[] = [
  { name: 'old: resvg asPng()', encode: (img) => img.asPng(), ms: [], bytes: [], cardBytes: [] },
  ...[PNG_LEVEL, ...levels].map((level) => ({ name: `new: encodePng, level ${level}`, encode: (img: RenderedImage) => encodePng(img, { premultiplied: true, level }), ms: [], bytes: [], cardBytes: [] })),
];
// One warm-up pass so that both run JIT-compiled, then two timed passes.
for (let pass = 0; pass < 3; pass++) {
  for (const { svg, width } of svgs) {
    for (const e of encoders) {
      const img = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
      const t0 = performance.now();
      const png = e.encode(img);
      const ms = performance.now() - t0;
      if (pass > 0) {
        e.ms.push(ms);
        e.bytes.push(png.length);
        if (width === CARD.width) e.cardBytes.push(png.length);
      }
    }
    // resvg's buffers are freed by finalizers that run only when the event loop turns.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
const base = median(encoders[0].ms);
for (const e of encoders) {
  const kb = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length / 1024).toFixed(1);
  process.stdout.write(`${e.name.padEnd(28)} median ${median(e.ms).toFixed(2)} ms/image (${(median(e.ms) / base).toFixed(2)}× old); cards ${kb(e.cardBytes)} KB on average, largest ${(Math.max(...e.cardBytes) / 1024).toFixed(1)} KB; all images ${kb(e.bytes)} KB on average\n`);
}
