/**
 * Turns the measurements into rows — each figure beside its comparison and its goal — printed
 * as a table and kept in bench/results.json (and as Markdown in bench/results.md).
 */
import { ADVERSARY_LABELS } from './adversarial';
import type { BrowserResults, PageResult } from './browser';
import type { EngineResults } from './engine';
import type { EngineJobResult } from './engine-types';
import type { Machine } from './machine';
import type { SizeResults } from './size';
import { median } from './stats';

export interface Row {
  section: string;
  figure: string;
  value: string;
  comparison: string;
  ratio: string;
  goal: string;
  /** true: goal met, false: missed, null: no goal or not measured. */
  ok: boolean | null;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v)
    ? '—'
    : v >= 100
      ? `${v.toFixed(0)} ms`
      : `${v.toFixed(1)} ms`;
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(v >= 10 ? 1 : 2)}×` : '—');
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
  const cold = e.cold;
  if (cold.kind === 'cold')
    rows.push({
      section: '1 engine',
      figure: `findMarks() on one ${(cold.chars / 1000).toFixed(1)} k-char article, first call (cold)`,
      value: ms(cold.firstMs),
      comparison: `warm calls ${ms(cold.warm.median)}`,
      ratio: x(cold.firstMs / cold.warm.median),
      goal: '',
      ok: null,
    });
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

const med = (list: readonly (number | null)[]) => {
  const v = list.filter((n): n is number => n !== null && Number.isFinite(n));
  return v.length ? median(v) : null;
};

function pageRows(p: PageResult): Row[] {
  const section = `4 browser: ${p.page} (${mb(p.bytes)} HTML, ${(p.chars / 1000).toFixed(0)} k chars of text)`;
  const blog = p.page === 'live-blog';
  const toAll = med(p.extension.map((r) => r.toAll));
  const toFirst = med(p.extension.map((r) => r.toFirst));
  const markMs = med(p.markJs.map((r) => r.ms));
  const ranges = med(p.extension.map((r) => r.ranges));
  const markCount = med(p.markJs.map((r) => r.marks));
  const extLongest = med(p.profiled.map((r) => r.longestTaskMs ?? r.longestStretchMs));
  const extTotal = med(p.profiled.map((r) => r.totalMs));
  const markLongest = med(p.markJs.map((r) => r.longestTask));
  const windowLongest = med(p.extension.map((r) => r.longestTask));
  const baseLongest = med(p.plain.map((r) => r.longestTask));
  const heapAdded =
    p.extension.length && p.plain.length
      ? (med(p.extension.map((r) => r.heap)) ?? 0) - (med(p.plain.map((r) => r.heap)) ?? 0)
      : null;
  const markHeap = med(p.markJs.map((r) => r.heapAdded));
  const none = toAll === null;
  return [
    {
      section,
      figure: 'DOMContentLoaded → all highlights registered',
      value: none ? 'no highlights' : `${ms(toAll)} (${ranges} ranges)`,
      comparison: `mark.js ${ms(markMs)} (${markCount} marks)`,
      ratio: none || markMs === null ? '—' : x(toAll / markMs),
      goal: blog ? '≤ 0.5× mark.js' : '',
      ok: blog ? (none || markMs === null ? false : toAll / markMs <= 0.5) : null,
    },
    {
      section,
      figure: 'DOMContentLoaded → first highlight',
      value: ms(toFirst),
      comparison: '',
      ratio: '',
      goal: '',
      ok: null,
    },
    {
      section,
      figure: 'longest main-thread task running the extension (trace)',
      value: ms(extLongest),
      comparison: `mark.js longest task ${ms(markLongest)}`,
      ratio: '',
      goal: blog ? '≤ 50 ms' : '',
      ok: blog ? extLongest !== null && extLongest <= 50 : null,
    },
    {
      section,
      figure: 'extension main-thread time (CPU profile)',
      value: ms(extTotal),
      comparison: '',
      ratio: '',
      goal: '',
      ok: null,
    },
    {
      section,
      figure: "longest task the page's longtask observer saw, DCL → highlights",
      value: ms(windowLongest),
      comparison: `without the extension ${ms(baseLongest)}`,
      ratio: '',
      goal: '',
      ok: null,
    },
    {
      section,
      figure: 'JS heap added (after GC, vs no extension)',
      value: heapAdded === null ? '—' : mb(heapAdded),
      comparison: `mark.js ${markHeap === null ? '—' : mb(markHeap)}`,
      ratio: '',
      goal: blog ? '≤ 10 MB' : '',
      ok: blog ? heapAdded !== null && heapAdded <= 10 * 2 ** 20 : null,
    },
  ];
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
    const t = med(n.runs.map((r) => r.totalMs));
    const anl = n.runs.flatMap((r) => r.anl.filter((a) => a.type === 'measure'));
    const anlNote = anl.length ? `anl: measures ${ms(med(anl.map((a) => a.duration)))}` : 'no anl: measures';
    rows.push({
      section: '5 non-Arabic',
      figure: `content script on a ${n.page === 'english' ? 'English' : 'Persian'} article (CPU profile)`,
      value: ms(t),
      comparison: `${anlNote}; ${n.runs[0]?.seen ? 'script seen in profile' : 'script never sampled'}`,
      ratio: '',
      goal: '≤ 1 ms',
      ok: t !== null && t <= 1,
    });
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
      comparison: `loaded later: ${kb(s.laterBytes)} in ${s.later.length} chunks`,
      ratio: '',
      goal: '≤ 60 KB',
      ok: s.startBytes <= 60 * 1024,
    },
  ];
}

export function buildRows(e: EngineResults | null, b: BrowserResults | null, s: SizeResults | null): Row[] {
  return [...(e ? engineRows(e) : []), ...(b ? browserRows(b) : []), ...(s ? sizeRows(s) : [])];
}

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? '✓' : '✗');

/** A plain-text table for the terminal, one block per section. */
export function formatTable(rows: readonly Row[]): string {
  const out: string[] = [];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      out.push('', section);
    }
    const cmp = [r.comparison, r.ratio && `ratio ${r.ratio}`].filter(Boolean).join(' — ');
    const goal = r.goal ? `  [goal ${r.goal} ${mark(r.ok)}]` : '';
    out.push(`  ${r.figure.padEnd(58)} ${r.value.padEnd(30)} ${cmp}${goal}`);
  }
  return out.join('\n');
}

export function formatMarkdown(rows: readonly Row[], machine: Machine): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ` +
      `${machine.os}, Node ${machine.node}, Chromium ${machine.chromium ?? '—'}; commit ${machine.commit}${machine.dirty ? ' (uncommitted changes)' : ''}; ` +
      `load average at start ${machine.loadAverage.start.join(' / ')}.`,
    '',
    '| | figure | value | compared with | ratio | goal |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${cell(r.section)} | ${cell(r.figure)} | ${cell(r.value)} | ${cell(r.comparison)} | ${r.ratio} | ${r.goal ? `${r.goal} ${mark(r.ok)}` : ''} |`,
    ),
  ];
  return lines.join('\n');
}
