/**
 * Properties of the engine that must hold for ANY text a page can contain: it never throws,
 * every mark sits inside the text and inside one sentence, marks come in text order, the result
 * is deterministic, and vowel signs or tatweel inside words do not change what gets marked.
 * Fixed seed, so a failure reproduces; the counter-example fast-check prints is the input to debug.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Detector, Finding } from '../../src/analysis/detector';
import { findMarks } from '../../src/analysis/engine';
import { analyze, type Mark } from '../../src/analysis/index';
import { rx, word } from '../../src/analysis/lexicon';
import { norm } from '../../src/analysis/normalize';
import { splitSentences } from '../../src/analysis/sentences';
import type { Span } from '../../src/analysis/types';
import {
  DIACRITICS,
  TATWEEL,
  anyCodeUnits,
  arabicArticle,
  decorateInsideWords,
  decoratedArabic,
  hostileText,
  insideWordPositions,
} from './arabic-arbitraries';

// FC_SEED and FC_RUNS_SCALE let a developer search harder: FC_SEED=$RANDOM FC_RUNS_SCALE=20 npx vitest run …
const SEED = Number(process.env.FC_SEED ?? 20240717);
const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);
/** Per-test time limit, scaled with the runs. */
const limit = { timeout: 120_000 * SCALE };
const opts = (numRuns = 200) => ({ seed: SEED, numRuns: Math.round(numRuns * SCALE) });

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Does index `i` fall between the two halves of a surrogate pair? */
const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** Sentences the engine marks whatever surrounds them on other lines (our own wording). */
const ANCHORS: readonly { sentence: string; kind: Mark['kind'] }[] = [
  { sentence: 'وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.', kind: 'anonymous' },
  { sentence: 'ونفت الوزارة في بيان صحة ما نشر عن المفاوضات.', kind: 'denial' },
  { sentence: 'ولم يرد المتحدث على طلب للتعليق.', kind: 'no_comment' },
  { sentence: 'وذكرت وكالة رويترز أن القوات انسحبت من المدينة.', kind: 'wire' },
];

interface Anchored {
  text: string;
  /** Where the anchor sentence is, and the kind it must be marked with. */
  anchor: { start: number; end: number; kind: Mark['kind'] };
}

/**
 * The generated text with one anchor sentence on a line of its own at any position (inside a
 * surrogate pair too), so that every run has marks to check: random Unicode alone has none.
 */
const anchored = (arb: fc.Arbitrary<string>, anchors = ANCHORS): fc.Arbitrary<Anchored> =>
  fc.tuple(arb, fc.constantFrom(...anchors), fc.nat()).map(([text, { sentence, kind }, at]) => {
    const i = at % (text.length + 1);
    const start = i + 1;
    return {
      text: `${text.slice(0, i)}\n${sentence}\n${text.slice(i)}`,
      anchor: { start, end: start + sentence.length, kind },
    };
  });

/** The anchor sentence carries a mark of its kind. */
function expectAnchorMarked({ text, anchor }: Anchored, marks: readonly Mark[]): void {
  const found = marks.filter((m) => m.start >= anchor.start && m.end <= anchor.end).map((m) => m.kind);
  expect(found, `${anchor.kind} anchor in ${JSON.stringify(text)}`).toContain(anchor.kind);
}

/** Every structural promise a mark makes to the overlay, the popup and the CLI; throws on the first broken one. */
function checkMarks(text: string, marks: readonly Mark[]): void {
  // The checks below loop over the marks: with none they would check nothing.
  expect(marks.length, `no marks to check in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  const sentences = splitSentences(text);
  const inOneSentence = (m: Span) => sentences.some((s) => s.start <= m.start && m.end <= s.end);
  const seen = new Set<string>();
  let lastStart = -1;
  for (const m of marks) {
    const where = `${m.kind} mark ${m.start}-${m.end} «${text.slice(m.start, m.end).slice(0, 120)}»`;
    expect(Number.isInteger(m.start) && Number.isInteger(m.end), where).toBe(true);
    expect(m.start, where).toBeGreaterThanOrEqual(0);
    expect(m.start, where).toBeLessThan(m.end);
    expect(m.end, where).toBeLessThanOrEqual(text.length);
    expect(m.start, `marks out of order at ${where}`).toBeGreaterThanOrEqual(lastStart);
    lastStart = m.start;
    expect(inOneSentence(m), `runs across sentences: ${where}`).toBe(true);
    expect(splitsPair(text, m.start) || splitsPair(text, m.end), `splits a surrogate pair: ${where}`).toBe(
      false,
    );
    // The cue is what the tooltip quotes: inside the mark, not empty, and the text it claims to be.
    expect(m.cue.start, where).toBeGreaterThanOrEqual(m.start);
    expect(m.cue.end, where).toBeLessThanOrEqual(m.end);
    expect(m.cue.start, where).toBeLessThan(m.cue.end);
    expect(m.cue.text, where).toBe(text.slice(m.cue.start, m.cue.end));
    // One mark per sentence and kind (DESIGN.md, contract 1).
    const key = `${m.kind}@${m.start}`;
    expect(seen.has(key), `two ${m.kind} marks for one sentence: ${where}`).toBe(false);
    seen.add(key);
    if (m.kind === 'wire') {
      expect(m.outlets?.length, `wire mark without an outlet: ${where}`).toBeGreaterThan(0);
      for (const id of m.outlets ?? []) expect(id, where).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    }
  }
}

/** Which kinds each sentence (by index) carries: what a reader sees highlighted. */
function markedSentences(text: string): string[] {
  const sentences = splitSentences(text);
  const kinds = sentences.map(() => new Set<string>());
  for (const m of analyze(text)) {
    const i = sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
    kinds[i]?.add(m.kind);
  }
  return kinds.map((k) => [...k].sort().join('+'));
}

describe('analyze() on any input', limit, () => {
  it.each([
    ['full Unicode (code points)', fc.string({ unit: 'binary', maxLength: 400 })],
    ['any UTF-16 code units, lone surrogates included', anyCodeUnits],
    ['Arabic news-like text with cue words, punctuation and quotes', arabicArticle()],
    ['Arabic with diacritics, tatweel, zero-width and bidi controls anywhere', decoratedArabic],
    ['a mix of all of these', hostileText],
  ])('returns well-formed marks for %s', (_what, arb) => {
    fc.assert(
      fc.property(anchored(arb), (input) => {
        const marks = analyze(input.text);
        checkMarks(input.text, marks);
        expectAnchorMarked(input, marks);
      }),
      opts(),
    );
  });

  it('handles very long lines and long runs of one character', () => {
    const longLine = fc
      .tuple(
        arabicArticle(40),
        fc.constantFrom('قال مصدر ', '«', '.', '"', 'ـ', '\u064e', '\u200f', 'نفت الوزارة ', 'a'),
        fc.integer({ min: 1_000, max: 20_000 }),
      )
      .map(([article, unit, times]) => `${article.replace(/\n/g, ' ')} ${unit.repeat(times)} ${article}`);
    fc.assert(
      fc.property(anchored(longLine), (input) => {
        const marks = analyze(input.text);
        checkMarks(input.text, marks);
        expectAnchorMarked(input, marks);
      }),
      opts(20),
    );
  });

  it('is deterministic, also after analysing another text in between', () => {
    fc.assert(
      fc.property(arabicArticle(), hostileText, (text, other) => {
        const first = analyze(text);
        analyze(other);
        expect(analyze(text)).toEqual(first);
      }),
      opts(),
    );
  });
});

describe('vowel signs and tatweel inside words', limit, () => {
  it('do not change which sentences are marked, nor with which kinds', () => {
    const decorated = fc
      .tuple(
        arabicArticle(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom(...DIACRITICS, TATWEEL, `${TATWEEL}${TATWEEL}${TATWEEL}`), { minLength: 1 }),
      )
      .filter(([text]) => insideWordPositions(text).length > 0);
    fc.assert(
      fc.property(decorated, ([text, picks, marks]) => {
        const plain = markedSentences(text);
        const withMarks = decorateInsideWords(text, picks, marks);
        expect(markedSentences(withMarks), JSON.stringify(withMarks)).toEqual(plain);
      }),
      opts(),
    );
  });

  it('keep every sentence boundary, even in a long quotation', () => {
    // A quotation near the length limit for keeping quotes whole must not split once vowelled.
    const quoted = fc
      .tuple(
        fc.array(fc.constantFrom('الوزير', 'قرارنا', 'نتراجع', 'المدينة'), { minLength: 20, maxLength: 45 }),
      )
      .map(
        ([words]) =>
          `وقال المتحدث: «${words.slice(0, 10).join(' ')}. ${words.slice(10).join(' ')}». ثم غادر.`,
      );
    fc.assert(
      fc.property(quoted, fc.array(fc.nat(), { minLength: 20, maxLength: 80 }), (text, picks) => {
        const withMarks = decorateInsideWords(text, picks, DIACRITICS);
        expect(splitSentences(withMarks).length).toBe(splitSentences(text).length);
      }),
      opts(100),
    );
  });
});

/**
 * The engine's own promise, whatever its detectors find: a cue found in the normalised sentence
 * comes back as the original characters, vowel signs and controls included, inside the sentence.
 * These detectors stand in for rules that report cues at word edges and at the sentence's ends.
 */
const CUE_WORDS = ['مصدر', 'مصادر', 'نفت', 'نفى', 'التعليق', 'رويترز'];
const CUE = rx(word(CUE_WORDS), 'g');
const WHOLE_CUE = rx(`^${word(CUE_WORDS)}$`);
const everyCue: Detector = (view) =>
  [...view.norm.text.matchAll(CUE)].map(
    (m): Finding => ({
      kind: m[0].includes('رويترز') ? 'wire' : 'anonymous',
      cue: { start: m.index, end: m.index + m[0].length },
      source: { start: m.index, end: view.norm.text.length },
      outlets: ['reuters'],
      explanation: 'test cue',
    }),
  );
const wholeSentence: Detector = (view) =>
  view.norm.text.length === 0
    ? []
    : [{ kind: 'denial', cue: { start: 0, end: view.norm.text.length }, explanation: 'whole sentence' }];

describe('findMarks() maps findings back to the original text', limit, () => {
  it('for any detector finding inside the normalised sentence', () => {
    fc.assert(
      fc.property(
        anchored(
          fc.oneof(decoratedArabic, hostileText, arabicArticle()),
          // The anchors with a whole cue word of these detectors (مصدر, رويترز).
          ANCHORS.filter((a) => a.kind === 'anonymous' || a.kind === 'wire'),
        ),
        ({ text }) => {
          const marks = findMarks(text, [() => everyCue, () => wholeSentence]);
          checkMarks(text, marks);
          const cued = marks.filter((x) => x.kind !== 'denial');
          expect(cued.length).toBeGreaterThan(0);
          for (const m of cued) {
            // The cue quoted in the tooltip is the cue word itself once vowel signs and controls are dropped.
            expect(WHOLE_CUE.test(norm(m.cue.text)), m.cue.text).toBe(true);
          }
        },
      ),
      opts(),
    );
  });
});
