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
