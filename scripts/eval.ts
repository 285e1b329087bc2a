/**
 * Scores the engine on the labelled dev set with the project's scorer:
 *   npm run eval [-- --errors N] [--gold PATH]
 * Reads ../shared (skips with a message when it is absent), runs analyze() on every labelled
 * article, writes the predictions to test-output/eval-pred.jsonl and prints score.mjs's table.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analysis/index';

const shared = resolve(import.meta.dirname, '../../shared');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const gold = resolve(flag('--gold') ?? `${shared}/eval/dev.jsonl`);
const corpus = `${shared}/corpus/articles.jsonl`;
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
const seedPath = `${shared}/seed/article.txt`;
if (ids.has('seed') && existsSync(seedPath)) texts.set('seed', readFileSync(seedPath, 'utf8'));

const out = resolve(import.meta.dirname, '../test-output');
mkdirSync(out, { recursive: true });
const pred = [...texts].map(([id, text]) => JSON.stringify({ id, marks: analyze(text) })).join('\n');
writeFileSync(`${out}/eval-pred.jsonl`, `${pred}\n`);

const extra = flag('--errors') ? ['--errors', flag('--errors') as string, '--corpus', corpus] : [];
if (args.includes('--json')) extra.push('--json');
const r = spawnSync('node', [`${shared}/eval/score.mjs`, gold, `${out}/eval-pred.jsonl`, ...extra], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
