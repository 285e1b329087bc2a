/**
 * Where the engine's cold start goes:  tsx bench/cold-start-job.ts
 * Prints one line `RESULT <json>` on stdout.
 *
 * The content script's engine entry (src/analysis/incremental.ts) is bundled first, unminified,
 * as the extension ships it (one chunk, each module a region of it), and loaded by a plain node
 * process (no transpiling loader on the way), so that loading it costs what it costs in the
 * browser. In that process, under the V8 CPU profiler (node:inspector), in the order a page pays
 * for it: evaluating the bundle's modules, each detector's first run on one sentence
 * (`warmUpSteps`, as the content script runs them), the first reading of a 5.7 k-char article, and
 * a second (warm) reading. Each phase's samples are attributed to the module whose code was
 * running (self time, by the bundle's region markers), as a share of the phase's time. The
 * profiler adds its own overhead: the phases' wall-clock times are the figures, the per-module
 * split says where they go.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { typicalArticle } from './corpus';

const ROOT = resolve(import.meta.dirname, '..');

/** Runs in the plain node process: `node runner.mjs engine.js article.txt`. */
const RUNNER = String.raw`
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { pathToFileURL } from 'node:url';
const [bundle, articleFile] = process.argv.slice(2);
const url = pathToFileURL(bundle).href;
const text = readFileSync(articleFile, 'utf8');
const moduleAt = [];
let current = '(bundle)';
for (const line of readFileSync(bundle, 'utf8').split('\n')) {
  const m = /^\/\/(?:#region)? (src\/\S+)$/.exec(line);
  if (m) current = m[1];
  moduleAt.push(current);
}
function byModule(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const out = {};
  const add = (key, ms) => (out[key] = (out[key] ?? 0) + ms);
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id)?.callFrame;
    const ticks = nodes.get(id)?.positionTicks ?? [];
    if (frame?.url === url && ticks.length > 0) {
      // The bundle's top-level code is one function spanning every module: the line each sample
      // was taken on says which module's code it was (the function's first line would not).
      const all = ticks.reduce((a, t) => a + t.ticks, 0);
      for (const t of ticks) add(moduleAt[t.line - 1] ?? '(bundle)', (ms * t.ticks) / all);
      continue;
    }
    let key = '(node)';
    if (frame?.url === url) key = moduleAt[frame.lineNumber] ?? '(bundle)';
    else if (frame?.functionName.startsWith('RegExp:')) key = '(regular expressions)';
    else if (frame?.functionName.startsWith('(')) key = frame.functionName;
    else if (frame && frame.url === '') key = '(native)';
    add(key, ms);
  }
  return out;
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
const phases = [];
async function phase(name, run) {
  await session.post('Profiler.start');
  const t0 = performance.now();
  const value = await run();
  const ms = performance.now() - t0;
  const { profile } = await session.post('Profiler.stop');
  // The samples' weights, scaled to the phase's own time (the profiler's clock drifts under load).
  const modules = byModule(profile);
  const total = Object.values(modules).reduce((a, b) => a + b, 0);
  for (const key of Object.keys(modules)) modules[key] = total > 0 ? (modules[key] / total) * ms : 0;
  phases.push({ name, ms, modules });
  return value;
}
const engine = await phase('evaluate the engine modules', () => import(url));
const names = ['anonymous', 'denial', 'no_comment', 'wire'];
// The warm-up first compiles the hot patterns (lexicon.ts hot()), then runs each detector once.
const steps = engine.warmUpSteps();
const compiling = steps.length - names.length;
for (const [i, step] of steps.entries())
  await phase(
    i < compiling
      ? "compile the gates' patterns, step " + (i + 1) + ' of ' + compiling
      : 'first run of the ' + (names[i - compiling] ?? i) + ' detector (one sentence)',
    step,
  );
const read = () => {
  const reader = engine.createReader(text);
  let marks = 0;
  for (let at = 0; at < text.length; ) {
    const to = engine.pieceEnd(text, at, 2000);
    marks += reader.read(at, to).length;
    at = to;
  }
  return marks;
};
await phase('first reading of the ' + (text.length / 1000).toFixed(1) + ' k-char article', read);
await phase('second reading (warm)', read);
console.log('RESULT ' + JSON.stringify({ kind: 'cold-breakdown', chars: text.length, phases }));
`;

const out = mkdtempSync(join(tmpdir(), 'anl-cold-'));
try {
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      lib: { entry: join(ROOT, 'src/analysis/incremental.ts'), formats: ['es'], fileName: () => 'engine.js' },
    },
  });
  writeFileSync(join(out, 'runner.mjs'), RUNNER);
  writeFileSync(join(out, 'article.txt'), typicalArticle().text);
  const run = spawnSync(
    process.execPath,
    [join(out, 'runner.mjs'), join(out, 'engine.js'), join(out, 'article.txt')],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  console.log(
    line ??
      `RESULT ${JSON.stringify({ kind: 'error', message: run.stderr.trim().split('\n').slice(-3).join(' / ') })}`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
