/**
 * Scores the engine on the project's probe sentences (eval/probes/*.jsonl): one sentence a line,
 * written for the project in a news outlet's house style and labelled from ANNOTATION.md alone
 * (`{"text", "kinds", "outlets", "why"}`). Unlike `npm run eval` it needs no corpus.
 *   npm run eval:probes [-- FILE …] [--errors]
 * By default it scores the tuning sets; `held-out-*` sets are for scoring once (eval/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyze, MARK_KINDS, type MarkKind } from '../src/analysis/index';

interface Probe {
  text: string;
  kinds: string[];
  outlets?: string[];
  why?: string;
}

const dir = resolve(import.meta.dirname, '../eval/probes');
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
  ? named
  : readdirSync(dir)
      .filter((f) => f.startsWith('tuning-') && f.endsWith('.jsonl'))
      .map((f) => resolve(dir, f));

const counts = new Map<MarkKind, { tp: number; fp: number; fn: number }>(
  MARK_KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]),
);
let sentences = 0;
for (const file of files) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const probe = JSON.parse(line) as Probe;
    sentences++;
    const found = new Set(analyze(probe.text).map((m) => m.kind));
    for (const kind of MARK_KINDS) {
      const gold = probe.kinds.includes(kind);
      const got = found.has(kind);
      const c = counts.get(kind) as { tp: number; fp: number; fn: number };
      if (gold && got) c.tp++;
      else if (got) c.fp++;
      else if (gold) c.fn++;
      if (showErrors && gold !== got)
        console.log(`${got ? 'FP' : 'FN'} ${kind} (${basename(file)}): ${probe.text}  // ${probe.why ?? ''}`);
    }
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
console.log(`${sentences} sentences in ${files.map((f) => basename(f)).join(', ')}`);
console.log('kind         TP   FP   FN   prec  recall    F1');
let macro = 0;
for (const [kind, c] of counts) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  macro += f1 / counts.size;
  console.log(
    `${kind.padEnd(11)}${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}${pct(p)}${pct(r)}${pct(f1)}`,
  );
}
console.log(`macro-F1 ${pct(macro).trim()}`);
