/**
 * Draws corpus articles for a new labelled set and writes the sentence sheets the labellers read.
 *   npx tsx scripts/labels/prepare.ts OUT_DIR [--count 272] [--batches 8] [--seed 2026]
 * Excludes every article of ../shared/eval/dev.jsonl and train.jsonl, and of the project's own
 * labelled sets (eval/labels/*.jsonl). Four in five are drawn among
 * articles that use attribution vocabulary, one in five from the rest (as the shared train set
 * was). Writes OUT_DIR/selection.json (ids, sentence spans, batch) and OUT_DIR/batch-K.txt: each
 * sentence numbered, nothing else — labellers never see the engine's output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../../src/analysis/sentences';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const outDir = resolve(args[0] ?? 'label-sheets');
const count = flag('--count', 272);
const batches = flag('--batches', 8);
let seed = flag('--seed', 2026);
/** mulberry32: a small seeded generator, so the draw can be repeated. */
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffle = <T>(xs: T[]) => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
};

const shared = resolve(import.meta.dirname, '../../../shared');
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const taken = new Set<string>();
for (const set of ['dev', 'train'])
  for (const a of jsonl(`${shared}/eval/${set}.jsonl`)) taken.add(a.article_id);
const own = resolve(import.meta.dirname, '../../eval/labels');
if (existsSync(own))
  for (const f of readdirSync(own).filter((f) => f.endsWith('.jsonl')))
    for (const a of jsonl(`${own}/${f}`)) taken.add(a.article_id);
const articles = (jsonl(`${shared}/corpus/articles.jsonl`) as { id: string; text: string }[])
  .filter((a) => !taken.has(a.id) && a.text.length <= 7000)
  .sort((a, b) => (a.id < b.id ? -1 : 1));
const vocabulary = /مصدر|مصادر|نفى|نفت|ينفي|رويترز|فرانس|وكالة|وفقا|بحسب|التعليق|تقارير|أنباء|صحيفة/;
const dense = shuffle(articles.filter((a) => vocabulary.test(a.text)));
const rest = shuffle(articles.filter((a) => !vocabulary.test(a.text)));
const nDense = Math.round(count * 0.8);
// When the articles with attribution vocabulary run out (by session 6 all but two were labelled),
// the rest of the draw comes from the others, and the script says so.
const fromDense = dense.slice(0, nDense);
const chosen = shuffle([...fromDense, ...rest.slice(0, count - fromDense.length)]);
if (fromDense.length < nDense)
  console.warn(
    `only ${fromDense.length} unlabelled articles of ≤ 7,000 characters use attribution vocabulary; ${chosen.length - fromDense.length} drawn from the rest`,
  );

mkdirSync(outDir, { recursive: true });
const selection = chosen.map((a, k) => ({
  article_id: a.id,
  batch: k % batches,
  sentences: splitSentences(a.text).map((s) => ({ start: s.start, end: s.end })),
}));
writeFileSync(`${outDir}/selection.json`, JSON.stringify(selection));
for (let b = 0; b < batches; b++) {
  const lines: string[] = [];
  for (const [k, a] of chosen.entries()) {
    if (k % batches !== b) continue;
    lines.push(`### article ${a.id}`);
    const sel = selection[k];
    sel?.sentences.forEach((s, i) => {
      lines.push(`[${i}] ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
    });
    lines.push('');
  }
  writeFileSync(`${outDir}/batch-${b}.txt`, lines.join('\n'));
}
console.log(
  `${chosen.length} articles (${fromDense.length} with attribution vocabulary), ${batches} batches → ${outDir}`,
);
