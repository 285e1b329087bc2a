/**
 * Draws corpus articles for a new labelled set and writes the sentence sheets the labellers read.
 *   npx tsx scripts/labels/prepare.ts OUT_DIR [--count 272] [--batches 8] [--seed 2026]
 * Excludes every article of ../shared/eval/dev.jsonl and train.jsonl, and of the project's own
 * labelled sets (eval/labels/*.jsonl). Four in five are drawn among
 * articles that use attribution vocabulary, one in five from the rest (as the shared train set
 * was). Writes OUT_DIR/selection.json (ids, sentence spans, batch) and OUT_DIR/batch-K.txt: each
 * sentence numbered, nothing else — labellers never see the engine's output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { drawArticles, writeSheets } from './sheets';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const outDir = resolve(args[0] ?? 'label-sheets');
const count = flag('--count', 272);
const batches = flag('--batches', 8);
const seed = flag('--seed', 2026);

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
const chosen = drawArticles(articles, count, seed);
writeSheets(outDir, chosen, batches);
console.log(`${chosen.length} articles, ${batches} batches → ${outDir}`);
