/**
 * npm run eval:links [-- --worst N] [--all] [--json]
 * Scores the primary search query of every case in tests/data/link-truth.jsonl against the original
 * report (see scripts/links/measure.ts) and prints the means and the worst cases. Cases whose Arabic
 * side is a corpus article are skipped, with a message, when ../shared is absent.
 */
import { measure } from './links/measure';

const args = process.argv.slice(2);
const worstAt = args.indexOf('--worst');
const worstN = worstAt >= 0 ? Number(args[worstAt + 1]) : 5;
const s = measure();
if (args.includes('--json')) {
  console.log(JSON.stringify(s, null, 2));
  process.exit(0);
}
if (s.skipped.length) {
  const absent = s.skipped.filter((k) => k.why.includes('absent')).length;
  if (absent) console.log(`${absent} corpus cases skipped: ../shared/corpus is absent beside the checkout.`);
  for (const k of s.skipped.filter((x) => !x.why.includes('absent')))
    console.log(`skipped ${k.id}: ${k.why}`);
}
const pct = (x: number) => x.toFixed(2);
console.log(`cases scored        ${s.cases}`);
console.log(`mean term recall    ${pct(s.recall)}`);
console.log(`mean precision      ${pct(s.precision)}`);
console.log(`date window holds   ${s.dateHits}/${s.dated} dated cases`);
console.log(`empty queries       ${s.empty}`);
const rows = args.includes('--all')
  ? s.results
  : [...s.results].sort((a, b) => a.recall + a.precision - (b.recall + b.precision)).slice(0, worstN);
console.log(args.includes('--all') ? '\nall cases:' : `\n${rows.length} worst (recall + precision):`);
for (const r of rows) {
  console.log(
    `${r.id} ${r.outlet.padEnd(7)} R ${pct(r.recall)} P ${pct(r.precision)}${r.dateHit === false ? ' DATE✗' : ''}  «${r.query}»` +
      (r.missing.length ? `\n      missing: ${r.missing.join(', ')}` : '') +
      (r.extra.length ? `\n      not in original: ${r.extra.join(' ')}` : ''),
  );
}
