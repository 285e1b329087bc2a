/**
 * Reports a party disowns or dismisses, denials without نفى: `تنصّل المتحدث مما تردد من أنباء`
 * (only with a claim after من: `تنصل من المسؤولية` is evading a duty), and a report called mere
 * speculation (`ردت السفارة على الأنباء بأنها مجرد تكهنات`).
 */
import { CONJ, rx, WB, WE } from '../lexicon';
import { needs } from './cue-rules';
import { CLAIM, NOTHING_BUT, REPORTED, REPORTED_VERB, spokenBefore } from './denial-pieces';
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

/** Reports and talk going round (not charges: `بسبب تهم فساد … مجرد تكهنات` calls other talk guesswork). */
const REPORTS = '(?:ال)?(?:انباء|اخبار|تقارير|شايعات|اشاعات|اقاويل|معلومات|تسريبات|روايات)';
/** Guesswork (`تكهنات`, `تخمينات`, `اجتهادات`): what a party may call a report it dismisses. */
const GUESSWORK = '(?:ال)?(?:تكهنات|تخمينات|اجتهادات)';
/**
 * A report or what went round called mere guesswork by a party (`ردت الوزارة على هذه الأنباء
 * بأنها مجرد تكهنات`, `أكد أن ما يتردد … مجرد تخمينات`); not a writer's own `أصبح الحديث عن …
 * مجرد تكهنات`, where no report is named and no one speaks.
 */
export const SPECULATION: Rule = {
  pattern: rx(
    `${WB}(?:${REPORTS}|${REPORTED}|كل\\s+ما\\s+${REPORTED_VERB})${WE}[^.!؟?]{0,90}?${WB}(?:[وب]?ان(?:ها|ه|هم)\\s+)?(?<cue>${NOTHING_BUT}\\s+${GUESSWORK})${WE}`,
    'gd',
  ),
  explanation: 'a party calls a report mere speculation (مجرد تكهنات)',
  needs: needs('تكهنات', 'تخمينات', 'اجتهادات'),
  accept: (text, _cue, m) => spokenBefore(text.slice(0, m.index)),
};
