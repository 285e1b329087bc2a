import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { CONTINUATION_FORMS, DECLINING_FORMS, NOUN_FORMS, nounOf, SPEECH_FORMS, speechVerb } from './classes';

describe('lexicon classes read word by word', () => {
  // Each index lists its forms in order of precedence; reading one word at a time must give
  // every listed form the reading the list gives it first, and nothing to a word it lacks.
  for (const [name, index] of Object.entries({
    nouns: NOUN_FORMS,
    speech: SPEECH_FORMS,
    continuation: CONTINUATION_FORMS,
    declining: DECLINING_FORMS,
  })) {
    it(`${name}: every written form is read as its first listing says`, () => {
      const first = new Map<string, unknown>();
      for (const [word, reading] of index.forms()) if (!first.has(word)) first.set(word, reading);
      expect(first.size).toBeGreaterThan(50);
      for (const [word, reading] of first) expect(index.get(word), word).toEqual(reading);
    });
  }

  it('splits proclitics and the article off a source noun, and leaves other words alone', () => {
    const [a, b, c] = tokenize('وللمصادر بمسوول كتاب').filter((t) => t.isWord);
    expect(nounOf(a)).toMatchObject({ conj: 'و', prep: 'ل', definite: true, stem: 'مصادر' });
    expect(nounOf(b)).toMatchObject({ conj: '', prep: 'ب', definite: false, stem: 'مسوول' });
    expect(nounOf(c)).toBeUndefined();
  });

  it('reads a verb of saying with و / ف and an object pronoun, not a noun that looks like one', () => {
    const [a, b, c] = tokenize('فاكدت اعلنها رايها').filter((t) => t.isWord);
    expect(speechVerb(a)).toMatchObject({ conj: 'ف', stem: 'اكدت' });
    expect(speechVerb(b)).toMatchObject({ conj: '', stem: 'اعلن' });
    expect(speechVerb(c)).toBeUndefined();
  });
});
