import { describe, expect, it } from 'vitest';
import { norm } from './normalize';
import { isWordCode, LETTER_CLASS, NORMALISED_WORD_CHAR_CLASS, WORD_CHAR_CLASS } from './word-chars';

/** The Unicode blocks the classes cover: Latin, Greek, Cyrillic, Arabic and its supplements. */
const BLOCKS: [number, number][] = [
  [0x0000, 0x024f],
  [0x0370, 0x052f],
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

describe('word characters', () => {
  it('are exactly \\p{L}\\p{N} (and letters exactly \\p{L}) over the scripts an Arabic article mixes', () => {
    const word = new RegExp(`^${WORD_CHAR_CLASS}$`, 'u');
    const letter = new RegExp(`^${LETTER_CLASS}$`, 'u');
    let checked = 0;
    for (const [from, to] of BLOCKS)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(word.test(ch), `U+${c.toString(16)}`).toBe(/^[\p{L}\p{N}]$/u.test(ch));
        expect(letter.test(ch), `U+${c.toString(16)}`).toBe(/^\p{L}$/u.test(ch));
        expect(isWordCode(c), `U+${c.toString(16)}`).toBe(/^[\p{L}\p{N}]$/u.test(ch));
        checked++;
      }
    expect(checked).toBeGreaterThan(2000);
  });

  it('take in Persian and Urdu letters, Arabic-Indic digits and tatweel, but not marks or punctuation', () => {
    for (const ch of ['پ', 'چ', 'گ', 'ک', 'ی', 'ے', '٣', '۴', 'ـ', 'é', 'Ж'])
      expect(isWordCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of ['\u064e', '\u0651', '،', '؛', '«', '-', ' '])
      expect(isWordCode(ch.charCodeAt(0)), ch).toBe(false);
  });
});

describe('the word-boundary class of the cue patterns (normalised text)', () => {
  it('says the same as WORD_CHARS of every character normalised text can hold', () => {
    const full = new RegExp(`^${WORD_CHAR_CLASS}$`, 'u');
    const short = new RegExp(`^${NORMALISED_WORD_CHAR_CLASS}$`, 'u');
    let checked = 0;
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const ch of norm(String.fromCharCode(c))) {
        checked++;
        if (full.test(ch) !== short.test(ch)) expect.fail(`U+${c.toString(16)} → ${ch}`);
      }
    }
    expect(checked).toBeGreaterThan(60_000);
  });
});
