/**
 * What the denial rules share (denial-rules.ts, denial-disowned.ts): pattern pieces, and the check
 * that a party is speaking before a claim is called false.
 */
import { CLAIM_ONLY_VERBS, SPEECH_VERBS } from '../lexicons/anonymous';
import { CLAIM_NOUNS, REPORTED_VERBS } from '../lexicons/denial';
import { alt } from '../lexicon';

/** A claim someone could call false, also with its owner's pronoun (`اتهاماته`). */
export const CLAIM = `(?:ال)?${alt(CLAIM_NOUNS)}(?:ه|ها|هم)?`;
/** The verb of what was reported (`تردد`, `تم تداوله`), as it follows ما or مما. */
export const REPORTED_VERB = `(?:تم\\s+|يتم\\s+)?${alt(REPORTED_VERBS)}(?:ته|تها|ه|ها)?`;
/** Nothing but (`مجرد`, `محض`, `عبارة عن`, `ليست سوى`, `ما هي إلا`). */
export const NOTHING_BUT =
  '(?:محض|مجرد|عباره\\s+عن|(?:ليس|ليست|ليسوا)\\s+(?:سوي|الا)|[وف]?ما\\s+(?:هي|هو|هذه|هذا)\\s+الا)';
/** What was reported (`ما تردد`, `ما تم تداوله`). */
export const REPORTED = `(?:ما|ماتم)\\s+${REPORTED_VERB}`;

/**
 * What the verbs of saying (`SPEECH_VERBS`: وصف، اعتبر، اتهم، زعم، أكد …) leave out by which a party
 * judges a claim: their participles (`واصفا`, `مؤكدا`), putting it somewhere (`وضعه في خانة`), answering.
 */
const JUDGING = /^[وف]?(?:واصفا|معتبرا|متهما|زاعما|زاعمه|موكدا|موكده|وضع|وضعت|رد|ردت)$/u;

/** Verbs of saying only with a claim after them (`تذهب معها الدعاوى`: things that go away). */
const CLAIM_ONLY = new Set(CLAIM_ONLY_VERBS);

/** A verb of saying or judging among the words of `text`. */
export function sayingVerbIn(text: string): boolean {
  const words = text.split(/[\s،,؛]+/u);
  for (const [k, w] of words.entries()) {
    if (!w) continue;
    // A verb that says something only with a claim after it (`أصر على أن`, `ذهب إلى أن`) speaks
    // when the claim follows.
    if (CLAIM_ONLY.has(w.replace(/^[وف]/u, ''))) {
      if (words.slice(k + 1, k + 9).some((x) => /^[وب]?ان(?:ه|ها|هم)?$/u.test(x))) return true;
      continue;
    }
    if (JUDGING.test(w) || SPEECH_VERBS.has(w) || SPEECH_VERBS.has(w.replace(/^[وف]/u, ''))) return true;
  }
  return false;
}

/** A party's words before `prefix`'s end: a verb of saying or judging, a colon, or an open quotation. */
export const spokenBefore = (prefix: string): boolean => /[:«"“]/u.test(prefix) || sayingVerbIn(prefix);
