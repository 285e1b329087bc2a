/**
 * What the bench installs in every page before it loads (an init script in the page's main
 * world): a long-task observer and a poll of the document's highlight registry (every 4 ms and
 * every frame), which the content script's isolated world shares with the page.
 */

/** The state the probe keeps on `window.__bench`. */
export interface ProbeState {
  /** Long tasks as [startTime, duration]. */
  lt: [number, number][];
  /** performance.now() when the registry first held a range, and when its range count last changed. */
  first: number;
  last: number;
  ranges: number;
  highlights: number;
}

/** Source of the init script (a string: it runs in the page, not in node). */
export const PROBE_SCRIPT = `(() => {
  const b = { lt: [], first: -1, last: -1, ranges: 0, highlights: 0 };
  Object.defineProperty(window, '__bench', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lt.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const poll = () => {
    const reg = window.CSS && CSS.highlights;
    if (!reg) return;
    let n = 0;
    reg.forEach((h) => { n += h.size; });
    if (n === b.ranges) return;
    const now = performance.now();
    if (b.first < 0 && n > 0) b.first = now;
    b.ranges = n;
    b.highlights = reg.size;
    b.last = now;
  };
  // A timer, and every frame: while the content script works in slices given back with
  // scheduler.yield(), its continuations run before the page's timers, but frames are rendered.
  setInterval(poll, 4);
  const frame = () => { poll(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

/** Read in the page: the probe's state, DOMContentLoaded, and any \`anl:\` timings of the content script. */
export const READ_PROBE = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const anl = performance.getEntries()
    .filter((e) => e.name.startsWith('anl:'))
    .map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration }));
  return { state: window.__bench, dcl: nav ? nav.domContentLoadedEventStart : -1, now: performance.now(), anl };
})()`;

export interface ProbeReading {
  state: ProbeState;
  dcl: number;
  now: number;
  anl: { name: string; type: string; start: number; duration: number }[];
}
