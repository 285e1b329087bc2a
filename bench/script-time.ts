/**
 * How long the content script works on a page, measured from outside: the V8 CPU profiler of the
 * page's renderer (CDP Profiler) runs across the navigation, and every sample whose stack holds a
 * chrome-extension:// frame counts as the extension's time. A trace (CDP Tracing) records the
 * renderer main thread's tasks at the same time, on the same clock: a task holding an extension
 * sample, or a trace event naming one of its scripts, is a task the extension ran.
 * (The page's longtask observer does not report content-script tasks, and Long Animation Frame
 * script attribution leaves them out too — checked with a busy-looping test extension.)
 *
 * Two measures of the extension's main-thread time, because the machine is shared:
 * - sampled: the profile's samples in extension frames. The profiler samples by the wall clock,
 *   so time the thread spent descheduled (another process on the core) counts too.
 * - CPU: the trace's thread time (`tdur`) of the tasks that ran the extension — what the thread
 *   really spent, whatever the machine's load; it includes the whole task (module compilation,
 *   the isolated world's setup, garbage collection), not only the JavaScript in its frames.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { type ProbeReading, READ_PROBE } from './probe';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    fileName?: string;
    data?: {
      url?: string;
      frame?: string;
      isMainFrame?: boolean;
      documentLoaderURL?: string;
      functionName?: string;
    };
  };
}

export interface ProfileSummary {
  /** Sampled time inside the extension's scripts, ms. */
  totalMs: number;
  /** Longest run of consecutive samples in the extension (garbage collection inside it included), ms. */
  longestStretchMs: number;
  /** Whether any frame of the extension was seen. */
  seen: boolean;
}

/** One script of the extension (a file of the build) as the profile and the trace saw it. */
export interface ScriptWork {
  /** File name inside the extension (e.g. `assets/session-x.js`). */
  file: string;
  /** Sampled ms under its module's (or classic script's) top-level code: its evaluation. */
  evaluationMs: number;
  /** Sampled ms of stacks whose outermost extension frame is in this file (the tasks it started). */
  ownMs: number;
  /** When it was first requested (module scripts) or run, ms after DOMContentLoaded; null if unseen. */
  requestedAt: number | null;
  /** When its top-level code first ran, ms after DOMContentLoaded. */
  evaluatedAt: number | null;
}

const fileOf = (url: string, prefix: string) => url.slice(prefix.length).replace(/^[^/]*\//, '');

/** Attribute the samples of `profile` to scripts from `urlPrefix`; `at` collects their timestamps (µs). */
export function summarizeProfile(profile: Profile, urlPrefix: string, at: number[] = []): ProfileSummary {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inside = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const yes =
      Boolean(byId.get(id)?.callFrame.url.startsWith(urlPrefix)) || (up !== undefined && inside(up));
    memo.set(id, yes);
    return yes;
  };
  const isGc = (id: number) => byId.get(id)?.callFrame.functionName === '(garbage collector)';
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  let run = 0;
  let longest = 0;
  let clock = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    clock += deltas[i] ?? 0;
    // A sample stands for the interval up to the next one.
    const us = deltas[i + 1] ?? 0;
    if (inside(id)) {
      at.push(clock);
      total += us;
      run += us;
      longest = Math.max(longest, run);
    } else if (isGc(id) && run > 0) {
      run += us;
    } else {
      run = 0;
    }
  }
  return {
    totalMs: total / 1000,
    longestStretchMs: longest / 1000,
    seen: profile.nodes.some((n) => n.callFrame.url.startsWith(urlPrefix)),
  };
}

/**
 * Per script of the extension: its evaluation (samples under its top-level code — a direct child
 * of the profile's root with no name at the script's start) and the work of the tasks it started.
 * `dclUs` places the first evaluation on the DOMContentLoaded clock.
 */
export function scriptsInProfile(
  profile: Profile,
  urlPrefix: string,
  dclUs: number | null,
): Map<string, ScriptWork> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const root = profile.nodes.find((n) => !parent.has(n.id))?.id;
  const isTopLevel = (n: ProfileNode) => {
    const { functionName, lineNumber = -1, columnNumber = -1 } = n.callFrame;
    return (
      parent.get(n.id) === root &&
      functionName === '' &&
      ((lineNumber === -1 && columnNumber === -1) || (lineNumber === 0 && columnNumber === 0))
    );
  };
  /** The outermost extension frame of a stack, and whether that frame is a script's top level. */
  const memo = new Map<number, { file: string; topLevel: boolean } | null>();
  const outermost = (id: number): { file: string; topLevel: boolean } | null => {
    if (memo.has(id)) return memo.get(id) ?? null;
    const node = byId.get(id);
    const up = parent.get(id);
    const above = up === undefined ? null : outermost(up);
    let found = above;
    if (!found && node && node.callFrame.url.startsWith(urlPrefix))
      found = { file: fileOf(node.callFrame.url, urlPrefix), topLevel: isTopLevel(node) };
    memo.set(id, found);
    return found;
  };
  const out = new Map<string, ScriptWork>();
  const work = (file: string): ScriptWork => {
    let w = out.get(file);
    if (!w) {
      w = { file, evaluationMs: 0, ownMs: 0, requestedAt: null, evaluatedAt: null };
      out.set(file, w);
    }
    return w;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let clock = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    clock += deltas[i] ?? 0;
    const hit = outermost(samples[i] as number);
    if (!hit) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const w = work(hit.file);
    w.ownMs += ms;
    if (hit.topLevel) {
      w.evaluationMs += ms;
      if (w.evaluatedAt === null && dclUs !== null) w.evaluatedAt = (clock - dclUs) / 1000;
    }
  }
  return out;
}

/** The renderer main threads of a trace, and their tasks (the outermost complete events). */
function mainThreadTasks(events: readonly TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  // Tasks are the outermost complete events of a main thread (task runners name them differently).
  const tasks: TraceEvent[] = [];
  const lastEnd = new Map<string, number>();
  const complete = events.filter((e) => e.ph === 'X' && mains.has(thread(e))).sort((a, b) => a.ts - b.ts);
  for (const e of complete) {
    const end = e.ts + (e.dur ?? 0);
    if (e.ts < (lastEnd.get(thread(e)) ?? 0)) continue;
    tasks.push(e);
    lastEnd.set(thread(e), end);
  }
  return tasks;
}

/** An event naming one of the extension's scripts (a script run, a module compiled or requested). */
function extensionUrl(e: TraceEvent, urlPrefix: string): string | null {
  const url = e.args?.data?.url ?? e.args?.fileName;
  return typeof url === 'string' && url.startsWith(urlPrefix) ? url : null;
}

export interface ExtensionTasks {
  /** Longest main-thread task that ran the extension: wall-clock ms, and its thread (CPU) ms. */
  longestMs: number;
  longestCpuMs: number;
  /** Thread (CPU) time of all the tasks that ran the extension, ms. */
  cpuMs: number;
  /** How many such tasks. */
  count: number;
}

/**
 * The renderer main-thread tasks that ran the extension: each holds one of its samples (`at`, µs)
 * or a trace event naming one of its scripts; of the page's own parsing tasks (where the gate runs
 * at document_start), only the extension's script events count. Null without a trace.
 */
export function extensionTasks(
  events: readonly TraceEvent[],
  at: readonly number[],
  urlPrefix: string,
): ExtensionTasks | null {
  const tasks = mainThreadTasks(events);
  if (tasks.length === 0) return null;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  // Sample times are on the profiled page's main thread; script events carry their own thread.
  const samples = [...at].sort((a, b) => a - b);
  const scripts = events.filter((e) => extensionUrl(e, urlPrefix) !== null);
  const hasSample = (from: number, to: number) => {
    let lo = 0;
    let hi = samples.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((samples[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < samples.length && (samples[lo] as number) <= to;
  };
  const parses = events.filter((e) => e.name === 'ParseHTML' && e.ph === 'X');
  /**
   * The extension's part of a task: the whole task, unless it is the page's own parsing, into
   * which a document_start content script is injected (its evaluation runs inside ParseHTML):
   * then only the extension's outermost script events in it.
   */
  const share = (t: TraceEvent, end: number): { wall: number; cpu: number } => {
    const inTask = (e: TraceEvent) => thread(e) === thread(t) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end;
    if (!parses.some(inTask)) return { wall: (t.dur ?? 0) / 1000, cpu: (t.tdur ?? t.dur ?? 0) / 1000 };
    let wall = 0;
    let cpu = 0;
    let outer = -1;
    for (const e of scripts.filter((x) => x.ph === 'X' && inTask(x)).sort((a, b) => a.ts - b.ts)) {
      if (e.ts < outer) continue;
      outer = e.ts + (e.dur ?? 0);
      wall += (e.dur ?? 0) / 1000;
      cpu += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    return { wall, cpu };
  };
  const result: ExtensionTasks = { longestMs: 0, longestCpuMs: 0, cpuMs: 0, count: 0 };
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const ran =
      hasSample(t.ts, end) || scripts.some((e) => e.ts >= t.ts && e.ts <= end && thread(e) === thread(t));
    if (!ran) continue;
    const { wall, cpu } = share(t, end);
    result.count += 1;
    result.cpuMs += cpu;
    if (wall > result.longestMs) {
      result.longestMs = wall;
      result.longestCpuMs = cpu;
    }
  }
  return result;
}

/** When each of the extension's files was first requested or run, on the trace clock (µs). */
function firstRequests(events: readonly TraceEvent[], urlPrefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of events) {
    const url = extensionUrl(e, urlPrefix);
    if (!url) continue;
    const file = fileOf(url, urlPrefix);
    const seen = out.get(file);
    if (seen === undefined || e.ts < seen) out.set(file, e.ts);
  }
  return out;
}

const EXTENSION = 'chrome-extension://';

export interface ProfiledLoad extends ProfileSummary {
  /** Longest main-thread task that ran the extension (trace + profile), wall-clock ms. */
  longestTaskMs: number | null;
  /** Its thread (CPU) time, ms. */
  longestTaskCpuMs: number | null;
  /** Thread (CPU) time of all the main-thread tasks that ran the extension, ms. */
  cpuMs: number | null;
  /** Per script of the extension: evaluation, own work, when requested and evaluated. */
  scripts: ScriptWork[];
  /** DOMContentLoaded → first highlight in this run, ms (null: none, or not asked for). */
  toFirst: number | null;
  anl: ProbeReading['anl'];
  ranges: number;
}

/**
 * Profile the load of `url` until `waitMs` after load, or — when `highlights` are expected —
 * until the highlight registry has held ranges and been quiet that long. The page first opens `blankUrl` on the same
 * origin, so the renderer (and the profiler in it) stays across the navigation.
 */
export async function profileLoad(
  context: BrowserContext,
  blankUrl: string,
  url: string,
  {
    waitMs,
    timeoutMs = waitMs,
    intervalUs = 50,
    highlights = false,
    expected = 1,
  }: {
    waitMs: number;
    timeoutMs?: number;
    intervalUs?: number;
    highlights?: boolean;
    /** Ranges to wait for before the quiet counts (see extensionRun). */
    expected?: number;
  },
): Promise<ProfiledLoad> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'loading', 'blink.user_timing'],
      },
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const t0 = Date.now();
    let r = (await page.evaluate(READ_PROBE)) as ProbeReading;
    // Until the registry has been quiet for waitMs after its last change (after load if no
    // highlights are expected), or the timeout.
    const settled = () =>
      highlights
        ? r.state.ranges >= Math.max(1, expected) && r.now - r.state.last >= waitMs
        : Date.now() - t0 >= waitMs && r.now - Math.max(r.state.last, 0) >= waitMs;
    while (Date.now() - t0 < timeoutMs && !settled()) {
      await new Promise((ok) => setTimeout(ok, 100));
      r = (await page.evaluate(READ_PROBE)) as ProbeReading;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    await cdp.detach();
    // BENCH_TRACE_DIR=dir keeps each profiled load's trace and profile, for bench/timeline.ts.
    const traceDir = process.env.BENCH_TRACE_DIR;
    if (traceDir) {
      mkdirSync(traceDir, { recursive: true });
      const name = `${new URL(url).pathname.slice(1) || 'page'}-${Date.now()}.json`;
      writeFileSync(join(traceDir, name), JSON.stringify({ events, profile }));
    }
    const at: number[] = [];
    const summary = summarizeProfile(profile, EXTENSION, at);
    const tasks = extensionTasks(events, at, EXTENSION);
    // The measured page's DOMContentLoaded on the trace clock: the last one (the blank page's came first).
    const dcl = events
      .filter(
        (e) =>
          e.name === 'domContentLoadedEventStart' ||
          (e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame),
      )
      .reduce<number | null>((m, e) => (m === null || e.ts > m ? e.ts : m), null);
    const scripts = scriptsInProfile(profile, EXTENSION, dcl);
    for (const [file, ts] of firstRequests(events, EXTENSION)) {
      const w = scripts.get(file) ?? {
        file,
        evaluationMs: 0,
        ownMs: 0,
        requestedAt: null,
        evaluatedAt: null,
      };
      w.requestedAt = dcl === null ? null : (ts - dcl) / 1000;
      scripts.set(file, w);
    }
    return {
      ...summary,
      longestTaskMs: tasks?.longestMs ?? null,
      longestTaskCpuMs: tasks?.longestCpuMs ?? null,
      cpuMs: tasks?.cpuMs ?? null,
      scripts: [...scripts.values()],
      toFirst: highlights && r.state.first >= 0 ? r.state.first - r.dcl : null,
      anl: r.anl,
      ranges: r.state.ranges,
    };
  } finally {
    await page.close();
  }
}
