/**
 * Scores the engine on a labelled set with the project's scorer:
 *   npm run eval [-- --set dev|train|ours|final-1|…|final-8|PATH] [--errors N] [--json]
 * `dev` and `train` are ../shared/eval's sets; `ours` is the project's own labelled training set
 * (eval/labels/train.jsonl and the final splits final-1 to final-8, each scored once and then
 * opened for training: offsets and kinds keyed by corpus id, no corpus text); `final` would be the
 * project's held-out split (final-22, SaudiNewsNet articles outside ../shared/corpus) and `snn` the
 * SaudiNewsNet splits opened after scoring (their texts beside the checkout); any other value is a path.
 * Reads the texts from ../shared (skips with a message when it is absent), runs analyze() on every
 * labelled article, writes the predictions to test-output/eval-pred.jsonl and prints the table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analysis/index';
import { HELD_OUT_NOW, SNN_OPENED, SNN_SPLITS } from './labels/snn';

const shared = resolve(import.meta.dirname, '../../shared');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const labels = resolve(import.meta.dirname, '../eval/labels');
const SETS: Record<string, string> = {
  dev: `${shared}/eval/dev.jsonl`,
  train: `${shared}/eval/train.jsonl`,
  ours: `${labels}/train.jsonl`,
  'final-1': `${labels}/final-1.jsonl`,
  'final-2': `${labels}/final-2.jsonl`,
  'final-3': `${labels}/final-3.jsonl`,
  'final-4': `${labels}/final-4.jsonl`,
  'final-5': `${labels}/final-5.jsonl`,
  'final-6': `${labels}/final-6.jsonl`,
  'final-7': `${labels}/final-7.jsonl`,
  'final-8': `${labels}/final-8.jsonl`,
};
/** Held-out splits already scored once, and since opened for training (part of `ours`). */
const OPENED = ['final-1', 'final-2', 'final-3', 'final-4', 'final-5', 'final-6', 'final-7', 'final-8']
  .map((name) => SETS[name] as string)
  .filter((p) => existsSync(p));
const set = flag('--set') ?? flag('--gold') ?? 'dev';
// Which SaudiNewsNet splits are open and which one is held out: labels/snn.ts.
for (const name of Object.keys(SNN_SPLITS))
  if (existsSync(`${labels}/${name}.jsonl`)) SETS[name] = `${labels}/${name}.jsonl`;
if (set === 'final' && !SETS[HELD_OUT_NOW]) {
  console.error('eval: no split is held out now (eval/README.md).');
  process.exit(2);
}
const parts = set === 'final' ? [HELD_OUT_NOW] : set === 'snn' ? SNN_OPENED : SNN_SPLITS[set] ? [set] : [];
const beside = (dir: string) => resolve(import.meta.dirname, '../..', dir, 'texts.jsonl');
const textFiles = (
  flag('--texts')?.split(',') ?? parts.map((name) => beside(SNN_SPLITS[name] as string))
).filter((f) => existsSync(f));
if (parts.length > 0 && textFiles.length === 0) {
  console.log(
    `eval: skipped — the texts of ${set} are not beside the checkout (scripts/labels/prepare-snn.ts writes them).`,
  );
  process.exit(0);
}
let gold = resolve(SETS[set] ?? set);
if (parts.length > 0) {
  mkdirSync(resolve(import.meta.dirname, '../test-output'), { recursive: true });
  gold = resolve(import.meta.dirname, `../test-output/eval-${set}.jsonl`);
  writeFileSync(gold, parts.map((name) => readFileSync(SETS[name] as string, 'utf8')).join(''));
}
// `ours` is everything the project may read: its training set and the final splits that were
// scored once (eval/final-score.md) and then opened for training.
if (set === 'ours' && OPENED.length > 0) {
  mkdirSync(resolve(import.meta.dirname, '../test-output'), { recursive: true });
  const joined = resolve(import.meta.dirname, '../test-output/eval-ours.jsonl');
  writeFileSync(joined, [gold, ...OPENED].map((p) => readFileSync(p, 'utf8')).join(''));
  gold = joined;
}
const corpus = `${shared}/corpus/articles.jsonl`;
if (!existsSync(gold) && !(SETS[set] ?? '').startsWith(shared)) {
  console.error(`eval: no labelled set at ${gold} (use --set dev, train, ours, final or a path).`);
  process.exit(2);
}
if (!existsSync(gold) || !existsSync(corpus)) {
  console.log(
    `eval: skipped — ${gold} or ${corpus} is missing (the shared data sits beside a checkout, not in it).`,
  );
  process.exit(0);
}

const ids = new Set(
  readFileSync(gold, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).article_id as string),
);
const texts = new Map<string, string>();
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line) continue;
  const a = JSON.parse(line) as { id: string; text: string };
  if (ids.has(a.id)) texts.set(a.id, a.text);
}
for (const file of textFiles)
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; text: string };
    if (ids.has(a.id)) texts.set(a.id, a.text);
  }
const seedPath = `${shared}/seed/article.txt`;
if (ids.has('seed') && existsSync(seedPath)) texts.set('seed', readFileSync(seedPath, 'utf8'));

const out = resolve(import.meta.dirname, '../test-output');
mkdirSync(out, { recursive: true });
const pred = [...texts].map(([id, text]) => JSON.stringify({ id, marks: analyze(text) })).join('\n');
writeFileSync(`${out}/eval-pred.jsonl`, `${pred}\n`);

// The scorer reads the texts for --errors from one file: the held-out splits' are joined into one.
let errorTexts = corpus;
if (textFiles.length > 0) {
  errorTexts = `${out}/eval-texts.jsonl`;
  writeFileSync(errorTexts, textFiles.map((f) => readFileSync(f, 'utf8')).join(''));
}
const extra = flag('--errors') ? ['--errors', flag('--errors') as string, '--corpus', errorTexts] : [];
if (args.includes('--json')) extra.push('--json');
const r = spawnSync('node', [`${shared}/eval/score.mjs`, gold, `${out}/eval-pred.jsonl`, ...extra], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
