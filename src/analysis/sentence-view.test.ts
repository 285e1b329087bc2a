import { describe, expect, it } from 'vitest';
import type { Detector, SentenceView } from './detector';
import { findMarks } from './engine';
import { Sentence } from './sentence-view';
import { normalize } from './normalize';

describe('the sentence the detectors are given', () => {
  it('reads its words once, on first use, for every detector that asks', () => {
    const seen: SentenceView['tokens'][] = [];
    const asks: Detector = (s) => {
      seen.push(s.tokens, s.tokens);
      return [];
    };
    findMarks('وقال مصدر مطلع إن الاجتماع أرجئ.', [() => asks, () => asks]);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]?.map((t) => t.text)).toEqual(['وقال', 'مصدر', 'مطلع', 'ان', 'الاجتماع', 'ارجي', '.']);
  });

  it('words are of the normalised text, with offsets into it', () => {
    const text = 'وأكّد المصدرُ ذلك';
    const s = new Sentence(0, { start: 0, end: text.length }, text, normalize(text), true);
    const [first] = s.tokens;
    expect(first?.text).toBe('واكد');
    expect(s.norm.text.slice(first?.start, first?.end)).toBe('واكد');
  });
});
