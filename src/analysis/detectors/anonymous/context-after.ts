/**
 * What makes a source noun the origin of a claim from after it: a verb of saying right after its
 * description (`مصدر في المعارضة اعتبر أن`), or a headline's colon (`مصادر: …`, `مواطنون لـ«عين
 * اليوم»: …`). What comes before the noun is context.ts's.
 */
import { FILLERS, OFFICE_TITLES } from '../../lexicons/anonymous';
import { DENY_VERBS, REFUTE_VERBS, REJECT_VERBS } from '../../lexicons/denial';
import { norm } from '../../normalize';
import { agreementOf, nounOf, speechVerb } from '../../tokens/classes';
import { findIn } from '../../tokens/clitics';
import type { Token } from '../../tokens/tokenize';
import { quantifierStart } from './description';
import { REPORT_NOUN } from './passed-around';
import { COMMAS, ONE_OR_SOME } from './words';

const NOT_A_VERB_AFTER = new Set(['علم', 'يعد', 'تعد']);
/** `سبق` "had before", whose subject comes in لـ with its verb after أن: the noun at `i` is that subject. */
const HAD_BEFORE = /^[وف]?سبق$/u;
export const hadBefore = (tokens: Token[], i: number): boolean =>
  HAD_BEFORE.test(tokens[i - 1]?.text ?? '') && (tokens[i]?.text.startsWith('ل') ?? false);
/** Words that open a clause of their own (normalised). */
const NEW_CLAUSE = new Set(['حيث', 'بينما', 'فيما', 'اذ', 'عندما', 'حين', 'حينما', 'لكن', 'ولكن', 'ثم']);
/** Prepositions after which a verb's spelling is its verbal noun (normalised). */
const MASDAR_AFTER = new Set([
  'نحو',
  'اجل',
  'بهدف',
  'بغيه',
  'عبر',
  'خلال',
  'في',
  'من',
  'علي',
  'عن',
  'الي',
  'بعد',
  'قبل',
  'حول',
  'دون',
]);

/**
 * `لـ«عين اليوم»:`, `لعكاظ:`: an outlet told (a word with ل, or ل alone and a quoted name of a few
 * words), then a colon; the colon's place.
 */
function toldThenColon(tokens: Token[], from: number): number | undefined {
  const told = tokens[from];
  if (!told?.isWord || !told.text.startsWith('ل')) return undefined;
  let j = from + 1;
  if (tokens[j]?.text === '"') {
    const close = tokens.findIndex((t, k) => k > j && t.text === '"');
    // A quoted name after ل written apart (`لـ«عين اليوم»`), not after a word with ل (`لقاء «…»`).
    if (close < 0 || close - j > 5 || told.text !== 'ل') return undefined;
    j = close + 1;
  }
  return tokens[j]?.text === ':' ? j : undefined;
}

const RELATIVE = new Set(['التي', 'الذي']);
/** Verbs of what circulated or spread, not of what was said. */
const CIRCULATED = /(?:تردد|انتشر|راج|تداول|يتداول|سرت|سري|نشر)/u;
/** Verbs of denying, refuting or rejecting (the denial lexicon's), normalised. */
let rejecting: ReadonlySet<string> | undefined;
function rejects(word: string): boolean {
  rejecting ??= new Set([...DENY_VERBS, ...REFUTE_VERBS, ...REJECT_VERBS].map(norm));
  return rejecting.has(word) || (/^[وف]/u.test(word) && rejecting.has(word.slice(1)));
}
const ASSERTED = /^(?:اكد|اكدت|تؤكد|يؤكد|كشف|كشفت|تكشف|يكشف)$/u;
/** What a verb of saying opens: the claim or its subject (`إلى`, `أن`, `عن`, `حول`). */
const OPENS = /^(?:الي|ان|انه|انها|بان|بانه|بانها|عن|حول|بشان)$/u;

function relativeSays(tokens: Token[], i: number, j: number): number | undefined {
  if (nounOf(tokens[i])?.entry.cls !== 'media') return undefined;
  // `ورفض الشائعات التي تتحدث عن …`: what a party rejects is the denial's object (marked so).
  if (tokens.slice(Math.max(0, i - 4), i).some((t) => rejects(t.text))) return undefined;
  const verb = speechVerb(tokens[j + 1]);
  if (!verb || CIRCULATED.test(verb.stem)) return undefined;
  // What it says opens after it; `أكدت`, `كشفت` may take the claim as a noun (`أكدت اتفاقه`).
  const next = tokens[j + 2];
  if (!next?.isWord || !(OPENS.test(next.text) || ASSERTED.test(verb.stem))) return undefined;
  return j + 1;
}

/** A verb of saying right after the description (`مصدر في المعارضة اعتبر أن`), or a headline colon. */
export function contextAfter(tokens: Token[], i: number, end: number, headline: boolean): number | undefined {
  const found = verbOrColonAfter(tokens, i, end, headline);
  // `مواطنون لـ«عين اليوم»: …`: a headline's group told the outlet what the colon opens; the
  // cue stays the group (the outlet is the wire mark's).
  if (found === undefined && headline && i <= 2 && toldThenColon(tokens, end) !== undefined) return end - 1;
  // `أنباء عن مقتل …`, `تسريبات عن …`: a headline that opens with reports about something (the
  // labelled sets: 3 of 3 anonymous).
  const reportsAbout =
    headline &&
    i === 0 &&
    end === 1 &&
    REPORT_NOUN.test(tokens[0]?.text ?? '') &&
    /^(?:عن|بشان)$/u.test(tokens[1]?.text ?? '');
  if (found === undefined && reportsAbout) return 1;
  return found;
}

/** A verb form that is plainly masculine singular: `يشير`, `كشف` (not `سرت`, `قالوا`, `تقول`). */
function masculineSingular(verb: string): boolean {
  if (/(?:ون|وا|ان|ا)$/.test(verb)) return false;
  return verb.startsWith('ي') || (agreementOf(verb) === 'm' && !verb.endsWith('ت') && !verb.startsWith('ت'));
}

function verbOrColonAfter(tokens: Token[], i: number, end: number, headline: boolean): number | undefined {
  const quantified =
    quantifierStart(tokens, i) < i || ONE_OR_SOME.has((tokens[i - 1]?.text ?? '').replace(/^[بل]/u, ''));
  let j = end;
  for (let steps = 0; j < tokens.length && steps < 4; j++, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      if (COMMAS.has(tok.text)) continue;
      // A headline's colon, also where the headline is quoted after a footer's (`رابط الخبر بصحيفة الوئام: مصادر: …`).
      if (tok.text === ':' && headline && (i <= 2 || tokens[i - 1]?.text === ':')) return j;
      return undefined;
    }
    // The source's own verb: bare, not `واتهمها` (a new clause, the source its object).
    const verb = speechVerb(tok);
    // Not the verbs that are mostly other words after a noun: `علم` "science" (`دراسات علم
    // النفس`), `يعد` "prepares / is considered" (`باحث يعد رسالة`) rather than "promises".
    if (verb && tok.text === verb.stem && !NOT_A_VERB_AFTER.has(tok.text)) {
      // `من أجل نشر`, `نحو نشر`: after a preposition the word is a verbal noun ("publishing");
      // after `حيث`, `بينما` … it opens a clause of its own.
      if (MASDAR_AFTER.has(tokens[j - 1]?.text ?? '') || NEW_CLAUSE.has(tokens[j - 1]?.text ?? ''))
        return undefined;
      // `المواطنين، أفصح وزير الداخلية`: a verb with a subject of its own is not the noun's.
      const subject = tokens[j + 1];
      if (subject?.isWord && (nounOf(subject) || findIn(subject.text, OFFICE_TITLES))) return undefined;
      // After its subject a verb agrees with it: a plural is never followed by its verb in the
      // masculine singular (`المؤشر المجمع لمديري المشتريات يشير`: the index points, not the managers).
      // (Not after `أحد خبراء التأمين يعتبر`, `لأحد مسؤولي الجامعة`, `مجموعة من العلماء`: the
      // quantifier is the subject.)
      const number = nounOf(tokens[i])?.entry.number;
      if ((number === 'pl' || number === 'du') && masculineSingular(verb.stem) && !quantified)
        return undefined;
      return j;
    }
    // `الأنباء التي أشارت إلى …`, `التقارير التي تحدثت عن …`: reports or sources whose relative
    // clause says something (a verb of saying and what it opens); not what merely circulated
    // (`الأنباء التي ترددت`, which is the topic).
    if (RELATIVE.has(tok.text) && steps === 0) return relativeSays(tokens, i, j);
    // Time words and fillers only: a verb inside a relative clause (`الأنباء التي ترددت`) is not the claim's.
    if (findIn(tok.text, FILLERS)) continue;
    // `وسبق لمصادر أمنية أن أكدت`: "had before", the source in لـ and its verb after أن.
    if (tok.text === 'ان' && hadBefore(tokens, i)) continue;
    if (tok.text === 'نفسه' || tok.text === 'ذاته' || tok.text === 'نفسها' || tok.text === 'ذاتها') continue;
    return undefined;
  }
  return undefined;
}
