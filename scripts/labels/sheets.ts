/**
 * The draw and the sheets of a labelling round, shared by prepare.ts (../shared/corpus) and
 * prepare-snn.ts (the rest of SaudiNewsNet): four in five drawn among articles that use
 * attribution vocabulary, one in five from the rest; each sentence numbered on a sheet, nothing
 * else (labellers never see the engine's output).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../../src/analysis/sentences';

export interface Drawable {
  id: string;
  text: string;
}

export const ATTRIBUTION_VOCABULARY =
  /مصدر|مصادر|نفى|نفت|ينفي|رويترز|فرانس|وكالة|وفقا|بحسب|التعليق|تقارير|أنباء|صحيفة/;
/** For a split that measures denials and silences, which attribution vocabulary alone draws few of. */
/** For a split that measures non-responses, the rarest kind. */
export const SILENCE_VOCABULARY =
  /التعليق|للتعليق|التعقيب|لم يتسن|لم يتسنَّ|لم يرد على|لم ترد على|امتنع عن|امتنعت عن|رفض الإفصاح|رفضت الإفصاح|لم يكشف|لم تكشف|تحفظ على|لم يعلق|لم تعلق|لم يحدد|لم تحدد|تعذر|لم يفصح|لم تفصح|دون أن يذكر|دون أن يحدد|الصمت/;
export const DENIAL_VOCABULARY =
  /نفى|نفت|ينفي|تنفي|نفي|عار[ية]* عن الصحة|لا أساس|شائعات|إشاعات|مزاعم|مفبرك|كاذب|التعليق|تعقيب|لم يرد|لم ترد|لم يتسن|امتنع|رفض الإفصاح|لم يكشف|لم تكشف/;

/** `count` articles, 4 in 5 with `vocabulary` (attribution by default), shuffled with a seeded generator (mulberry32). */
export function drawArticles<T extends Drawable>(
  articles: readonly T[],
  count: number,
  seed: number,
  vocabulary: RegExp = ATTRIBUTION_VOCABULARY,
): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = <U>(xs: U[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [xs[i], xs[j]] = [xs[j] as U, xs[i] as U];
    }
    return xs;
  };
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const dense = shuffle(sorted.filter((a) => vocabulary.test(a.text)));
  const rest = shuffle(sorted.filter((a) => !vocabulary.test(a.text)));
  const fromDense = dense.slice(0, Math.round(count * 0.8));
  if (fromDense.length < Math.round(count * 0.8))
    console.warn(
      `only ${fromDense.length} undrawn articles of ≤ 7,000 characters use attribution vocabulary; the rest drawn from the others`,
    );
  return shuffle([...fromDense, ...rest.slice(0, count - fromDense.length)]);
}

/** OUT_DIR/selection.json (ids, sentence spans, batch) and OUT_DIR/batch-K.txt. */
export function writeSheets(outDir: string, chosen: readonly Drawable[], batches: number): void {
  mkdirSync(outDir, { recursive: true });
  const selection = chosen.map((a, k) => ({
    article_id: a.id,
    batch: k % batches,
    sentences: splitSentences(a.text).map((s) => ({ start: s.start, end: s.end })),
  }));
  writeFileSync(`${outDir}/selection.json`, JSON.stringify(selection));
  for (let b = 0; b < batches; b++) {
    const lines: string[] = [];
    for (const [k, a] of chosen.entries()) {
      if (k % batches !== b) continue;
      lines.push(`### article ${a.id}`);
      selection[k]?.sentences.forEach((s, i) => {
        lines.push(`[${i}] ${a.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`);
      });
      lines.push('');
    }
    writeFileSync(`${outDir}/batch-${b}.txt`, lines.join('\n'));
  }
}
