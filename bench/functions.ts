/**
 * Where the content script's main-thread time goes, by function, over the profiled page loads a
 * bench run kept:
 *   ANL_NO_MINIFY=1 node scripts/build.mjs chrome; cp -r dist/chrome /tmp/readable
 *   BENCH_EXTENSION=/tmp/readable BENCH_TRACE_DIR=/tmp/traces npm run bench -- --only browser --pages article
 *   npx tsx bench/functions.ts /tmp/traces [--top 40]
 * (the readable build keeps the functions' names; the build's file check then complains about the
 * gate, which is only a check.) Prints, as the mean over the loads, the sampled milliseconds of
 * every function in the extension's frames inclusive of what it calls (each sample counted once
 * per function), then its own (self) time. Profiling at 50 µs slows the page down, so the figures
 * are larger than the bench's; they rank where the time goes, they do not replace the bench.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from './script-time';

const [dir] = process.argv.slice(2);
const topArg = process.argv.indexOf('--top');
const top = topArg > 0 ? Number(process.argv[topArg + 1]) : 40;
if (!dir) {
  console.error('usage: npx tsx bench/functions.ts TRACE_DIR [--top N] (see the comment at the top)');
  process.exit(2);
}

const EXTENSION = 'chrome-extension://';
const inclusive = new Map<string, number>();
const own = new Map<string, number>();
let loads = 0;
const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const { profile } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { profile: Profile };
  loads += 1;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const names = new Set<string>();
    let leaf: string | null = null;
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = nodes.get(id)?.callFrame;
      if (!frame?.url.startsWith(EXTENSION)) continue;
      // The chunk's name without its content hash.
      const chunk = (frame.url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '');
      const name = `${frame.functionName || '(top level)'}  ${chunk}`;
      leaf ??= name;
      names.add(name);
    }
    if (leaf === null) continue;
    add(own, leaf, ms);
    for (const name of names) add(inclusive, name, ms);
  }
}

const print = (title: string, m: Map<string, number>) => {
  console.log(`${title} (mean ms over ${loads} loads)`);
  for (const [name, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(ms / loads).toFixed(1).padStart(7)}  ${name}`);
};
print('inclusive', inclusive);
print('self', own);
