/**
 * Writes the open pool (sheets.ts `inOpenPool`): the SaudiNewsNet articles the engine's authors
 * may read when checking a rule's marks beyond ../shared/corpus. Articles of ../shared/corpus and
 * of any labelled split are left out (a held-out split's text must stay unread).
 *   npx tsx scripts/labels/open-pool.ts SNN_JSON_DIR OUT.jsonl
 * Each line: `{ id, url, text }`, the text built as prepare-snn.ts builds it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inOpenPool } from './sheets';

const [snnDir, outFile] = process.argv.slice(2);
if (!snnDir || !outFile) {
  console.error('usage: open-pool.ts SNN_JSON_DIR OUT.jsonl');
  process.exit(2);
}
const shared = resolve(import.meta.dirname, '../../../shared');
const inCorpus = new Set(
  readFileSync(`${shared}/corpus/articles.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { url: string }).url),
);
const labelled = resolve(import.meta.dirname, '../../eval/labels');
const inSplits = new Set(
  readdirSync(labelled)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(labelled, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => (JSON.parse(l) as { article_id: string }).article_id),
);
const lines: string[] = [];
for (const file of readdirSync(snnDir)
  .filter((f) => f.endsWith('.json'))
  .sort())
  for (const a of JSON.parse(readFileSync(join(snnDir, file), 'utf8')) as {
    source: string;
    url: string;
    title: string;
    content: string;
  }[]) {
    if (inCorpus.has(a.url) || !a.content?.trim()) continue;
    const id = `snnx-${a.source}-${createHash('sha1').update(a.url).digest('hex').slice(0, 10)}`;
    if (!inOpenPool(id) || inSplits.has(id)) continue;
    const body = a.content
      .trim()
      .split('\n')
      .map((line) => line.trimStart())
      .join('\n');
    lines.push(
      JSON.stringify({ id, url: a.url, text: a.title?.trim() ? `${a.title.trim()}\n\n${body}` : body }),
    );
  }
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${lines.length} articles in the open pool → ${outFile}`);
