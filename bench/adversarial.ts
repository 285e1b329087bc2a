/**
 * Inputs built to find super-linear corners of the engine. Each is about `chars` characters and
 * is compared with ordinary article text of the same size.
 */
import { articleText, prng } from './corpus';

export const ADVERSARIES = [
  'repeated-cue',
  'unclosed-quote',
  'diacritics',
  'no-punctuation',
  'mixed-latin',
] as const;
export type Adversary = (typeof ADVERSARIES)[number];

export const ADVERSARY_LABELS: Record<Adversary, string> = {
  'repeated-cue': 'one cue repeated (قال مصدر …)',
  'unclosed-quote': 'unclosed quotations («…)',
  diacritics: 'a diacritic on every letter',
  'no-punctuation': 'one sentence, no punctuation',
  'mixed-latin': 'mixed Arabic and Latin words',
};

const truncate = (s: string, chars: number) => s.slice(0, chars);

const repeat = (unit: string, chars: number) => truncate(unit.repeat(Math.ceil(chars / unit.length)), chars);

const LATIN = [
  'Reuters',
  'said',
  'the',
  'official',
  'AFP',
  'report',
  'on',
  'Tuesday',
  'sources',
  'denied',
  'www.example.com',
  'COVID-19',
  'UN',
];

export function adversarialText(kind: Adversary, chars: number): string {
  switch (kind) {
    case 'repeated-cue':
      return repeat('قال مصدر ', chars);
    case 'unclosed-quote': {
      // Every quotation opens and none closes, on long lines: the splitter's look-ahead for a
      // closing mark must not rescan the rest of the line for each opener.
      const body = articleText(chars).replace(/[»”"\n]/g, ' ');
      return truncate(`«${body.replace(/ (قال|وقال|وأضاف|وتابع) /g, ' $1 «')}`, chars);
    }
    case 'diacritics': {
      const out: string[] = [];
      let n = 0;
      for (const ch of articleText(chars)) {
        if (n >= chars) break;
        out.push(ch);
        n++;
        if (/[\u0621-\u064a]/.test(ch)) {
          out.push('\u064e');
          n++;
        }
      }
      return truncate(out.join(''), chars);
    }
    case 'no-punctuation':
      return articleText(chars).replace(/[.؟?!؛;:\n\r،,«»"“”()[\]-]/g, ' ');
    case 'mixed-latin': {
      const rand = prng(7);
      const words = articleText(chars).split(' ');
      const out: string[] = [];
      for (const w of words) {
        out.push(w);
        if (rand() < 0.5) out.push(LATIN[Math.floor(rand() * LATIN.length)] as string);
      }
      return truncate(out.join(' '), chars);
    }
  }
}
