/**
 * `تنصّل المتحدث مما تردد من أنباء`, `وتنصلت الحركة من التصريحات المنسوبة إليها`: a party disowns
 * a report or words attributed to it — a denial without نفى. Only with a claim after من: `تنصل من
 * المسؤولية` is evading a duty, not denying a report.
 */
import { CONJ, rx, WB, WE } from '../lexicon';
import { needs } from './cue-rules';
import { CLAIM, REPORTED_VERB } from './denial-pieces';
import type { Rule } from './denial-rules';
import { before, NEGATED } from './denial-verb';

const DISOWN = '(?:تنصل|تنصلت|تنصلوا|يتنصل|تتنصل|يتنصلون|متنصلا|متنصله)';

export const DISOWNED: Rule = {
  pattern: rx(
    `${WB}${CONJ}(?<cue>${DISOWN})${WE}(?:\\s+[^\\s،,.:]+){0,6}?\\s+(?:من\\s+(?:(?:هذه|تلك|كل)\\s+)?${CLAIM}|مما\\s+${REPORTED_VERB})${WE}`,
    'gd',
  ),
  explanation: 'a party disowns a report (تنصّل مما تردد)',
  needs: needs('تنصل', 'يتنصل', 'تتنصل', 'متنصل'),
  accept: (text, cue) => !NEGATED.test(before(text, cue.start)),
  party: true,
};
