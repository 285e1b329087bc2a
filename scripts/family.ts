/**
 * How the labelled data reads a family of phrasing, before a rule is written for it or after:
 *   npm run eval:family -- 'REGEX' [--show N]
 * Every labelled sentence the project may read — ../shared/eval's dev and train sets, its own
 * training set and the splits opened after scoring (eval/labels; never the split held out now,
 * labels/snn.ts HELD_OUT_NOW) — whose text, as written, matches REGEX (JavaScript syntax, Unicode).
 * For each kind: how many of them gold marks, how many the engine marks now, and how many both.
 * With --show N, up to N of the sentences where gold and engine differ, with their set. A sentence
 * counts as marked by the engine when a mark of that kind overlaps it. The texts are read from
 * ../shared and from beside the checkout (the SaudiNewsNet splits'); a set whose texts are absent is
 * left out and named.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analysis/index';
import type { MarkKind } from '../src/analysis/types';
import { type GoldArticle, readableSets, readJsonl } from './labels/readable';

const args = process.argv.slice(2);
const pattern = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
if (!pattern) {
  console.error("usage: npm run eval:family -- 'REGEX' [--show N]");
  process.exit(2);
}
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 10) : 0;
const family = new RegExp(pattern, 'u');

const root = resolve(import.meta.dirname, '..');

const sets = readableSets(root);

const KINDS: MarkKind[] = ['anonymous', 'denial', 'no_comment', 'wire'];
const counts = new Map(KINDS.map((k) => [k, { gold: 0, engine: 0, both: 0 }]));
const differing: string[] = [];
const textCache = new Map<string, Map<string, string>>();
let sentences = 0;
const absent: string[] = [];

for (const set of sets) {
  if (!existsSync(set.gold)) continue;
  if (!existsSync(set.texts)) {
    absent.push(set.name);
    continue;
  }
  let texts = textCache.get(set.texts);
  if (!texts) {
    texts = new Map(readJsonl<{ id: string; text: string }>(set.texts).map((a) => [a.id, a.text]));
    textCache.set(set.texts, texts);
  }
  for (const article of readJsonl<GoldArticle>(set.gold)) {
    const text = texts.get(article.article_id);
    if (!text) continue;
    const matching = article.sentences.filter((s) => family.test(text.slice(s.start, s.end)));
    if (matching.length === 0) continue;
    const marks = analyze(text);
    for (const s of matching) {
      sentences++;
      const engine = new Set(marks.filter((m) => m.start < s.end && m.end > s.start).map((m) => m.kind));
      const gold = new Set(s.kinds);
      for (const kind of KINDS) {
        const c = counts.get(kind) as { gold: number; engine: number; both: number };
        if (gold.has(kind)) c.gold++;
        if (engine.has(kind)) c.engine++;
        if (gold.has(kind) && engine.has(kind)) c.both++;
      }
      if (KINDS.some((k) => gold.has(k) !== engine.has(k)) && differing.length < show)
        differing.push(
          `[${set.name}] gold ${[...gold].join('+') || 'none'} · engine ${[...engine].join('+') || 'none'} | ${text
            .slice(s.start, s.end)
            .replace(/\s+/gu, ' ')
            .slice(0, 220)}`,
        );
    }
  }
}

console.log(`${sentences} labelled sentences match /${pattern}/`);
console.log('kind         gold  engine  both');
for (const [kind, c] of counts)
  console.log(
    `${kind.padEnd(11)} ${String(c.gold).padStart(5)} ${String(c.engine).padStart(7)} ${String(c.both).padStart(5)}`,
  );
if (absent.length > 0) console.log(`left out (texts not beside the checkout): ${absent.join(', ')}`);
for (const line of differing) console.log(line);
