/**
 * Draws a held-out split from the rest of the corpus's own source, the Saudi Newspapers Corpus
 * (SaudiNewsNet, github.com/parallelfold/SaudiNewsNet, CC BY-NC-SA 4.0: 31,030 articles of 14
 * Saudi outlets, July–August 2015; ../shared/corpus is 1,254 of them), once ../shared/corpus has
 * no unlabelled article with attribution left. Writes the sheets the labellers read, as prepare.ts
 * does, and the texts the scorer reads, outside the repository (the articles are the outlets').
 *   npx tsx scripts/labels/prepare-snn.ts SNN_JSON_DIR OUT_DIR [--count 72] [--batches 4] [--seed 9901] [--denials]
 * `--denials` draws 4 in 5 among articles with the vocabulary of denials instead, `--silences` of non-responses. Articles
 * of earlier SaudiNewsNet splits (ids `snnx-…` in eval/labels) are left out too, and so is the
 * open pool (snn.ts `inOpenPool`), which the engine's authors read when checking rules.
 * SNN_JSON_DIR holds the dataset's unzipped `YYYY-MM-DD.json` files. Every article of
 * ../shared/corpus (by URL) is left out, so no article the project or its labels ever read is
 * drawn. An article's text is its title, a blank line and its content (each line's leading
 * spaces dropped), as ../shared/corpus builds its texts; its id is `snnx-SOURCE-` and the first
 * 10 hex digits of the SHA-1 of its URL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DENIAL_VOCABULARY, drawArticles, SILENCE_VOCABULARY, writeSheets } from './sheets';
import { inOpenPool, labelledIds, snnArticles, type SnnText } from './snn';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const [snnDir, outArg] = args;
if (!snnDir || !outArg) {
  console.error('usage: prepare-snn.ts SNN_JSON_DIR OUT_DIR [--count 72] [--batches 4] [--seed 9901]');
  process.exit(2);
}
const outDir = resolve(outArg);
const drawnBefore = new Set([...labelledIds()].filter((id) => id.startsWith('snnx-')));
const pool = new Map<string, SnnText>();
for (const a of snnArticles(snnDir)) if (!drawnBefore.has(a.id) && !inOpenPool(a.id)) pool.set(a.id, a);
const articles = [...pool.values()].filter((a) => a.text.length <= 7000);
const vocabulary = args.includes('--denials')
  ? DENIAL_VOCABULARY
  : args.includes('--silences')
    ? SILENCE_VOCABULARY
    : undefined;
const chosen = drawArticles(articles, flag('--count', 72), flag('--seed', 9901), vocabulary);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'texts.jsonl'),
  `${chosen.map((a) => JSON.stringify({ id: a.id, url: a.url, text: a.text })).join('\n')}\n`,
);
writeSheets(outDir, chosen, flag('--batches', 4));
console.log(
  `${pool.size} SaudiNewsNet articles outside ../shared/corpus and earlier splits; ${chosen.length} drawn → ${outDir}`,
);
