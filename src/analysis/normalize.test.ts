import { describe, expect, it } from 'vitest';
import { norm, normalize, toOriginal } from './normalize';

describe('normalize', () => {
  it('folds hamza forms, alef maqsura, ta marbuta, digits and quotes', () => {
    expect(norm('أإآ ى ة ٣٤ «رويترز» “نص”')).toBe('ااا ي ه 34 "رويترز" "نص"');
  });

  it('drops diacritics and tatweel and maps back to the original span', () => {
    const original = 'ونَفَـــى المبعوث';
    const n = normalize(original);
    expect(n.text).toBe('ونفي المبعوث');
    const at = n.text.indexOf('نفي');
    const span = toOriginal(n, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe('نَفَـــى');
  });

  it('keeps the map one entry longer than the text, ending at the original length', () => {
    const n = normalize('مُصدر');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe('مُصدر'.length);
  });
});

describe('normalize: Arabic presentation forms', () => {
  it('folds contextual letter forms to the base letters a rule is written with', () => {
    // ﻭ ﻗ ﺎ ﻟ ﺖ: initial/medial/final forms of وقالت, as some PDFs and old sites emit.
    expect(norm('\ufeed\ufed7\ufe8e\ufedf\ufe96')).toBe('وقالت');
    expect(norm('\ufeedقالت مصادر')).toBe('وقالت مصادر');
    // Hamza forms fold further, like their base letters (ﺃ → أ → ا).
    expect(norm('\ufe83\ufedb\ufeaa')).toBe('اكد');
  });

  it('expands a ligature into its letters and maps every letter back to the ligature', () => {
    const original = 'قال \ufefb صحة للخبر';
    const n = normalize(original);
    expect(n.text).toBe('قال لا صحه للخبر');
    expect(n.map.length).toBe(n.text.length + 1);
    const at = n.text.indexOf('لا صحه');
    const whole = toOriginal(n, at, at + 'لا صحه'.length);
    expect(original.slice(whole.start, whole.end)).toBe('\ufefb صحة');
    // A span that ends inside the ligature's letters still covers the whole ligature.
    const half = toOriginal(n, at, at + 1);
    expect(original.slice(half.start, half.end)).toBe('\ufefb');
  });

  it('keeps long expansions (ﷺ) inside the map, however many there are', () => {
    const original = `${'\ufdfa'.repeat(50)} نفت`;
    const n = normalize(original);
    expect(n.text.endsWith(' نفت')).toBe(true);
    expect(n.map[n.text.length]).toBe(original.length);
    const at = n.text.lastIndexOf('نفت');
    expect(toOriginal(n, at, at + 3)).toEqual({ start: original.length - 3, end: original.length });
  });

  it('drops a vowel sign written as a presentation form, like the sign itself', () => {
    expect(norm('نَفت')).toBe(norm('ن\ufe76فت'));
  });

  it('folds every presentation form as its NFKC letters fold, whether met first by norm or normalize', () => {
    let forms = 0;
    for (const [from, to] of [
      [0xfb50, 0xfdff],
      [0xfe70, 0xfefe],
    ] as const)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        const letters = ch.normalize('NFKC');
        if (letters === ch) continue;
        forms++;
        // Half are met first by normalize(), half by norm(): both settle the same entry.
        const first = c % 2 === 0 ? normalize(`${ch}ب`).text.slice(0, -1) : norm(ch);
        expect(first, `U+${c.toString(16)}`).toBe(norm(letters).trim());
        expect(norm(ch), `U+${c.toString(16)}`).toBe(first);
      }
    expect(forms).toBeGreaterThan(700);
  });
});

describe('presentation forms in a whole article', () => {
  it('marks a sentence typed in presentation forms as it marks the plain one', async () => {
    const { findMarks } = await import('./engine');
    const plain = 'ونفت الوزارة في بيان صحة الأنباء عن إغلاق المعبر.';
    const shaped = plain.replace('ونفت', '\ufeed\ufee7\ufed4\ufe96');
    const kinds = (text: string) => findMarks(text).map((m) => m.kind);
    expect(kinds(plain)).toEqual(['denial']);
    expect(kinds(shaped)).toEqual(kinds(plain));
    const [mark] = findMarks(shaped);
    expect(mark?.cue.text).toBe('\ufee7\ufed4\ufe96');
  });
});

describe('normalize on long text', () => {
  const line = 'قالت مصادر مطّلعة إنّ الاجتماع «تأجّل» إلى موعدٍ لاحق. ';
  it('gives the same form as word-by-word normalisation, with every character mapped', () => {
    const text = line.repeat(40);
    const { text: out, map } = normalize(text);
    expect(out).toBe(norm(line).repeat(40));
    expect(map.length).toBe(out.length + 1);
    expect(map[out.length]).toBe(text.length);
  });
  it('keeps a lone surrogate (broken emoji on a page) as it is', () => {
    const text = `${line.repeat(5)}\ud83d${line.repeat(5)}\ude00`;
    const out = normalize(text).text;
    expect(out).toContain('\ud83d');
    expect(out.endsWith('\ude00')).toBe(true);
  });
});
