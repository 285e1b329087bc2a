import { describe, expect, it } from 'vitest';
import type { DetectorFactory } from './detector';
import { DETECTORS } from './detectors';
import { findMarks } from './engine';
import { createReader, pieceEnd, warmUpSteps } from './incremental';

// Our own text: an unnamed source in one paragraph, taken up by `وأضاف المصدر` in the next.
const TEXT = [
  'قال مصدر حكومي مطلع إن المفاوضات بين الطرفين ستستأنف الأسبوع المقبل.',
  'وأضاف المصدر أن الوسطاء قدموا مقترحا جديدا لتقاسم العائدات.',
  'ونفت الرئاسة في بيان صحة ما نشرته بعض الصحف عن خلافات داخل الوفد.',
  'وذكرت وكالة رويترز أن الجولة الأولى عقدت في جنيف.',
].join('\n');

/** Reads the text in pieces of at most `size` characters, ending on line or sentence bounds. */
function readInPieces(text: string, size: number, detectors?: readonly DetectorFactory[]) {
  const reader = createReader(text, detectors);
  const marks = [];
  let pieces = 0;
  for (let at = 0; at < text.length; pieces++) {
    const to = pieceEnd(text, at, size);
    marks.push(...reader.read(at, to));
    at = to;
  }
  return { marks, pieces, failures: reader.failures };
}

describe('the piecewise engine', () => {
  it('gives exactly the marks of one reading, memory carried from piece to piece', () => {
    const whole = findMarks(TEXT);
    const { marks, pieces, failures } = readInPieces(TEXT, 80);
    expect(pieces).toBeGreaterThanOrEqual(4);
    expect(marks).toEqual(whole);
    expect(failures).toBe(0);
    // The follow-up sentence is anonymous only because the piece before it introduced the source.
    const followUp = TEXT.indexOf('وأضاف المصدر');
    expect(marks.find((m) => m.start === followUp)?.kind).toBe('anonymous');
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['anonymous', 'denial', 'wire']));
  });

  it('counts the sentences a detector throws on and keeps the other detectors’ marks there', () => {
    const throwsOnGeneva: DetectorFactory = () => (view) => {
      if (view.text.includes('جنيف')) throw new Error('detector bug');
      return [];
    };
    const { marks, failures } = readInPieces(TEXT, 80, [throwsOnGeneva, ...DETECTORS]);
    expect(failures).toBe(1);
    expect(marks).toEqual(findMarks(TEXT));
    const geneva = TEXT.indexOf('وذكرت وكالة رويترز');
    expect(marks.find((m) => m.start === geneva)?.outlets).toEqual(['reuters']);
  });

  it('warms each detector up in a step of its own, without carrying memory into a reading', () => {
    const steps = warmUpSteps();
    expect(steps).toHaveLength(4);
    for (const step of steps) step();
    expect(readInPieces(TEXT, 80).marks).toEqual(findMarks(TEXT));
  });
});
