/**
 * Merges two independent labellings of the sheets written by prepare.ts, then the adjudications.
 *   npx tsx scripts/labels/merge.ts disagreements DIR [--chunks N]
 *     prints agreement per kind and writes DIR/adjudicate-K.txt: every sentence the two
 *     labellers judged differently, with its article's neighbouring sentences and both calls
 *   npx tsx scripts/labels/merge.ts build DIR [--final N | --all NAME]
 *     applies DIR/out/adjudicated-*.jsonl and writes eval/labels/train.jsonl and final.jsonl (or NAME.jsonl)
 *     (offsets, kinds, outlets keyed by corpus id; no text). The final split is N articles
 *     drawn with a fixed seed before anyone scored anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Kind = 'anonymous' | 'denial' | 'no_comment' | 'wire';
const KINDS: Kind[] = ['anonymous', 'denial', 'no_comment', 'wire'];
interface Call {
  kinds: Kind[];
  outlets: string[];
  why?: string;
}
interface Selected {
  article_id: string;
  batch: number;
  sentences: { start: number; end: number }[];
}

const [mode, dirArg] = process.argv.slice(2);
const dir = resolve(dirArg ?? '.');
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const jsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const selection = JSON.parse(readFileSync(`${dir}/selection.json`, 'utf8')) as Selected[];
const key = (id: string, i: number) => `${id}#${i}`;

/** One labeller's calls, by sentence; also checks that every article of the batch was read. */
function readLabeller(batch: number, who: 'A' | 'B'): Map<string, Call> {
  const calls = new Map<string, Call>();
  const done = new Set<string>();
  for (const row of jsonl(`${dir}/out/batch-${batch}-${who}.jsonl`)) {
    if (row.done) {
      done.add(row.article_id);
      continue;
    }
    const kinds = (row.kinds as string[]).filter((k): k is Kind => KINDS.includes(k as Kind));
    if (kinds.length === 0) continue;
    const outlets = kinds.includes('wire') ? [...new Set(row.outlets as string[])].sort() : [];
    calls.set(key(row.article_id, row.i), { kinds: [...new Set(kinds)].sort(), outlets, why: row.why });
  }
  for (const a of selection)
    if (a.batch === batch && !done.has(a.article_id))
      throw new Error(`batch ${batch} labeller ${who} did not finish ${a.article_id}`);
  return calls;
}

const batches = [...new Set(selection.map((a) => a.batch))].sort((a, b) => a - b);
const labellers = batches.map((b) => ({ A: readLabeller(b, 'A'), B: readLabeller(b, 'B') }));
const none: Call = { kinds: [], outlets: [] };
const same = (x: Call, y: Call) => x.kinds.join() === y.kinds.join() && x.outlets.join() === y.outlets.join();

if (mode === 'disagreements') {
  // The texts: ../shared/corpus, or the texts.jsonl that prepare-snn.ts wrote beside the sheets.
  const own = `${dir}/texts.jsonl`;
  const corpus = new Map<string, string>(
    jsonl(existsSync(own) ? own : resolve(import.meta.dirname, '../../../shared/corpus/articles.jsonl')).map(
      (a) => [a.id, a.text],
    ),
  );
  const agree: Record<string, { both: number; one: number; neither: number }> = Object.fromEntries(
    KINDS.map((k) => [k, { both: 0, one: 0, neither: 0 }]),
  );
  let sentences = 0;
  let outletOnly = 0;
  const items: string[] = [];
  for (const a of selection) {
    const { A, B } = labellers[batches.indexOf(a.batch)] as { A: Map<string, Call>; B: Map<string, Call> };
    const text = corpus.get(a.article_id) as string;
    const sentence = (i: number) => {
      const s = a.sentences[i];
      return s ? text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    };
    a.sentences.forEach((_, i) => {
      sentences++;
      const x = A.get(key(a.article_id, i)) ?? none;
      const y = B.get(key(a.article_id, i)) ?? none;
      for (const k of KINDS) {
        const n = Number(x.kinds.includes(k)) + Number(y.kinds.includes(k));
        const a = agree[k] as { both: number; one: number; neither: number };
        a[n === 2 ? 'both' : n === 1 ? 'one' : 'neither']++;
      }
      if (same(x, y)) return;
      if (x.kinds.join() === y.kinds.join()) outletOnly++;
      const context = [i - 2, i - 1].filter((j) => j >= 0).map((j) => `  (before [${j}]) ${sentence(j)}`);
      const after = i + 1 < a.sentences.length ? [`  (after [${i + 1}]) ${sentence(i + 1)}`] : [];
      const call = (c: Call) =>
        `kinds=${JSON.stringify(c.kinds)} outlets=${JSON.stringify(c.outlets)}${c.why ? ` — ${c.why}` : ''}`;
      items.push(
        [
          `### ${a.article_id} [${i}]`,
          ...context,
          `  >>> [${i}] ${sentence(i)}`,
          ...after,
          `  reader 1: ${call(x)}`,
          `  reader 2: ${call(y)}`,
          '',
        ].join('\n'),
      );
    });
  }
  console.log(
    `${selection.length} articles, ${sentences} sentences; ${items.length} differ (${outletOnly} only in outlets)`,
  );
  for (const k of KINDS) {
    const { both, one } = agree[k] as { both: number; one: number };
    console.log(
      `${k.padEnd(11)} both ${both}, one only ${one}, positive agreement ${((2 * both) / (2 * both + one)).toFixed(3)}`,
    );
  }
  const chunks = flag('--chunks', 4);
  const per = Math.ceil(items.length / chunks);
  mkdirSync(dir, { recursive: true });
  for (let c = 0; c < chunks; c++)
    writeFileSync(`${dir}/adjudicate-${c}.txt`, items.slice(c * per, (c + 1) * per).join('\n'));
} else if (mode === 'build') {
  const decided = new Map<string, Call>();
  for (const f of readdirSync(`${dir}/out`).filter((f) => f.startsWith('adjudicated-'))) {
    for (const row of jsonl(`${dir}/out/${f}`)) {
      const kinds = (row.kinds as Kind[]).filter((k) => KINDS.includes(k));
      decided.set(key(row.article_id, row.i), {
        kinds: [...new Set(kinds)].sort(),
        outlets: kinds.includes('wire') ? [...new Set(row.outlets as string[])].sort() : [],
      });
    }
  }
  let open = 0;
  const gold = selection.map((a) => {
    const { A, B } = labellers[batches.indexOf(a.batch)] as { A: Map<string, Call>; B: Map<string, Call> };
    return {
      article_id: a.article_id,
      sentences: a.sentences.map((s, i) => {
        const k = key(a.article_id, i);
        const x = A.get(k) ?? none;
        const y = B.get(k) ?? none;
        let c = same(x, y) ? x : decided.get(k);
        if (!c) {
          open++;
          c = none;
        }
        return { start: s.start, end: s.end, kinds: c.kinds, outlets: c.outlets };
      }),
    };
  });
  if (open > 0) throw new Error(`${open} disagreements have no adjudication`);
  const out = resolve(import.meta.dirname, '../../eval/labels');
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  const write = (name: string, rows: typeof gold) =>
    writeFileSync(`${out}/${name}`, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const whole = process.argv.indexOf('--all');
  if (whole >= 0) {
    // One set, unsplit (a fresh final split drawn on its own).
    const name = process.argv[whole + 1] as string;
    write(`${name}.jsonl`, gold);
    console.log(`${gold.length} articles → ${out}/${name}.jsonl`);
    process.exit(0);
  }
  // The final split: drawn by a fixed seed from the article order of selection.json.
  const nFinal = flag('--final', 70);
  let seed = 77;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const order = gold.map((g, i) => ({ g, r: random(), i })).sort((x, y) => x.r - y.r);
  const finalIds = new Set(order.slice(0, nFinal).map((o) => o.g.article_id));
  write(
    'train.jsonl',
    gold.filter((g) => !finalIds.has(g.article_id)),
  );
  write(
    'final.jsonl',
    gold.filter((g) => finalIds.has(g.article_id)),
  );
  console.log(`train ${gold.length - finalIds.size} articles, final ${finalIds.size} articles → ${out}`);
} else {
  console.error('usage: merge.ts disagreements|build DIR');
  process.exit(2);
}
