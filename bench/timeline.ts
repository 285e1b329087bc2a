/**
 * The main thread of one profiled page load, read from a trace kept by the bench:
 *   BENCH_TRACE_DIR=/tmp/traces npm run bench -- --only browser --pages article
 *   npx tsx bench/timeline.ts /tmp/traces/article-<time>.json
 * Prints every top-level task of the renderer's main thread over 1 ms (start and length in ms
 * after DOMContentLoaded, and what ran in it), then every request for an extension file. This is
 * how the module-loading round trips in front of the first highlight were found (each
 * web-accessible module behind `use_dynamic_url` is requested, redirected, then read).
 */
import { readFileSync } from 'node:fs';
import type { TraceEvent as Event } from './script-time';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/timeline.ts TRACE.json (see BENCH_TRACE_DIR in bench/script-time.ts)');
  process.exit(2);
}
const { events } = JSON.parse(readFileSync(file, 'utf8')) as { events: Event[] };
const TASK = 'ThreadControllerImpl::RunTask';
const dcl = events
  .filter(
    (e) =>
      e.name === 'domContentLoadedEventStart' || (e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame),
  )
  .reduce<number>((m, e) => Math.max(m, e.ts), 0);
const ms = (ts: number) => ((ts - dcl) / 1000).toFixed(1).padStart(7);
const thread = (e: Event) => `${e.pid}:${e.tid}`;
// The renderer's main thread: the one that asks for the extension's files, or (on a known site,
// where the content script asks for none) the one whose DOMContentLoaded was taken.
const main =
  events.find((e) => e.name === 'ResourceSendRequest' && /extension:/.test(e.args?.data?.url ?? '')) ??
  events.find(
    (e) => (e.name === 'domContentLoadedEventStart' || e.name === 'MarkDOMContent') && e.ts === dcl,
  );
if (!main) throw new Error('no request for an extension file and no DOMContentLoaded in this trace');
const spans = events
  .filter((e) => thread(e) === thread(main) && e.ph === 'X' && e.ts >= dcl - 5000)
  .sort((a, b) => a.ts - b.ts);
for (const task of spans.filter((e) => e.name === TASK && (e.dur ?? 0) >= 1000)) {
  const end = task.ts + (task.dur ?? 0);
  const inside = spans
    .filter((e) => e.name !== TASK && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 300)
    .slice(0, 5)
    .map((e) => {
      const url = e.args?.data?.url?.split('/').pop();
      return `${e.name}${url ? `[${url}]` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
    });
  console.log(`${ms(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${inside.join(' | ')}`);
}
console.log('--- requests for extension files (a file asked for twice was redirected in between)');
for (const e of events
  .filter((e) => e.name === 'ResourceSendRequest' && /extension:/.test(e.args?.data?.url ?? ''))
  .sort((a, b) => a.ts - b.ts))
  console.log(ms(e.ts), e.args?.data?.url?.split('/').pop());
