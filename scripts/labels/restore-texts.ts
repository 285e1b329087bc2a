/**
 * Writes again the texts of every labelled SaudiNewsNet split (snn.ts `SNN_SPLITS`) beside the
 * checkout, from the dataset, when a machine has the labels but not the texts (they are the
 * outlets', so they never enter the repository). Only `texts.jsonl` is written — no sheets, and
 * nothing is printed of a text — so a held-out split's text stays unread.
 *   npx tsx scripts/labels/restore-texts.ts SNN_JSON_DIR
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SNN_SPLITS, type SnnText, snnArticles } from './snn';

const [snnDir] = process.argv.slice(2);
if (!snnDir) {
  console.error('usage: restore-texts.ts SNN_JSON_DIR');
  process.exit(2);
}
const labels = resolve(import.meta.dirname, '../../eval/labels');
const byId = new Map<string, SnnText>();
for (const a of snnArticles(snnDir)) byId.set(a.id, a);
for (const [name, dir] of Object.entries(SNN_SPLITS)) {
  const file = join(labels, `${name}.jsonl`);
  if (!existsSync(file)) continue;
  const ids = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { article_id: string }).article_id);
  const found = ids.map((id) => byId.get(id)).filter((a): a is SnnText => a !== undefined);
  const out = resolve(import.meta.dirname, '../../..', dir);
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'texts.jsonl'),
    `${found.map((a) => JSON.stringify({ id: a.id, url: a.url, text: a.text })).join('\n')}\n`,
  );
  console.log(`${name}: ${found.length} of ${ids.length} articles → ${out}`);
}
