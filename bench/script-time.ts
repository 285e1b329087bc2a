/**
 * How long the content script works on a page, measured from outside: the V8 CPU profiler of the
 * page's renderer (CDP Profiler) runs across the navigation, and every sample whose stack holds a
 * chrome-extension:// frame counts as the extension's time. Its longest unbroken stretch of such
 * samples is the longest task the extension causes (Long Animation Frame script attribution does
 * not cover content scripts, and the longtask API does not say whose task it was).
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
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Sampled time inside the extension's scripts, ms. */
  totalMs: number;
  /** Longest run of consecutive samples in the extension (garbage collection inside it included), ms. */
  longestMs: number;
  /** Whether any frame of the extension was seen. */
  seen: boolean;
}

/** Attribute the samples of `profile` to scripts from `urlPrefix`. */
export function summarizeProfile(profile: Profile, urlPrefix: string): ProfileSummary {
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
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] as number;
    // A sample stands for the interval up to the next one.
    const us = deltas[i + 1] ?? 0;
    if (inside(id)) {
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
    longestMs: longest / 1000,
    seen: profile.nodes.some((n) => n.callFrame.url.startsWith(urlPrefix)),
  };
}

export interface ProfiledLoad extends ProfileSummary {
  anl: ProbeReading['anl'];
  ranges: number;
}

/**
 * Profile the load of `url` until `waitMs` after load, or — when `settle` is given — until the
 * highlight registry has been quiet that long. The page first opens `blankUrl` on the same
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
  }: { waitMs: number; timeoutMs?: number; intervalUs?: number },
): Promise<ProfiledLoad> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const t0 = Date.now();
    let r = (await page.evaluate(READ_PROBE)) as ProbeReading;
    // Until the registry has been quiet for waitMs after its last change (or after load).
    while (Date.now() - t0 < timeoutMs) {
      const quietSince = Math.max(r.state.last, 0);
      if (r.now - quietSince >= waitMs && Date.now() - t0 >= Math.min(waitMs, timeoutMs)) break;
      await new Promise((ok) => setTimeout(ok, 100));
      r = (await page.evaluate(READ_PROBE)) as ProbeReading;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach();
    return { ...summarizeProfile(profile, 'chrome-extension://'), anl: r.anl, ranges: r.state.ranges };
  } finally {
    await page.close();
  }
}
