/**
 * `wire`: a sentence that credits a news agency or outlet (ANNOTATION.md). An outlet's name counts
 * when something makes it the origin of the report or the one spoken to: a reporting verb or
 * `بحسب` before it, `لـ` on it (`قال لـ«عكاظ»`), a dateline, byline or source footer around it,
 * parentheses (`(أ ف ب)`), or a reporting verb after it. A name that is also an ordinary word
 * (`اليوم`, `الرياض`) needs an outlet noun, quotation marks or a dateline as well. `وأضافت الوكالة`
 * refers back to the outlet last credited. Outlets missing from the registry but named after an
 * outlet noun get an id from their Latin name, or a transliteration of the Arabic one.
 */
import type { Detector, Finding, SentenceView } from '../../detector';
import { trieAlt, hot } from '../../lexicon';
import { ANAPHOR_KINDS, scanAnaphors } from './anaphors';
import { continues, type Speaker, speakerOf } from './continuation';
import { scanForeign } from './foreign';
import { type Credited, OutletMemory } from './memory';
import { scanNames } from './names';
import { BROADCASTERS, scanNational } from './national';
import { outletNameMatches } from './outlet-names';
import { ReportMemory } from './report';
import { QUOTED_MEDIA_GATE, scanQuotedMedia, scanUnknown } from './unknown';
import { NOUNS } from './words';
import type { Span } from '../../types';
import { Sentence } from '../../sentence-view';

/**
 * Text each scan needs somewhere in the sentence, as plain patterns: an outlet's name or
 * abbreviation (scanNames), an outlet noun (scanUnknown, scanAnaphors), a broadcaster noun
 * (scanNational). Most sentences credit no one; they cost a few fast scans, and memory only
 * changes on a credit.
 */
export const NOUN_GATE = hot(new RegExp(trieAlt([...NOUNS.keys(), ...ANAPHOR_KINDS.keys()]), 'u'));
export const BROADCASTER_GATE = hot(new RegExp(trieAlt([...BROADCASTERS.keys()]), 'u'));

/**
 * `مع الـ«بي بي سي»`, `للـ"سي إن إن"`: the article written apart before a quoted name (its tatweel
 * is gone once normalised). It is blanked, and `لل` read as the preposition ل alone, so that the
 * name is read as any quoted name and the words before it as its credit. The same length: every
 * offset stays.
 */
const DETACHED_ARTICLE = /(?<![\u0621-\u064a])([وف]?)(بال|لل|ال)(?=\s?")/gu;
function withoutDetachedArticles(s: SentenceView): { view: SentenceView; articles: Span[] } {
  const t = s.norm.text;
  DETACHED_ARTICLE.lastIndex = 0;
  if (!DETACHED_ARTICLE.test(t)) return { view: s, articles: [] };
  const articles: Span[] = [];
  DETACHED_ARTICLE.lastIndex = 0;
  const text = t.replace(DETACHED_ARTICLE, (_, conj: string, article: string, at: number) => {
    articles.push({ start: at + conj.length, end: at + conj.length + article.length });
    return article === 'لل' ? `${conj}ل ` : `${conj}${' '.repeat(article.length)}`;
  });
  // The map is worked out on first use (a getter of the engine's sentence form): asked of it then.
  const norm = s.norm;
  // The blanked text's own words are read for it (the shared ones are of the sentence as normalised).
  const view = new Sentence(
    s.index,
    s.span,
    s.text,
    {
      text,
      get map() {
        return norm.map;
      },
    },
    s.wholeLine,
  );
  return { view, articles };
}

/** A cue that begins in a blanked article begins with the article (`الـ«بي بي سي»`). */
function withArticle(cue: Span, articles: readonly Span[]): Span {
  const article = articles.find((a) => cue.start >= a.start && cue.start <= a.end);
  return article ? { start: article.start, end: cue.end } : cue;
}

export function createWireDetector(): Detector {
  const memory = new OutletMemory();
  const reports = new ReportMemory();
  let speaker: Speaker | undefined;
  return (sentence) => {
    const { view: s, articles } = withoutDetachedArticles(sentence);
    const t = s.norm.text;
    // `وأضافت أن …` right after `وقالت وكالة … إن`: the outlet goes on speaking.
    const spoke = speaker;
    speaker = undefined;
    const goesOn = continues(s, spoke);
    if (goesOn && spoke) {
      const outlets = spoke.outlets;
      return [
        {
          kind: 'wire',
          cue: goesOn,
          outlets,
          explanation: 'Wire: continues the outlet that spoke in the previous sentence.',
        },
      ];
    }
    // The names themselves are found by a word index, cheaper than any gate pattern.
    const names = outletNameMatches(t);
    const named = names.length > 0;
    const noun = NOUN_GATE.test(t);
    const broadcaster = BROADCASTER_GATE.test(t);
    const quotedMedia = QUOTED_MEDIA_GATE.test(t);
    if (!named && !noun && !broadcaster && !quotedMedia) return reportGoesOn(t);
    const credited: Credited[] = [];
    const covered = named ? scanNames(s, names, memory, credited) : [];
    if (noun) scanUnknown(s, memory, covered, credited);
    if (noun && credited.length === 0) scanForeign(s, memory, covered, credited);
    if (broadcaster) scanNational(s, memory, covered, credited);
    if (credited.length === 0 && quotedMedia) scanQuotedMedia(s, memory, covered, credited);
    if (credited.length === 0 && noun) scanAnaphors(s, memory, credited);
    const first = credited[0];
    if (!first) return reportGoesOn(t);
    reports.update(t, first);
    speaker = speakerOf(s, first);
    const finding: Finding = {
      kind: 'wire',
      cue: articles.length > 0 ? withArticle(first.cue, articles) : first.cue,
      source: first.source,
      outlets: [...new Set(credited.flatMap((c) => c.outlets))],
      explanation: `Wire: ${credited.map((c) => c.why).join('; ')}.`,
    };
    return [finding];
  };

  /** `وأضاف التقرير أن …` after an outlet's report: the report goes on; any other sentence may end it. */
  function reportGoesOn(t: string): Finding[] {
    const goes = reports.continued(t);
    reports.update(t, undefined);
    if (!goes) return [];
    return [
      {
        kind: 'wire',
        cue: goes.cue,
        outlets: [goes.outlet],
        explanation: `Wire: continues the report of the outlet named before (${goes.outlet}).`,
      },
    ];
  }
}
