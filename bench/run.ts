/**
 * `npm run bench`: the performance benchmark of issue 6. Prints a table and writes
 * bench/results.json (and bench/results.md). Never part of `npm test`; it asserts nothing.
 *   npm run bench [-- --quick] [-- --only engine,browser,size] [-- --pages article,article-cold,known-site,live-blog,other]
 * BENCH_EXTENSION=DIR measures another build; BENCH_CORPUS=FILE another corpus; BENCH_ROUNDS=N at least N
 * rounds of every page (a small change needs more than the default 5–7 to stand out of the noise).
 * BENCH_BASELINE=DIR loads a second unpacked build (e.g. the main branch's dist/chrome) in the
 * same rounds as this one: the browser figures get a "before" column measured under the same load.
 * BENCH_BASELINE=self loads a second copy of this very build instead (an A/A run): how far the
 * "before" column moves with nothing changed is the size of difference the bench cannot resolve.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserResults, benchBrowser } from './browser';
import { ensureChromeBuild, ROOT, snapshotBuild } from './build';
import { CORPUS_PATH, loadCorpus } from './corpus';
import { benchEngine, type EngineResults } from './engine';
import { describeMachine } from './machine';
import { buildRows, chunkTables, formatMarkdown, formatTable } from './report';
import { measureSize, type SizeResults } from './size';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : null;
const wanted = (part: string) => !only || only.has(part);
const pagesArg = args[args.indexOf('--pages') + 1];
const pages = args.includes('--pages') && pagesArg ? new Set(pagesArg.split(',')) : null;

const started = performance.now();
const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

const machine = describeMachine();
if (!loadCorpus())
  log(
    `corpus absent (${CORPUS_PATH}): the engine figures use generated Arabic text, corpus throughput is skipped`,
  );

const engine: EngineResults | null = wanted('engine') ? await benchEngine({ quick, log }) : null;
let browser: BrowserResults | null = null;
let size: SizeResults | null = null;
let baselineSize: SizeResults | null = null;
const selfBaseline = process.env.BENCH_BASELINE === 'self';
let baseline = process.env.BENCH_BASELINE && !selfBaseline ? resolve(process.env.BENCH_BASELINE) : null;
if (baseline) machine.baseline = baseline;
if (selfBaseline) machine.baseline = 'self: a second copy of this build (an A/A run)';
if (wanted('browser') || wanted('size')) {
  const build = ensureChromeBuild(log);
  if (build === 'failed') {
    browser = { skipped: 'the extension build failed', pages: [], nonArabic: [] };
  } else {
    const copy = snapshotBuild();
    const twin = selfBaseline ? snapshotBuild() : null;
    if (twin) baseline = twin.dir;
    try {
      if (wanted('browser'))
        browser = await benchBrowser({ quick, log, extension: copy.dir, baseline, build, pages });
      if (wanted('size')) {
        size = measureSize(copy.dir);
        if (baseline) baselineSize = measureSize(baseline);
      }
    } finally {
      copy.remove();
      twin?.remove();
    }
  }
}

machine.chromium = browser?.chromium ?? null;
machine.loadAverage.end = loadavg().map((l) => Math.round(l * 100) / 100);
const rows = buildRows(engine, browser, size);
const chunks = chunkTables(browser, size, baselineSize);
const seconds = (performance.now() - started) / 1000;

console.log(formatTable(rows));
if (chunks.length) console.log(chunks.join('\n'));
console.log(
  `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, node ${machine.node}, chromium ${machine.chromium ?? '—'}; ` +
    `load average ${machine.loadAverage.start.join('/')} → ${machine.loadAverage.end.join('/')}; ${seconds.toFixed(0)} s`,
);
if (browser?.registryShared)
  console.log(
    `highlight registry: ${browser.registryShared.mainWorld} ranges seen from the page, ` +
      `${browser.registryShared.isolatedWorld ?? '—'} from the content script's isolated world`,
  );

const results = { machine, quick, seconds, rows, engine, browser, size, baselineSize };
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 1)}\n`);
writeFileSync(join(ROOT, 'bench/results.md'), `${formatMarkdown(rows, machine, chunks)}\n`);
log('wrote bench/results.json and bench/results.md');
