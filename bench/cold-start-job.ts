/**
 * Where the engine's cold start goes, in a fresh node process:  tsx bench/cold-start-job.ts
 * Prints one line `RESULT <json>` on stdout.
 *
 * Under the V8 CPU profiler (node:inspector), in the order a page pays for it: evaluating the
 * engine's modules (`import('src/analysis/incremental')`), each detector's first run on one
 * sentence (`warmUpSteps`, as the content script runs them), the first reading of a 5.7 k-char
 * article, and a second (warm) reading. Each phase's samples are attributed to the module whose
 * code was running (self time; tsx loads each module from its own file, so the URL names it).
 * The profiler adds its own overhead: the phases' wall-clock times are the figures, the per-module
 * split says where they go.
 */
import { Session } from 'node:inspector/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typicalArticle } from './corpus';
import type { ColdPhase } from './engine-types';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLE_US = 100;

interface Node {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per module of src/ (else the runtime's own bucket: GC, regexp, node internals), ms. */
function byModule(profile: Profile): Record<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: Record<string, number> = {};
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = nodes.get(profile.samples[i] as number)?.callFrame;
    const us = profile.timeDeltas[i + 1] ?? 0;
    let key = '(other)';
    if (frame?.url.startsWith('file://')) {
      const path = relative(ROOT, fileURLToPath(frame.url));
      key = path.startsWith('src/') ? path : '(node_modules, loader)';
    } else if (frame?.functionName.startsWith('(')) key = frame.functionName;
    else if (frame && frame.url === '' && frame.functionName) key = '(native)';
    out[key] = (out[key] ?? 0) + us / 1000;
  }
  return out;
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_US });

async function phase<T>(name: string, run: () => T | Promise<T>, phases: ColdPhase[]): Promise<T> {
  await session.post('Profiler.start');
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  phases.push({ name, ms, modules: byModule(profile) });
  return value;
}

const phases: ColdPhase[] = [];
const text = typicalArticle().text;
const engine = await phase(
  'evaluate the engine modules',
  () => import('../src/analysis/incremental'),
  phases,
);
const names = ['anonymous', 'denial', 'no_comment', 'wire'];
const steps = engine.warmUpSteps();
for (const [i, step] of steps.entries())
  await phase(`first run of the ${names[i] ?? i} detector (one sentence)`, step, phases);
const read = () => {
  const reader = engine.createReader(text);
  const marks = [];
  for (let at = 0; at < text.length; ) {
    const to = engine.pieceEnd(text, at, 2_000);
    marks.push(...reader.read(at, to));
    at = to;
  }
  return marks.length;
};
await phase(`first reading of the ${(text.length / 1000).toFixed(1)} k-char article`, read, phases);
await phase('second reading (warm)', read, phases);
console.log(`RESULT ${JSON.stringify({ kind: 'cold-breakdown', chars: text.length, phases })}`);
