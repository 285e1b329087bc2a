/**
 * Turns the measurements into rows — each figure beside its comparison and its goal — printed
 * as a table and kept in bench/results.json (and as Markdown in bench/results.md).
 */
import { ADVERSARY_LABELS } from './adversarial';
import type { Build, BrowserResults, PageResult } from './browser';
import type { EngineResults } from './engine';
import type { EngineJobResult } from './engine-types';
import type { Machine } from './machine';
import type { ExtensionRun } from './measure-page';
import type { ProfiledLoad } from './script-time';
import type { SizeResults } from './size';
import { median, type Spread, spread } from './stats';

export interface Row {
  section: string;
  figure: string;
  /** The build under test: the median, with its spread (min–max over n runs) where it has one. */
  value: string;
  /** The baseline build (BENCH_BASELINE), measured in the same rounds; '' when none. */
  before?: string;
  comparison: string;
  ratio: string;
  goal: string;
  /** true: goal met, false: missed, null: no goal or not measured. */
  ok: boolean | null;
  /** The machine's 1-minute load average while the figure was measured: median (min–max). */
  load?: string;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v)
    ? '—'
    : v >= 100
      ? `${v.toFixed(0)} ms`
      : `${v.toFixed(1)} ms`;
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v >= 10 ? 1 : 2)}×` : '—');
/** `median (min–max, n N)` in a unit. */
function withSpread(s: Spread | null, f: (v: number) => string): string {
  if (!s) return '—';
  if (s.n === 1) return `${f(s.median)} (1 run)`;
  return `${f(s.median)} (${f(s.min).replace(/ .*$/, '')}–${f(s.max)}, n ${s.n})`;
}
const msSpread = (s: Spread | null) => withSpread(s, ms);
const xSpread = (s: Spread | null) => withSpread(s, x);
const loadOf = (values: readonly number[]) => {
  const s = spread(values);
  return s ? `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})` : '';
};
const mcps = (chars: number, t: number) => `${(((chars / t) * 1000) / 1e6).toFixed(1)} M chars/s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

function failure(r: EngineJobResult): string | null {
  if (r.kind === 'skipped') return `skipped: ${r.reason}`;
  if (r.kind === 'timeout') return `> ${(r.limitMs / 1000).toFixed(0)} s (stopped)`;
  if (r.kind === 'error') return `error: ${r.message}`;
  return null;
}
const textMs = (r: EngineJobResult) => (r.kind === 'text' ? r.timing.median : Number.NaN);
/** The run count, when fewer than the three a median needs to mean much. */
const runsNote = (t: { samples: number[] }) =>
  t.samples.length < 3 ? ` (${t.samples.length} run${t.samples.length > 1 ? 's' : ''})` : '';
const textValue = (r: EngineJobResult) =>
  failure(r) ?? (r.kind === 'text' ? `${ms(r.timing.median)}${runsNote(r.timing)}` : '—');

function engineRows(e: EngineResults): Row[] {
  const rows: Row[] = [];
  const c = e.corpus;
  if (c.kind === 'corpus') {
    const floor = c.floor.median;
    for (const [name, timing] of [
      ['analyze()', c.analyze],
      ['findMarks() (no links)', c.findMarks],
    ] as const) {
      const t = timing.median;
      rows.push({
        section: '1 engine',
        figure: `${name} on the corpus (${c.articles} articles, ${(c.chars / 1e6).toFixed(2)} M chars)`,
        value: `${mcps(c.chars, t)} (${ms(t)})${runsNote(timing)}`,
        comparison: `floor regex ${mcps(c.chars, floor)} (${ms(floor)})`,
        ratio: x(t / floor),
        goal: '≤ 3× floor',
        ok: t / floor <= 3,
      });
    }
    rows.push({
      section: '1 engine',
      figure: 'engine core on the corpus: findMarks() with no detectors (split, normalise)',
      value: `${mcps(c.chars, c.core.median)} (${ms(c.core.median)})`,
      comparison: `floor regex ${ms(floor)}`,
      ratio: x(c.core.median / floor),
      goal: '',
      ok: null,
    });
    for (const d of c.detectors) {
      const own = d.timing.median - c.core.median;
      rows.push({
        section: '1 engine',
        figure: `  ${d.name} detector alone on the corpus (findMarks with it − core)`,
        value: ms(own),
        comparison: `floor regex ${ms(floor)}`,
        ratio: x(own / floor),
        goal: '',
        ok: null,
      });
    }
    rows.push({
      section: '1 engine',
      figure: '  links to original reports (analyze − findMarks)',
      value: ms(c.analyze.median - c.findMarks.median),
      comparison: `floor regex ${ms(floor)}`,
      ratio: x((c.analyze.median - c.findMarks.median) / floor),
      goal: '',
      ok: null,
    });
  } else {
    rows.push({
      section: '1 engine',
      figure: 'corpus throughput',
      value: failure(c) ?? '',
      comparison: '',
      ratio: '',
      goal: '≤ 3× floor',
      ok: null,
    });
  }
  rows.push(...coldRows(e));
  let prev: { chars: number; t: number } | null = null;
  for (const s of e.scaling) {
    const t = textMs(s.result);
    const growth = prev && Number.isFinite(t) ? t / prev.t : Number.NaN;
    rows.push({
      section: '2 scaling',
      figure: `analyze() on ${(s.chars / 1e6).toLocaleString('en')} M chars of article text`,
      value: textValue(s.result),
      comparison: prev ? `${(prev.chars / 1e6).toLocaleString('en')} M chars: ${ms(prev.t)}` : '',
      ratio: prev ? x(growth) : '',
      goal: prev ? '≤ 11× per tenfold' : '',
      ok: prev ? (Number.isFinite(growth) ? growth <= 11 : false) : null,
    });
    prev = { chars: s.chars, t };
  }
  for (const a of e.adversarial) {
    const t = textMs(a.result);
    // The ordinary text timed in the same rounds; the scaling run's 1 M figure if it was stopped.
    const base =
      a.result.kind === 'text' && a.result.ordinary ? a.result.ordinary.median : textMs(e.ordinary);
    rows.push({
      section: '3 adversarial',
      figure: `1 M chars: ${ADVERSARY_LABELS[a.kind]}`,
      value: textValue(a.result),
      comparison: `ordinary text ${ms(base)}`,
      ratio: x(t / base),
      goal: '≤ 3× ordinary',
      ok: Number.isFinite(t / base) ? t / base <= 3 : false,
    });
  }
  return rows;
}

function coldRows(e: EngineResults): Row[] {
  const rows: Row[] = [];
  const colds = e.cold.flatMap((c) => (c.kind === 'cold' ? [c] : []));
  const first = colds[0];
  if (first) {
    const ratio = spread(colds.map((c) => c.firstMs / c.warm.median));
    rows.push({
      section: '1 engine',
      figure: `findMarks() on one ${(first.chars / 1000).toFixed(1)} k-char article, first call (cold), one per fresh process`,
      value: msSpread(spread(colds.map((c) => c.firstMs))),
      comparison: `warm calls ${msSpread(spread(colds.map((c) => c.warm.median)))}`,
      ratio: xSpread(ratio),
      goal: '≤ 3× warm',
      ok: ratio ? ratio.median <= 3 : null,
      load: loadOf(e.coldLoad ?? []),
    });
  } else {
    const failed = e.cold[0];
    rows.push({
      section: '1 engine',
      figure: 'findMarks() first call (cold)',
      value: failed ? (failure(failed) ?? '—') : 'not run',
      comparison: '',
      ratio: '',
      goal: '≤ 3× warm',
      ok: null,
    });
  }
  const b = e.coldBreakdown;
  if (b.kind === 'cold-breakdown') {
    for (const p of b.phases) {
      const top = Object.entries(p.modules)
        .filter(([, v]) => v >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([m, v]) => `${m.replace(/^src\/analysis\//, '')} ${v.toFixed(1)}`)
        .join(', ');
      rows.push({
        section: '1 engine: where the cold start goes (node, profiled)',
        figure: p.name,
        value: ms(p.ms),
        comparison: top ? `self ms by module: ${top}` : '',
        ratio: '',
        goal: '',
        ok: null,
      });
    }
  }
  return rows;
}

const med = (list: readonly (number | null)[]) => {
  const v = list.filter((n): n is number => n !== null && Number.isFinite(n));
  return v.length ? median(v) : null;
};

/** A figure for one build: its text, and whether it meets the row's goal. */
interface Figure {
  value: string;
  ok: boolean | null;
}

const BUILDS: readonly Build[] = ['current', 'baseline'];

/** One row, its value for the build under test and (when measured) for the baseline. */
function row(
  base: Omit<Row, 'value' | 'before' | 'ok'>,
  figureOf: (b: Build) => Figure | null,
  builds: readonly Build[],
): Row {
  const current = figureOf('current');
  const before = builds.includes('baseline') ? figureOf('baseline') : null;
  return {
    ...base,
    value: current?.value ?? '—',
    ...(builds.includes('baseline') ? { before: before?.value ?? '—' } : {}),
    ok: current?.ok ?? null,
  };
}

const meets = (s: Spread | null, limit: number | null) => (limit === null || !s ? null : s.median <= limit);

function pageRows(p: PageResult): Row[] {
  const name =
    p.page === 'known-site'
      ? 'article on a known news site'
      : p.page === 'article-cold'
        ? "article, the extension's background stopped before each load"
        : p.page;
  const section = `4 browser: ${name} (${mb(p.bytes)} HTML, ${(p.chars / 1000).toFixed(0)} k chars of text)`;
  const blog = p.page === 'live-blog';
  const builds = BUILDS.filter((b) => p.builds[b]);
  const load = loadOf(p.load);
  const runs = (b: Build) => p.builds[b];
  const ext = (b: Build) => runs(b)?.extension ?? [];
  const prof = (b: Build) => runs(b)?.profiled ?? [];
  const markMs = spread(p.markJs.map((r) => r.ms));
  const markCount = med(p.markJs.map((r) => r.marks));
  /** Per round: the extension's figure over mark.js's in the same round. */
  const perRound = (b: Build, pick: (e: ExtensionRun) => number | null) =>
    spread(
      ext(b).map((e, i) => {
        const v = pick(e);
        const m = p.markJs[i]?.ms;
        return v === null || m === undefined || m <= 0 ? null : v / m;
      }),
    );
  const heapAdded = (b: Build) =>
    ext(b).length && p.plain.length
      ? (med(ext(b).map((r) => r.heap)) ?? 0) - (med(p.plain.map((r) => r.heap)) ?? 0)
      : null;
  const markHeap = med(p.markJs.map((r) => r.heapAdded));
  const spreadOf = (list: readonly (number | null)[], limit: number | null): Figure => {
    const s = spread(list);
    return { value: msSpread(s), ok: meets(s, limit) };
  };
  const common = { section, load };
  return [
    row(
      {
        ...common,
        figure: 'DOMContentLoaded → first highlight',
        comparison: '',
        ratio: '',
        goal: blog ? '≤ 300 ms' : '≤ 100 ms',
      },
      (b) =>
        spreadOf(
          ext(b).map((r) => r.toFirst),
          blog ? 300 : 100,
        ),
      builds,
    ),
    ...(blog
      ? []
      : [
          row(
            {
              ...common,
              figure: 'first highlight ÷ mark.js, per round',
              comparison: `mark.js ${msSpread(markMs)} (${markCount} marks)`,
              ratio: '',
              goal: '≤ 2× mark.js',
            },
            (b) => {
              const s = perRound(b, (e) => e.toFirst);
              return { value: xSpread(s), ok: meets(s, 2) };
            },
            builds,
          ),
        ]),
    row(
      {
        ...common,
        figure: 'DOMContentLoaded → all highlights registered',
        comparison: `mark.js ${msSpread(markMs)} (${markCount} marks)`,
        ratio: '',
        goal: '',
      },
      (b) => {
        const s = spread(ext(b).map((r) => r.toAll));
        return s ? { value: `${msSpread(s)}, ${med(ext(b).map((r) => r.ranges))} ranges`, ok: null } : null;
      },
      builds,
    ),
    row(
      {
        ...common,
        figure: 'all highlights ÷ mark.js, per round',
        comparison: '',
        ratio: '',
        goal: blog ? '≤ 0.5× mark.js' : '',
      },
      (b) => {
        const s = perRound(b, (e) => e.toAll);
        return { value: xSpread(s), ok: blog ? meets(s, 0.5) : null };
      },
      builds,
    ),
    row(
      {
        ...common,
        figure: 'extension main-thread CPU: thread time of the tasks that ran it (trace)',
        comparison: '',
        ratio: '',
        goal: blog ? '' : '≤ 40 ms',
      },
      (b) =>
        spreadOf(
          prof(b).map((r) => r.cpuMs),
          blog ? null : 40,
        ),
      builds,
    ),
    row(
      {
        ...common,
        figure: 'extension main-thread time: samples in its frames (CPU profile, wall-clock sampling)',
        comparison: '',
        ratio: '',
        goal: blog ? '' : '≤ 40 ms',
      },
      (b) =>
        spreadOf(
          prof(b).map((r) => r.totalMs),
          blog ? null : 40,
        ),
      builds,
    ),
    row(
      {
        ...common,
        figure: 'longest main-thread task running the extension: thread (CPU) time (trace)',
        comparison: '',
        ratio: '',
        goal: blog ? '≤ 50 ms' : '≤ 20 ms',
      },
      (b) =>
        spreadOf(
          prof(b).map((r) => r.longestTaskCpuMs),
          blog ? 50 : 20,
        ),
      builds,
    ),
    row(
      {
        ...common,
        figure: 'longest main-thread task running the extension: wall clock (trace)',
        comparison: `mark.js longest task ${ms(med(p.markJs.map((r) => r.longestTask)))}`,
        ratio: '',
        goal: blog ? '≤ 50 ms' : '≤ 20 ms',
      },
      (b) =>
        spreadOf(
          prof(b).map((r) => r.longestTaskMs ?? r.longestStretchMs),
          blog ? 50 : 20,
        ),
      builds,
    ),
    row(
      {
        ...common,
        figure: "longest task the page's longtask observer saw, DCL → highlights",
        comparison: `without the extension ${ms(med(p.plain.map((r) => r.longestTask)))}`,
        ratio: '',
        goal: '',
      },
      (b) =>
        spreadOf(
          ext(b).map((r) => r.longestTask),
          null,
        ),
      builds,
    ),
    row(
      {
        ...common,
        figure: 'JS heap added (after GC, vs no extension; medians)',
        comparison: `mark.js ${markHeap === null ? '—' : mb(markHeap)}`,
        ratio: '',
        goal: blog ? '≤ 10 MB' : '',
      },
      (b) => {
        const h = heapAdded(b);
        return { value: h === null ? '—' : mb(h), ok: blog ? h !== null && h <= 10 * 2 ** 20 : null };
      },
      builds,
    ),
  ];
}

/** Median own work per script of the extension over runs, largest first: "file 1.2, file 0.3". */
function byScript(runs: readonly ProfiledLoad[]): string {
  const files = new Set(runs.flatMap((r) => r.scripts.map((s) => s.file)));
  return [...files]
    .map((file) => ({
      file,
      ms: med(runs.map((r) => r.scripts.find((s) => s.file === file)?.ownMs ?? 0)) ?? 0,
    }))
    .filter((f) => f.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .map((f) => `${f.file.replace(/^assets\//, '')} ${f.ms.toFixed(2)}`)
    .join(', ');
}

function browserRows(b: BrowserResults): Row[] {
  if (b.skipped)
    return [
      {
        section: '4 browser',
        figure: 'skipped',
        value: b.skipped,
        comparison: '',
        ratio: '',
        goal: '',
        ok: null,
      },
    ];
  const rows = b.pages.flatMap(pageRows);
  for (const n of b.nonArabic) {
    const builds = BUILDS.filter((k) => n.builds[k]);
    const runs = (k: Build) => n.builds[k] ?? [];
    const name = n.page === 'english' ? 'English' : 'Persian';
    const common = { section: '5 non-Arabic', load: loadOf(n.load), ratio: '' };
    rows.push(
      row(
        {
          ...common,
          figure: `content script on a ${name} article: samples in its frames (CPU profile)`,
          comparison: `by script (median ms): ${byScript(runs('current')) || 'never sampled'}`,
          goal: '≤ 1 ms',
        },
        (k) => {
          const s = spread(runs(k).map((r) => r.totalMs));
          return { value: msSpread(s), ok: meets(s, 1) };
        },
        builds,
      ),
      row(
        {
          ...common,
          figure: `content script on a ${name} article: thread time of the tasks that ran it (trace)`,
          comparison: 'includes the isolated world set-up, compiling and (module scripts) loading',
          goal: '≤ 1 ms',
        },
        (k) => {
          const s = spread(runs(k).map((r) => r.cpuMs));
          return { value: msSpread(s), ok: meets(s, 1) };
        },
        builds,
      ),
    );
  }
  return rows;
}

function sizeRows(s: SizeResults): Row[] {
  if (s.skipped)
    return [
      {
        section: '6 size',
        figure: 'skipped',
        value: s.skipped,
        comparison: '',
        ratio: '',
        goal: '',
        ok: null,
      },
    ];
  const gz = (list: SizeResults['atStart']) => list.reduce((n, f) => n + f.gzip, 0);
  return [
    {
      section: '6 size',
      figure: `content script at start (${s.atStart.length} files, minified)`,
      value: `${kb(s.startBytes)} (${kb(gz(s.atStart))} gzip)`,
      comparison: `loaded later, on pages that may be Arabic: ${kb(s.laterBytes)} in ${s.later.length} files`,
      ratio: '',
      goal: '≤ 60 KB',
      ok: s.startBytes <= 60 * 1024,
    },
    ...(s.knownSites.length > 0
      ? [
          {
            section: '6 size',
            figure: `content script on the known news sites, instead (${s.knownSites.length} file, minified)`,
            value: `${kb(s.knownSites.reduce((n, f) => n + f.bytes, 0))} (${kb(gz(s.knownSites))} gzip)`,
            comparison:
              'the gate, main.ts and the tooltip in one (the background reads and builds the links); loads nothing',
            ratio: '',
            goal: '',
            ok: null,
          },
        ]
      : []),
  ];
}

export function buildRows(e: EngineResults | null, b: BrowserResults | null, s: SizeResults | null): Row[] {
  return [...(e ? engineRows(e) : []), ...(b ? browserRows(b) : []), ...(s ? sizeRows(s) : [])];
}

/** One script of the extension on the article page: bytes, when it loaded, what it cost. */
export interface ChunkRow {
  file: string;
  bytes: number | null;
  gzip: number | null;
  /** Medians over the profiled runs, ms after DOMContentLoaded (null: never seen). */
  requestedAt: number | null;
  evaluatedAt: number | null;
  evaluationMs: number;
  ownMs: number;
  /** In how many of the runs it loaded, and in how many before the first highlight. */
  loadedIn: number;
  beforeFirst: number;
  runs: number;
}

/** Per script, on the article page: how big, when requested and evaluated, and what it cost. */
export function chunkRows(b: BrowserResults | null, size: SizeResults | null, build: Build): ChunkRow[] {
  const runs = b?.pages.find((p) => p.page === 'article')?.builds[build]?.profiled ?? [];
  const files = new Set(runs.flatMap((r) => r.scripts.map((s) => s.file)));
  const rows = [...files].map((file): ChunkRow => {
    const seen = runs.map((r) => ({ run: r, s: r.scripts.find((x) => x.file === file) }));
    const sized = size?.scripts.find((f) => f.file === file);
    const when = (s: (typeof seen)[number]['s']) => s?.requestedAt ?? s?.evaluatedAt ?? null;
    return {
      file,
      bytes: sized?.bytes ?? null,
      gzip: sized?.gzip ?? null,
      requestedAt: med(seen.map(({ s }) => s?.requestedAt ?? null)),
      evaluatedAt: med(seen.map(({ s }) => s?.evaluatedAt ?? null)),
      evaluationMs: med(seen.map(({ s }) => s?.evaluationMs ?? 0)) ?? 0,
      ownMs: med(seen.map(({ s }) => s?.ownMs ?? 0)) ?? 0,
      loadedIn: seen.filter(({ s }) => when(s) !== null).length,
      beforeFirst: seen.filter(({ run, s }) => {
        const t = when(s);
        return t !== null && run.toFirst !== null && t <= run.toFirst;
      }).length,
      runs: runs.length,
    };
  });
  return rows.sort(
    (a, b) => (a.requestedAt ?? a.evaluatedAt ?? 1e9) - (b.requestedAt ?? b.evaluatedAt ?? 1e9),
  );
}

function formatChunks(rows: readonly ChunkRow[], toFirst: Spread | null): string[] {
  if (rows.length === 0) return [];
  const opt = (v: number | null) => (v === null ? '—' : ms(v));
  return [
    `First highlight: ${msSpread(toFirst)} after DOMContentLoaded (profiled runs).`,
    '',
    '| script | bytes (gzip) | requested (ms after DCL) | evaluated at | evaluation | all its work | before the first highlight |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.file} | ${r.bytes === null ? '—' : `${kb(r.bytes)} (${kb(r.gzip ?? 0)})`} | ${opt(r.requestedAt)} | ${opt(r.evaluatedAt)} | ${ms(r.evaluationMs)} | ${ms(r.ownMs)} | ${r.beforeFirst}/${r.runs} runs |`,
    ),
  ];
}

export function chunkTables(
  b: BrowserResults | null,
  size: SizeResults | null,
  baselineSize: SizeResults | null,
): string[] {
  if (!b || b.skipped) return [];
  const out: string[] = [];
  const article = b.pages.find((p) => p.page === 'article');
  for (const build of BUILDS) {
    const runs = article?.builds[build]?.profiled;
    if (!runs?.length) continue;
    const rows = chunkRows(b, build === 'current' ? size : baselineSize, build);
    out.push(
      '',
      `### Scripts on the article page, ${build === 'current' ? 'this build' : `baseline build (${b.baseline})`}`,
      '',
      'Medians over the profiled runs; "evaluation" is sampled time under the script\'s top-level code, "all its work" every sample whose outermost extension frame is in the script.',
      '',
      ...formatChunks(rows, spread(runs.map((r) => r.toFirst))),
    );
  }
  return out;
}

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');

/** A plain-text table for the terminal, one block per section. */
export function formatTable(rows: readonly Row[]): string {
  const out: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      out.push('', `${section}${r.load ? `  [load ${r.load}]` : ''}`);
    }
    const cmp = [r.comparison, r.ratio && `ratio ${r.ratio}`].filter(Boolean).join(' — ');
    const goal = r.goal ? `  [goal ${r.goal} ${mark(r.ok)}]` : '';
    const before = r.before !== undefined ? `  (before: ${r.before})` : '';
    out.push(`  ${r.figure.padEnd(58)} ${r.value.padEnd(30)}${before} ${cmp}${goal}`);
  }
  return out.join('\n');
}

export function formatMarkdown(
  rows: readonly Row[],
  machine: Machine,
  extra: readonly string[] = [],
): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const hasBefore = rows.some((r) => r.before !== undefined);
  const lines = [
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ` +
      `${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '—'}; commit ${machine.commit}${machine.dirty ? ' (uncommitted changes)' : ''}; ` +
      `load average ${machine.loadAverage.start.join(' / ')} at start, ${machine.loadAverage.end?.join(' / ') ?? '—'} at the end.`,
    '',
    'Each value is the median over the runs, with min–max and the number of runs in brackets; the "load" column is the 1-minute load average over the rounds that measured it (median, min–max).' +
      (hasBefore
        ? ` "before" is the baseline build (${machine.baseline ?? 'BENCH_BASELINE'}), loaded in the same rounds.`
        : ''),
    '',
    `| | figure | ${hasBefore ? 'after | before' : 'value'} | compared with | ratio | goal | load |`,
    `|---|---|---|${hasBefore ? '---|' : ''}---|---|---|---|`,
    ...rows.map(
      (r) =>
        `| ${cell(r.section)} | ${cell(r.figure)} | ${cell(r.value)} |${hasBefore ? ` ${cell(r.before ?? '')} |` : ''} ${cell(r.comparison)} | ${r.ratio} | ${r.goal ? `${r.goal} ${mark(r.ok)}` : ''} | ${r.load ?? ''} |`,
    ),
    ...extra,
  ];
  return lines.join('\n');
}
