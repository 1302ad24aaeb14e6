/**
 * The authoring loop's cost: milliseconds from saving a file to the dev server serving the changed page,
 * on a copy of the content, for the three kinds of edit an author makes most: a stage's fields, a stage's
 * body and a control of the organisation overlay. Each kind is measured `runs` times on a warm server,
 * with a different edit each time.
 */
import { join } from 'node:path';
import { loadModel, pathOf, PAGES } from '../../src/model/index.ts';
import { editFile, get, msUntilServed, proseFile, startDevServer } from '../../src/test/dev-server.ts';
import { EXAMPLE_ORG_ROOT } from '../../src/test/fixture.ts';

export interface AuthoringTimes { fields: number[]; body: number[]; overlay: number[] }

export async function authoringLoop(port: number, runs: number): Promise<AuthoringTimes> {
  const m = loadModel();
  const stage = `/${pathOf(m, 'stages', '2.4')}`;
  const coverage = `/${PAGES.coverage}`;
  const dev = await startDevServer(port, { orgSource: EXAMPLE_ORG_ROOT });
  try {
    // Warm: the first request of each page compiles its modules.
    for (const p of [stage, coverage]) if ((await get(dev.origin, p)).status !== 200) throw new Error(`${p}: not served by the dev server`);
    const stageFile = proseFile(dev.contentRoot, 'stages', '2.4');
    const controlFile = join(dev.orgRoot!, 'controls', 'EC-DATA-02.yaml');
    const out: AuthoringTimes = { fields: [], body: [], overlay: [] };
    for (let i = 0; i < runs; i++) {
      const summary = `Preference tuning, bench edit ${i}.`;
      process.stdout.write(`  edit ${i + 1}/${runs}\n`);
      out.fields.push(await msUntilServed(dev.origin, stage, () => editFile(stageFile, /^summary: .*$/m, `summary: ${summary}`), (p) => p.status === 200 && p.html.includes(summary)));
      const sentence = `A sentence of bench edit ${i}.`;
      out.body.push(await msUntilServed(dev.origin, stage, () => editFile(stageFile, /\n---\n(A sentence of bench edit \d+\.\n)?/, `\n---\n${sentence}\n`), (p) => p.status === 200 && p.html.includes(sentence)));
      const title = `Vendor audits, bench edit ${i}`;
      out.overlay.push(await msUntilServed(dev.origin, coverage, () => editFile(controlFile, /^title: .*$/m, `title: ${title}`), (p) => p.status === 200 && p.html.includes(title)));
    }
    return out;
  } catch (e) {
    throw new Error(`${(e as Error).message}\nThe dev server printed, last:\n${dev.log().split('\n').slice(-30).join('\n')}`);
  } finally {
    await dev.stop();
  }
}
