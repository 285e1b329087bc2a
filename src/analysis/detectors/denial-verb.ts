/**
 * Whether a verb of denial (نفى and its forms) denies: not when negated (`لم ينفِ`), as one side of
 * "confirm or deny" (`يؤكد أو ينفي`), as exile (`نُفي الشاعر إلى`, a prison term and `المنفى`), with a
 * study for its subject (`دراسات أخرى نفت`), nor `بالنفي` other than as an answer (`رد بالنفي`).
 * The rules (denial-rules.ts) use `NEGATED` and `before` in their own checks too.
 */
import { NON_PARTY_SUBJECTS } from '../lexicons/denial';
import { alt, rx, WB, WE } from '../lexicon';
import type { Span } from '../types';

/**
 * Negated or none at all (`لم ينف`, `دون أن ينفي`, `ولم يصدر أي نفي رسمي`, `لم تصدر نفيا`, `دون أي نفي`),
 * or no one does it (`ولا أحد ينكر أن`, `ليس لأحد أن ينكر`: a concession, not a denial).
 */
export const NEGATED = rx(
  `(?:^|[\\s"(])[وف]?(?:لم|لا|لن|ليس|ليست|عدم)(?:\\s+(?:يتم|تم|يكن|تكن|يعد|تعد|يكون|تكون|يصدر|تصدر|يصدروا))?\\s+$|(?:^|\\s)[وف]?(?:لم|لا|لن)\\s+(?:يصدر|تصدر|يصدروا)\\s+(?:\\S+\\s+){0,2}$|(?:دون|غير)\\s+ان\\s+$|(?:^|\\s)في\\s+$|(?:^|\\s)[وف]?(?:لم|لا|دون|بدون|عدم)\\s+(?:\\S+\\s+){0,3}?(?:اي|ايه)\\s+$|(?:^|\\s)[وف]?(?:لا\\s+|ليس\\s+ل)احد\\s+(?:\\S+\\s+)?(?:ان\\s+)?$`,
);
const EITHER_OR_BEFORE = rx(`(?:^|\\s)[وف]?(?:او|ام)\\s+$`);
const EITHER_OR_AFTER = rx(`^\\s+(?:او|ام)\\s`);
const EXILE_AFTER = rx(`^\\s*(?:الي|خارج|عن\\s+(?:البلاد|وطن\\S*)|من\\s+البلاد)${WE}`);
/**
 * `ونُفي الشاعر إلى جزيرة نائية`: the one exiled, then where to (no claim between); not `نفى
 * الوزير سفره إلى الخارج`, whose object (with its pronoun) is what is denied.
 */
const EXILED_TO = rx(
  `^\\s+[^\\s،,.:]+(?:\\s+[^\\s،,.:]+(?<!ه|ها|هم))?\\s+(?:الي|خارج)\\s+(?!ان${WE}|انه|انها)`,
);
/** `نفت السلطات عددا من الوجهاء إلى الأناضول`: people in numbers, then where to: exile. */
const EXILED_GROUP = rx(
  `^(?:\\s+\\S+){0,3}?\\s+(?:عددا|عشرات|ميات|الاف|الالاف|الميات|العشرات)\\s+(?:من\\s+)?(?:\\S+\\s+){0,4}?(?:الي|خارج)\\s`,
);
const EXILE_BEFORE = rx(`(?:حكم\\S*|عقوب\\S*|قضي\\S*|سنوات|المنفي)\\s+(?:\\S+\\s+){0,2}$`);
const NON_PARTY = rx(`${WB}(?:ال)?${alt(NON_PARTY_SUBJECTS)}\\s+(?:\\S+\\s+){0,2}$`);
/** Answered, settled the matter or stopped at (`رد بالنفي`, `حسمت الأمر بالنفي`, `اكتفت بالنفي`). */
const ANSWERED_NO = rx(
  `(?:رد|ردت|ردوا|اجاب|اجابت|اجابوا|جاء|جاءت|حسم|حسمت|حسموا|اكتفي|اكتفت|اكتفوا)\\S*\\s+(?:\\S+\\s+){0,3}$`,
);
export const before = (text: string, at: number, n = 40) => text.slice(Math.max(0, at - n), at);

/** The trigger is a verb of denial that nothing around it undoes. */
export function denyVerbHolds(text: string, cue: Span, from: number): boolean {
  const pre = before(text, from);
  const word = text.slice(cue.start, cue.end);
  const post = text.slice(cue.end, cue.end + 30);
  if (NEGATED.test(pre) || EITHER_OR_BEFORE.test(pre) || EITHER_OR_AFTER.test(post)) return false;
  if (EXILE_AFTER.test(post) || EXILE_BEFORE.test(pre)) return false;
  const passive = word.replace(/^[وف]/u, '') === 'نفي';
  if (passive && EXILED_TO.test(text.slice(cue.end, cue.end + 60))) return false;
  if (EXILED_GROUP.test(text.slice(cue.end, cue.end + 90))) return false;
  if (NON_PARTY.test(before(text, from, 30))) return false;
  // بالنفي is a denial only as an answer (رد بالنفي), not as a stance or a sentence of exile.
  if (/^[وف]?بالنفي$/u.test(word) || /^[وف]?النفي$/u.test(word)) return ANSWERED_NO.test(pre);
  return true;
}
