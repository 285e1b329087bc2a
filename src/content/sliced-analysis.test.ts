import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DetectorFactory } from '../analysis/detector';
import { DETECTORS } from '../analysis/detectors';
import { findMarks } from '../analysis/engine';
import { warmUpSteps } from '../analysis/incremental';
import { capEnd, pieceEnd } from '../analysis/pieces';
import { analyseSliced } from './sliced-analysis';
import { PIECE_CHARS, type Progress } from './slices';

// Our own article: an unnamed source introduced in one paragraph and taken up again
// (`وأضاف المصدر`) at the start of the next, a denial, a non-response and a wire credit.
const PARAGRAPHS = [
  'أزمة الوقود في المدينة',
  'قال مصدر أمني مطلع طلب عدم الكشف عن هويته إن قوات الأمن أوقفت شحنة وقود مهربة قرب الحدود.',
  'وأضاف المصدر أن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الشحنة.',
  'ويعاني سكان المدينة منذ أسابيع من طوابير طويلة أمام محطات الوقود في الأحياء الشرقية.',
  'ونفت وزارة الداخلية في بيان صحة الأنباء عن تورط موظفين فيها بتهريب الوقود.',
  'ولم ترد شركة النفط الوطنية على طلب للتعليق حتى وقت نشر هذا الخبر.',
  'وذكرت وكالة رويترز أن أسعار الوقود في السوق السوداء تضاعفت خلال الشهر الماضي.',
];
const ARTICLE = PARAGRAPHS.join('\n');

/** A detector that fails on every sentence naming the port (a bug that only some text hits). */
const TRAP = 'الميناء';
const throwsOnPort: DetectorFactory = () => (view) => {
  if (view.text.includes(TRAP)) throw new Error('detector bug');
  return [];
};

const sync = { pause: () => Promise.resolve() };

describe('sliced analysis', () => {
  it('finds exactly what one engine call finds, with the discourse memory carried across pieces', async () => {
    const whole = findMarks(ARTICLE);
    // One paragraph per piece: the follow-up sentence is in a piece of its own.
    const sliced = await analyseSliced(ARTICLE, { ...sync, pieceChars: 100 });
    expect(sliced?.marks).toEqual(whole);
    expect(sliced?.failures).toBe(0);
    const followUp = ARTICLE.indexOf('وأضاف المصدر');
    expect(sliced?.marks.some((m) => m.kind === 'anonymous' && m.start === followUp)).toBe(true);
  });

  it('cuts a line longer than a piece after a sentence end, and still finds the same marks', async () => {
    const oneLine = PARAGRAPHS.slice(1).join(' ');
    const sliced = await analyseSliced(oneLine, { ...sync, pieceChars: 120 });
    expect(sliced?.marks).toEqual(findMarks(oneLine));
  });

  it('a detector that throws on one block costs only that block; the others are marked and the failure counted', async () => {
    const text = [
      ...PARAGRAPHS.slice(0, 4),
      `وتوقفت الحركة في ${TRAP} الرئيسي أمس.`,
      ...PARAGRAPHS.slice(4),
    ].join('\n');
    // Without isolation the whole page would be lost.
    expect(() => findMarks(text, [throwsOnPort, ...DETECTORS])).toThrow('detector bug');
    const sliced = await analyseSliced(text, { ...sync, detectors: [throwsOnPort, ...DETECTORS] });
    expect(sliced?.failures).toBe(1);
    expect(sliced?.marks).toEqual(findMarks(text));
    expect(new Set(sliced?.marks.map((m) => m.kind))).toEqual(
      new Set(['anonymous', 'denial', 'no_comment', 'wire']),
    );
  });

  it('analyses only up to the cap, ending on a line boundary, and says how much it read', async () => {
    const long = Array.from({ length: 40 }, () => ARTICLE).join('\n');
    const cap = 3_000;
    const sliced = await analyseSliced(long, { ...sync, cap });
    if (!sliced) throw new Error('cancelled');
    expect(sliced.total).toBe(long.length);
    expect(sliced.analysed).toBeLessThanOrEqual(cap);
    expect(long[sliced.analysed - 1]).toBe('\n');
    expect(sliced.marks.length).toBeGreaterThan(0);
    expect(sliced.marks.every((m) => m.end <= sliced.analysed)).toBe(true);
    expect(sliced.marks).toEqual(findMarks(long.slice(0, sliced.analysed)));
  });

  it('gives the page a turn between slices, and stops when the run is no longer wanted', async () => {
    const long = Array.from({ length: 10 }, () => ARTICLE).join('\n');
    let clock = 0;
    let pauses = 0;
    const now = () => (clock += 5);
    const done = await analyseSliced(long, {
      pieceChars: 200,
      sliceMs: 10,
      now,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBeGreaterThan(5);
    expect(done?.marks).toEqual(findMarks(long));
    let asked = 0;
    const stopped = await analyseSliced(long, {
      pieceChars: 200,
      sliceMs: 10,
      now,
      pause: async () => {
        asked++;
      },
      cancelled: () => asked >= 2,
    });
    expect(stopped).toBeNull();
  });
});

describe('sliced analysis: marks as they are found', () => {
  /** Every progress report, copied (the arrays grow as the reading goes on). */
  const recorder = () => {
    const seen: Progress[] = [];
    const onProgress = (p: Progress) => {
      seen.push({ ...p, marks: [...p.marks], ahead: [...p.ahead] });
      return true;
    };
    return { seen, onProgress };
  };

  it('tells the marks found so far at every turn: each time a start of the final marks, ending at the text read', async () => {
    const long = Array.from({ length: 6 }, () => ARTICLE).join('\n');
    const { seen, onProgress } = recorder();
    let clock = 0;
    const done = await analyseSliced(long, {
      ...sync,
      pieceChars: 300,
      sliceMs: 1,
      now: () => clock++,
      onProgress,
    });
    expect(done?.marks).toEqual(findMarks(long));
    expect(seen.length).toBeGreaterThan(3);
    for (const p of seen) {
      expect(p.marks).toEqual(done?.marks.slice(0, p.marks.length));
      expect(p.marks.every((m) => m.end <= p.readTo)).toBe(true);
      expect(done?.marks.slice(p.marks.length).every((m) => m.start >= p.readTo)).toBe(true);
      expect(p.ahead).toEqual([]);
    }
  });

  it('with the viewport at the top, gives the page a turn as soon as the screenful is read, not at the end of the slice', async () => {
    const long = Array.from({ length: 6 }, () => ARTICLE).join('\n');
    const screen = { from: 0, to: ARTICLE.length };
    const { seen, onProgress } = recorder();
    // A clock that never runs out: without the viewport there would be no turn at all.
    const done = await analyseSliced(long, { ...sync, now: () => 0, viewport: screen, onProgress });
    expect(done?.marks).toEqual(findMarks(long));
    expect(seen).toHaveLength(1);
    const first = seen[0] as Progress;
    expect(first.readTo).toBeGreaterThanOrEqual(screen.to);
    expect(first.readTo).toBeLessThan(long.length);
    expect(first.aheadSpan).toBeNull();
    expect(first.marks.length).toBeGreaterThan(0);
  });

  it('reads the viewport first when it is further down, then the whole text in order: the same marks as one engine call', async () => {
    const filler = 'ويعاني سكان المدينة منذ أسابيع من طوابير طويلة أمام محطات الوقود في الأحياء الشرقية.';
    const top = Array.from({ length: 20 }, () => filler);
    const text = [...top, ...PARAGRAPHS.slice(1)].join('\n');
    const from = text.indexOf(PARAGRAPHS[1] as string);
    const screen = { from, to: text.length };
    const { seen, onProgress } = recorder();
    // A clock that never runs out: the only early turn is the one the viewport asks for (on the
    // real clock a slice could end before the viewport is read, on a busy machine).
    const done = await analyseSliced(text, {
      ...sync,
      now: () => 0,
      pieceChars: 400,
      viewport: screen,
      onProgress,
    });
    expect(done?.marks).toEqual(findMarks(text));
    // The first report holds the viewport's marks, read before anything above them.
    const first = seen[0] as Progress;
    expect(first.readTo).toBe(0);
    expect(first.aheadSpan?.from).toBe(from);
    expect(first.ahead.length).toBeGreaterThan(0);
    expect(first.ahead.every((m) => m.start >= from)).toBe(true);
    expect(new Set(first.ahead.map((m) => m.kind))).toEqual(new Set(done?.marks.map((m) => m.kind)));
  });

  it('marks read ahead lack what only the text before them tells, and the in-order reading puts it right', async () => {
    // "And he added": a continuation of the unnamed source of the sentence before it. The viewport
    // starts there: read alone, it has no source.
    const added = 'وأضاف أن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الشحنة.';
    const filler = 'ويعاني سكان المدينة منذ أسابيع من طوابير طويلة أمام محطات الوقود في الأحياء الشرقية.';
    const text = [
      ...Array.from({ length: 10 }, () => filler),
      PARAGRAPHS[1] as string,
      added,
      ...Array.from({ length: 3 }, () => filler),
    ].join('\n');
    const followUp = text.indexOf(added);
    const { seen, onProgress } = recorder();
    const done = await analyseSliced(text, {
      ...sync,
      now: () => 0,
      pieceChars: 400,
      viewport: { from: followUp, to: text.length },
      onProgress,
    });
    const isFollowUp = (m: { kind: string; start: number }) => m.kind === 'anonymous' && m.start === followUp;
    expect((seen[0] as Progress).ahead.some(isFollowUp)).toBe(false);
    expect(done?.marks.some(isFollowUp)).toBe(true);
    expect(done?.marks).toEqual(findMarks(text));
  });

  it('stops telling once told to', async () => {
    const long = Array.from({ length: 6 }, () => ARTICLE).join('\n');
    let calls = 0;
    let clock = 0;
    await analyseSliced(long, {
      ...sync,
      pieceChars: 300,
      sliceMs: 1,
      now: () => clock++,
      onProgress: () => {
        calls++;
        return false;
      },
    });
    expect(calls).toBe(1);
  });
});

describe('its own settings', () => {
  // What the extension ships with, counted rather than timed: the clock moves one millisecond at
  // every look (once a piece), so a turn comes after a bounded number of pieces, whatever the
  // machine. One long task (a slice of seconds) would give the page no turn after the warm-up.
  it('give the page a turn after at most 50 pieces of work', async () => {
    const long = Array.from({ length: 400 }, () => ARTICLE).join('\n');
    let clock = 0;
    let pauses = 0;
    const done = await analyseSliced(long, {
      now: () => clock++,
      pause: async () => {
        pauses++;
      },
    });
    expect(done?.analysed).toBe(long.length);
    const pieces = Math.ceil(long.length / PIECE_CHARS);
    expect(pieces).toBeGreaterThanOrEqual(90);
    expect(pauses - warmUpSteps().length).toBeGreaterThanOrEqual(Math.floor(pieces / 50));
  });
});

describe('pieces', () => {
  it('end at a line break, else after a sentence end, else at a space, never inside a surrogate pair', () => {
    expect(pieceEnd('أ ب.\nج د', 0, 7)).toBe(5);
    expect(pieceEnd('جملة أولى. جملة ثانية طويلة', 0, 20)).toBe('جملة أولى. '.length);
    // A sentence running a little past the piece is kept whole; a run of words without end is cut.
    expect(pieceEnd('كلمات بلا نهاية هنا', 0, 12)).toBe('كلمات بلا نهاية هنا'.length);
    expect(pieceEnd('كلمات بلا نهاية هنا', 0, 12, 1)).toBe('كلمات بلا '.length);
    const emoji = '😀'.repeat(10);
    expect(pieceEnd(emoji, 0, 5, 1)).toBe(4);
    expect(capEnd('قصير', 100)).toBe(4);
  });
});

const DEV = resolve(import.meta.dirname, '../../../shared/eval/dev.jsonl');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/articles.jsonl');
const hasCorpus = existsSync(CORPUS) && existsSync(DEV);
if (!hasCorpus) console.warn('sliced-analysis: ../shared corpus absent, real-article equivalence SKIPPED');

describe.skipIf(!hasCorpus)('on real articles (../shared)', () => {
  it('pieces of one paragraph give the same marks as one engine call', async () => {
    const ids = new Set(
      readFileSync(DEV, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { article_id: string }).article_id),
    );
    const articles = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; text: string })
      .filter((a) => ids.has(a.id))
      .slice(0, 12);
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) {
      const sliced = await analyseSliced(a.text, { ...sync, pieceChars: 400 });
      expect(sliced?.marks, a.id).toEqual(findMarks(a.text));
    }
  });
});

describe('sliced analysis: first runs', () => {
  it("gives the page a turn once the engine is there, and after each detector's first run, before the text", async () => {
    const order: string[] = [];
    const named =
      (name: string): DetectorFactory =>
      () =>
      (view) => {
        order.push(`${name}:${view.text.length > 0 ? 'sentence' : ''}`);
        return [];
      };
    await analyseSliced('جملة قصيرة.', {
      detectors: [named('a'), named('b')],
      pause: async () => {
        order.push('turn');
      },
    });
    expect(order.slice(0, 5)).toEqual(['turn', 'a:sentence', 'turn', 'b:sentence', 'turn']);
  });

  it('carries no memory from the first runs into the text: "and he added" with no source before it is not marked', async () => {
    // After a sentence with an unnamed source this would continue it (and be marked).
    const alone = 'وأضاف أن التحقيقات ما زالت جارية لمعرفة الجهة التي تقف وراء الشحنة.';
    const sliced = await analyseSliced(alone, sync);
    expect(sliced?.marks).toEqual([]);
  });

  it('stops before the text when cancelled during the first runs', async () => {
    let turns = 0;
    const sliced = await analyseSliced(ARTICLE, {
      pause: async () => {
        turns++;
      },
      cancelled: () => turns >= 1,
    });
    expect(sliced).toBeNull();
    expect(turns).toBe(1);
  });
});
