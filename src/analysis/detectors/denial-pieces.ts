/** Pattern pieces the denial rules share (denial-rules.ts, denial-disowned.ts). */
import { CLAIM_NOUNS, REPORTED_VERBS } from '../lexicons/denial';
import { alt } from '../lexicon';

/** A claim someone could call false, also with its owner's pronoun (`اتهاماته`). */
export const CLAIM = `(?:ال)?${alt(CLAIM_NOUNS)}(?:ه|ها|هم)?`;
/** The verb of what was reported (`تردد`, `تم تداوله`), as it follows ما or مما. */
export const REPORTED_VERB = `(?:تم\\s+|يتم\\s+)?${alt(REPORTED_VERBS)}(?:ته|تها|ه|ها)?`;
/** What was reported (`ما تردد`, `ما تم تداوله`). */
export const REPORTED = `(?:ما|ماتم)\\s+${REPORTED_VERB}`;
