/**
 * How long the content script works on a page, measured from outside: the V8 CPU profiler of the
 * page's renderer (CDP Profiler) runs across the navigation, and every sample whose stack holds a
 * chrome-extension:// frame counts as the extension's time. A trace (CDP Tracing) records the
 * renderer main thread's tasks at the same time, on the same clock: the longest task holding an
 * extension sample, or a script event from the extension, is the longest task it causes.
 * (The page's longtask observer does not report content-script tasks, and Long Animation Frame
 * script attribution leaves them out too — checked with a busy-looping test extension.)
 */
import type { BrowserContext } from 'playwright-core';
import { type ProbeReading, READ_PROBE } from './probe';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface ProfileSummary {
  /** Sampled time inside the extension's scripts, ms. */
  totalMs: number;
  /** Longest run of consecutive samples in the extension (garbage collection inside it included), ms. */
  longestStretchMs: number;
  /** Whether any frame of the extension was seen. */
  seen: boolean;
}

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
 * The longest renderer main-thread task that ran the extension: it holds one of its samples
 * (`at`, µs) or a trace event naming one of its scripts. Milliseconds; null without a trace.
 */
export function longestTaskOf(
  events: readonly TraceEvent[],
  at: readonly number[],
  urlPrefix: string,
): number | null {
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
  if (tasks.length === 0) return null;
  // Sample times are on the profiled page's main thread; script events carry their own thread.
  const samples = [...at].sort((a, b) => a - b);
  const scripts = events.filter((e) => e.args?.data?.url?.startsWith(urlPrefix));
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
  let longest = 0;
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const ran =
      hasSample(t.ts, end) || scripts.some((e) => e.ts >= t.ts && e.ts <= end && thread(e) === thread(t));
    if (ran) longest = Math.max(longest, (t.dur ?? 0) / 1000);
  }
  return longest;
}

const EXTENSION = 'chrome-extension://';

export interface ProfiledLoad extends ProfileSummary {
  /** Longest main-thread task that ran the extension (trace + profile), ms. */
  longestTaskMs: number | null;
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
  }: { waitMs: number; timeoutMs?: number; intervalUs?: number; highlights?: boolean },
): Promise<ProfiledLoad> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute'] },
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
        ? r.state.ranges > 0 && r.now - r.state.last >= waitMs
        : Date.now() - t0 >= waitMs && r.now - Math.max(r.state.last, 0) >= waitMs;
    while (Date.now() - t0 < timeoutMs && !settled()) {
      await new Promise((ok) => setTimeout(ok, 100));
      r = (await page.evaluate(READ_PROBE)) as ProbeReading;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    await cdp.detach();
    const at: number[] = [];
    const summary = summarizeProfile(profile, EXTENSION, at);
    return {
      ...summary,
      longestTaskMs: longestTaskOf(events, at, EXTENSION),
      anl: r.anl,
      ranges: r.state.ranges,
    };
  } finally {
    await page.close();
  }
}
