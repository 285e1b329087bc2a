/**
 * Writes the open pool (snn.ts `inOpenPool`): the SaudiNewsNet articles the engine's authors
 * may read when checking a rule's marks beyond ../shared/corpus. Articles of ../shared/corpus and
 * of any labelled split are left out (a held-out split's text must stay unread).
 *   npx tsx scripts/labels/open-pool.ts SNN_JSON_DIR OUT.jsonl
 * Each line: `{ id, url, text }`, the text built as prepare-snn.ts builds it.
 */
import { writeFileSync } from 'node:fs';
import { inOpenPool, labelledIds, snnArticles } from './snn';

const [snnDir, outFile] = process.argv.slice(2);
if (!snnDir || !outFile) {
  console.error('usage: open-pool.ts SNN_JSON_DIR OUT.jsonl');
  process.exit(2);
}
const inSplits = labelledIds();
const lines: string[] = [];
for (const a of snnArticles(snnDir))
  if (inOpenPool(a.id) && !inSplits.has(a.id)) lines.push(JSON.stringify(a));
writeFileSync(outFile, `${lines.join('\n')}\n`);
console.log(`${lines.length} articles in the open pool → ${outFile}`);
