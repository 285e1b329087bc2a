/**
 * What makes a source noun the origin of a claim: a verb of saying or an attribution word before
 * it (over fillers, an addressee, `عن` after a verb of relaying), a verb of saying further back
 * whose subject it is coordinated into (coordinated.ts), or a verb of saying right after its
 * description (context-after.ts).
 */
import {
  ARRIVAL_VERBS,
  ATTRIBUTION_WORDS,
  DECLINING_VERBS,
  FILLERS,
  RELAYING_VERBS,
  SPEECH_VERBS,
} from '../../lexicons/anonymous';
import { norm } from '../../normalize';
import { nounOf, speechVerb } from '../../tokens/classes';
import { findIn } from '../../tokens/clitics';
import type { Token } from '../../tokens/tokenize';
import { explainedBy } from './explained-by';
import { indefiniteReportBefore } from './passed-around';
import {
  AN,
  BEFORE_VERBAL_NOUN,
  BY_WORDS,
  COMMAS,
  IN,
  IN_THE_WAKE,
  NEGATION,
  THERE_ARE,
  isComplementiser,
  LOOK_BACK,
  ONE_OR_SOME,
  QUOTES,
  REPORT_OPENS,
  SAME_BEFORE,
  WORDS_OF,
} from './words';

export interface Context {
  /** Token index of the verb or attribution word. */
  at: number;
  how: 'verb' | 'attribution';
}

const COMMENT_WORDS = new Set(['التعليق', 'الرد', 'الادلاء', 'التصريح']);
/** A relative `ما` (with its prepositions) whose verb takes the claim as a pronoun object. */
const RELATIVE_MA = new Set(['ما', 'لما', 'بما', 'كما', 'مما', 'حسبما', 'وفقما', 'وكما', 'وبما']);
/** The claim as a verb's pronoun object (`ذكره`, `أكدته`: the verb keeps its own ت). */
const OBJECT_PRONOUN = /(?:ه|ها)$/;

/** Prepositions of purpose: the verbal noun after them is an act still to be done (`سارع إلى نفي`). */
const PURPOSE = new Set(['الي', 'نحو', 'اجل', 'بهدف', 'بغيه', 'لاجل']);

/**
 * `سارعت الوزارة إلى نفي التقارير`, `دعا إلى نشر تقارير دورية`: after a preposition of purpose
 * the verb is a verbal noun, and reports after it are what is denied or published, not who speaks.
 */
function reportAsObject(tokens: Token[], j: number, i: number): boolean {
  const verb = tokens[j] as Token;
  const report = nounOf(tokens[i]);
  if (report?.entry.cls !== 'media') return false;
  if (PURPOSE.has(tokens[j - 1]?.text ?? '') && speechVerb(verb)?.stem === verb.text) return true;
  // `طالبوا الحكومة بنفي أو تأكيد الأنباء`, `تكذيب التقارير`: a verbal noun of confirming or denying
  // right before the reports governs them (bare نفي is also the verb نفى, so only with ب / ل).
  if (j !== i - 1 || !report.definite) return false;
  // `تأكيد أو نفي الأنباء`: bare نفي too, joined to another verbal noun; `عدم تداول الشائعات`: any
  // verb of saying after عدم is its verbal noun.
  const prev = tokens[j - 1]?.text ?? '';
  return (
    STANCE_MASDAR.test(verb.text) ||
    (prev === 'او' && /^نفي$/u.test(verb.text)) ||
    (prev === 'عدم' && speechVerb(verb) !== undefined)
  );
}

const STANCE_MASDAR = /^[وف]?(?:[بل]?(?:تاكيد|تكذيب|تفنيد|دحض)|[بل]نفي)$/u;

const AMID = /^[وف]?(?:ب|في)?(?:وسط|ظل)$/u;

/** `ولم يرد ذكر لملف …`, `وجاء ذكره`: ذكر as the noun "mention", not the verb. */
const MENTION_NOUN_AFTER = new Set(['يرد', 'ورد', 'وورد', 'جاء', 'وجاء', 'ياتي', 'تم', 'يتم']);

/** `وفقا لما ذكره مسؤول`, `حسبما أكدته مصادر`: the verb of a relative ما, with its object pronoun. */
function relativeSpeechVerb(tokens: Token[], j: number): boolean {
  const tok = tokens[j] as Token;
  // `بحسب ما أفاد به مختصون`: the pronoun on a preposition after the verb.
  if (/^(?:به|بها)$/u.test(tok.text) && RELATIVE_MA.has(tokens[j - 2]?.text ?? ''))
    return findIn(tokens[j - 1]?.text ?? '', SPEECH_VERBS) !== undefined;
  // …or describing an indefinite report before it (`خبر تناقلته وسائل الإعلام`; passed-around.ts).
  if (!OBJECT_PRONOUN.test(tok.text)) return false;
  if (!RELATIVE_MA.has(tokens[j - 1]?.text ?? '') && !indefiniteReportBefore(tokens, j)) return false;
  return findIn(tok.text.replace(OBJECT_PRONOUN, ''), SPEECH_VERBS) !== undefined;
}

/** A declining verb's object within a few words after the noun at `i` is a comment it did not give. */
function declinesComment(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k] as Token;
    if (COMMENT_WORDS.has(t.text)) return true;
    // `ويرفض المعتقلون الآخرون أن يتم تسليمهم`: refusing that something be done, no claim.
    if (t.text === 'ان' && /^[يت]/u.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** The mark that opens an aside closed by each of these. */
const ASIDE_OPENS: Record<string, string> = { '-': '-', '،': '،', ',': ',', ')': '(' };

/**
 * `وقال - بحسب الصحيفة - مسؤول`, `وقال، وفق ما نقلت الوكالة، مصدر`: an aside that credits a
 * report, set between the verb and its subject. Given the mark that closes it (at `close`), where
 * it opens; undefined when what ends there is no such aside.
 */
function asideStart(tokens: Token[], close: number): number | undefined {
  const open = ASIDE_OPENS[(tokens[close] as Token).text];
  if (!open) return undefined;
  for (let k = close - 2; k >= Math.max(0, close - 10); k--) {
    const t = tokens[k] as Token;
    if (t.text === open) {
      const first = tokens[k + 1];
      return first?.isWord && findIn(first.text, ATTRIBUTION_WORDS) ? k : undefined;
    }
    if (!t.isWord && t.text !== '"') return undefined;
  }
  return undefined;
}

/**
 * `وكان العميد فلان قد حذر السكان`: كان, its subject, then قد and the verb — the noun after the
 * verb is its object, not who speaks.
 */
function subjectBefore(tokens: Token[], j: number): boolean {
  if (tokens[j - 1]?.text !== 'قد') return false;
  for (let k = j - 3; k >= 0 && k >= j - 12; k--) {
    const tok = tokens[k] as Token;
    if (!tok.isWord) return false;
    if (/^[وف]?(?:كان|كانت|كانوا)$/u.test(tok.text)) return true;
  }
  return false;
}

/** Forms of أفاد, which also means "to benefit" (normalised, with و / ف). */
const BENEFIT = /^[وف]?(?:افاد|افادت|افادوا|يفيد|تفيد|يفيدون)$/u;
/** Words in بـ that open no report (`أفاد … بوقوع` does): time, cause, manner. */
const NOT_REPORTED = /^(?:بعد|بين|بينما|بسبب|بدون|بشكل|بعض|بالاضافه)$/u;

/**
 * `تفيد الباحثين في المجالات الإنسانية`: أفاد right before a definite plural in ـين (accusative,
 * so its object) with no claim after it (no أن, no بـ) is "benefits"; `أفادت مصادر بأن …`, `حسبما
 * أفادت المصادر` report.
 */
function benefits(tokens: Token[], j: number, i: number): boolean {
  if (!BENEFIT.test((tokens[j] as Token).text) || j !== i - 1) return false;
  if (!/^[وف]?ال\S+ين$/u.test((tokens[i] as Token).text)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const tok = tokens[k] as Token;
    // `بعد أن`, `قبل أن`: a time clause, not the claim.
    const timed = /^(?:بعد|قبل|منذ)$/u.test(tokens[k - 1]?.text ?? '');
    const reported = tok.isWord && /^ب/u.test(tok.text) && !NOT_REPORTED.test(tok.text);
    if ((isComplementiser(tok) && !timed) || reported || tok.text === ':') return false;
  }
  return true;
}

/** `وهناك أنباء عن`: reports said to exist, not denied to (`لم تكن هناك أنباء`), nor mere information. */
const thereAre = (tokens: Token[], j: number): boolean =>
  THERE_ARE.test((tokens[j] as Token).text) &&
  !tokens.slice(Math.max(0, j - 2), j).some((t) => NEGATION.test(t.text)) &&
  nounOf(tokens[j + 1])?.entry.lemma !== INFORMATION;
const INFORMATION = norm('معلومات');
/** `تزامن الحادث … مع أنباء عن`: reports that something happened, with which an event coincided. */
const coincidedWith = (tokens: Token[], j: number): boolean =>
  (tokens[j] as Token).text === 'مع' &&
  tokens.slice(Math.max(0, j - 16), j).some((t) => /تزامن/u.test(t.text));

/** The verb of saying or attribution word that introduces the noun at `i`, looking back over fillers. */
/** نقل among the relaying verbs: to carry as well as to pass on. */
const carries = (token: Token) => /نقل/u.test(findIn(token.text, RELAYING_VERBS)?.stem ?? '');

/** People (a group or persons by function), who may carry things; sources and media only speak. */
function isPeople(token: Token | undefined, after?: Token): boolean {
  // `ونقل 66 آخرون للمستشفيات`: the people counted after their number.
  if (after && /^[0-9]+$/u.test(token?.text ?? '')) return isPeople(after);
  const cls = nounOf(token)?.entry.cls;
  return cls === 'group' || cls === 'role';
}

/** After نقل's subject, something it passes on: عن (from whom), أن / إن (what), a quotation or a colon. */
function passesWordsOn(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 9); k++) {
    const t = tokens[k] as Token;
    if (t.text === AN || t.text === 'وعن' || t.text === '"' || t.text === ':' || isComplementiser(t))
      return true;
    if (t.text === '.' || t.text === '،') return false;
  }
  return false;
}

const ARRIVED = new Set(ARRIVAL_VERBS.map(norm));
/** Negations before a verb: `لم ترد`, `دون أن ترد`, `لا ترد`. */
const NEGATED = /^[وف]?(?:لم|لا|ما)$/u;
const WITHOUT = /^[وف]?(?:ب?دون|من\s?دون)$/u;

/** `وردت أنباء عن`: reports came in, right after the verb, and the verb is not negated. */
function newsArrived(tokens: readonly Token[], j: number, i: number): boolean {
  if (i !== j + 1 || nounOf(tokens[i])?.entry.cls !== 'media') return false;
  const before = tokens[j - 1]?.text ?? '';
  if (NEGATED.test(before)) return false;
  return !(before === 'ان' && WITHOUT.test(tokens[j - 2]?.text ?? ''));
}

/** The `(` of a bracket closed at `close` around one to three words, if there is one. */
function bracketOpen(tokens: readonly Token[], close: number): number | undefined {
  for (let k = close - 1; k >= Math.max(0, close - 4); k--) {
    const t = tokens[k] as Token;
    if (t.text === '(') return k < close - 1 ? k : undefined;
    if (!t.isWord) return undefined;
  }
  return undefined;
}

export function contextBefore(tokens: Token[], i: number): Context | undefined {
  let inQuote = false;
  let addressees = 0;
  let j = i - 1;
  // `أحد`, `بعض`, numbers directly before the noun belong to it.
  for (let steps = 0; j >= 0 && steps < LOOK_BACK; j--, steps++) {
    const tok = tokens[j] as Token;
    if (!tok.isWord) {
      // `علمت (الرياضي) من مصادر`: a short name in brackets is passed over like a quoted one.
      const open = tok.text === ')' && !inQuote ? bracketOpen(tokens, j) : undefined;
      if (open !== undefined) {
        j = open;
        continue;
      }
      if (tok.text === '"') inQuote = !inQuote;
      else if (!QUOTES.has(tok.text) && !COMMAS.has(tok.text)) return undefined;
      else if (!inQuote) j = asideStart(tokens, j) ?? j;
      continue;
    }
    if (inQuote) continue;
    if (reportAsObject(tokens, j, i)) return undefined;
    if (speechVerb(tok)) {
      if (/^ذكر(?:ه|ها)?$/u.test(tok.text) && MENTION_NOUN_AFTER.has(tokens[j - 1]?.text ?? ''))
        return undefined;
      // `من نشر الشائعات`, `لمجرد نفي الشائعات`, `سياسة تداول المعلومات`, `دون علم طبيب`: after a
      // preposition or such a noun, the verb's form is its verbal noun, and what follows its object.
      if (BEFORE_VERBAL_NOUN.has(tokens[j - 1]?.text ?? '')) return undefined;
      // `نقل المواطنون المصابين إلى المستشفى`: نقل carries what it takes right after the noun;
      // it passes on words only with عن, أن or a quotation after its source.
      if (carries(tok) && isPeople(tokens[i], tokens[i + 1]) && !passesWordsOn(tokens, i)) return undefined;
      if (ARRIVED.has(speechVerb(tok)?.stem ?? '') && !newsArrived(tokens, j, i)) return undefined;
      return benefits(tokens, j, i) || subjectBefore(tokens, j) ? undefined : { at: j, how: 'verb' };
    }
    if (explainedBy(tokens, j, i)) return { at: j, how: 'verb' };
    if (relativeSpeechVerb(tokens, j)) return { at: j, how: 'attribution' };
    // `رفض مسؤولو الشركة التعليق`: declining to comment says nothing a source could be the origin of.
    if (speechVerb(tok, DECLINING_VERBS))
      return declinesComment(tokens, i) ? undefined : { at: j, how: 'verb' };
    // `بعد أخبار عن دعم أربعة اتحادات له`: reports, unnamed, that something happened, in whose wake.
    if ((IN_THE_WAKE.test(tok.text) || thereAre(tokens, j) || coincidedWith(tokens, j)) && j === i - 1) {
      const reports = nounOf(tokens[i]);
      if (reports?.entry.cls === 'media' && !reports.definite && REPORT_OPENS.test(tokens[i + 1]?.text ?? ''))
        return { at: j, how: 'attribution' };
      return undefined;
    }
    // `وحسب قول الأطباء`, `بحسب تعبير أحد المواطنين`, `وفقا لقول السكان`: by the words of.
    if (WORDS_OF.test(tok.text) && BY_WORDS.test(tokens[j - 1]?.text ?? ''))
      return { at: j - 1, how: 'attribution' };
    if (findIn(tok.text, ATTRIBUTION_WORDS)) {
      // `شهادات شكر وتقدير لجميع أعضاء الفرق`: a word of attribution has no addressee; what was
      // passed over as one (`لجميع`) says the word means something else (appreciation for).
      if (addressees > 0) return undefined;
      // `وسط أنباء`, `في ظل تقارير`: amid reports; `وسط مجموعة من الطلاب` is a place among people.
      if (AMID.test(tok.text) && nounOf(tokens[i])?.entry.cls !== 'media') return undefined;
      return { at: j, how: 'attribution' };
    }
    if (tok.text === AN || tok.text === 'وعن') {
      // `نقلت وكالة رويترز عن 3 مصادر`: `عن` after a verb of passing on a report.
      // Over an outlet's quoted name (`نقلت شبكة "سي إن إن" عن …`: its إن is no complementiser),
      // to a relaying verb, also with the report as its pronoun object (`ما نقلته الوكالة عن`).
      let quoted = false;
      for (let k = j - 1; k >= Math.max(0, j - LOOK_BACK); k--) {
        const t = tokens[k] as Token;
        // Normalised text writes every quotation mark as `"`.
        if (t.text === '"') quoted = !quoted;
        if (!quoted && isComplementiser(t)) return undefined;
        if (findIn(t.text, RELAYING_VERBS) || findIn(t.text.replace(OBJECT_PRONOUN, ''), RELAYING_VERBS))
          return { at: k, how: 'attribution' };
      }
      return undefined;
    }
    // `وسط تأكيد من قيادي عسكري`, `تصريحات من مسؤولين`: an attribution word with its maker.
    if (
      tok.text === 'من' &&
      tokens[j - 1]?.isWord &&
      findIn((tokens[j - 1] as Token).text, ATTRIBUTION_WORDS)
    )
      return { at: j - 1, how: 'attribution' };
    if (tok.text === IN) {
      // `مزاعم في وسائل إعلام`.
      const prev = tokens[j - 1];
      if (prev?.isWord && findIn(prev.text, ATTRIBUTION_WORDS)) return { at: j - 1, how: 'attribution' };
      return undefined;
    }
    // `عدد من السكان` counts them; `عدد سكان المدينة` is a population figure.
    if (tok.text === 'عدد' && tokens[j + 1]?.text !== 'من') return undefined;
    if (/^[0-9]/.test(tok.text) || findIn(tok.text, FILLERS)) continue;
    // `ووفقا لنفس المصادر`: "the same", with the preposition of وفقا لـ on it.
    if (tok.text.replace(/^ل/u, '') === SAME_BEFORE) continue;
    // `قال لـ"عكاظ" مصدر`, `قال لرويترز مسؤول`: an addressee between the verb and its subject.
    if ((tok.text === 'ل' || /^ل[^ا]/.test(tok.text)) && addressees++ < 2) continue;
    return verbBeforeObject(tokens, j, i);
  }
  return undefined;
}

/** A count before من and the noun (`اثنان من أعضاء`, `3 من المسؤولين`). */
const COUNTED = /^(?:[0-9]+|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|عدد|بعض)$/u;
/**
 * `وأكد مقتله في قصف أميركي - حسب الوكالة - اثنان من أعضاء الحركة`: the verb of saying comes first,
 * its object (a word with a pronoun: مقتله، وفاتها) and a few words after it, then the counted
 * subject. From `j`, the first word the walk back could not pass, a verb of saying a few words
 * further back whose next word carries the object pronoun.
 */

function verbBeforeObject(tokens: Token[], j: number, i: number): Context | undefined {
  // The count is where the noun's phrase begins (`i`), or right before the noun.
  // …or one or some of a group (`كشف عنه أحد أقارب المعتقلين`, `وأكد الخبر أحد المسؤولين`).
  const oneOf = ONE_OR_SOME.has(tokens[i]?.text ?? '') || ONE_OR_SOME.has(tokens[i - 1]?.text ?? '');
  const counted =
    oneOf ||
    (COUNTED.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === 'من') ||
    (tokens[i - 1]?.text === 'من' && COUNTED.test(tokens[i - 2]?.text ?? ''));
  if (!counted) return undefined;
  for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
    const tok = tokens[k] as Token;
    // Not across the claim's أن (`وقالت الوكالة إن أربعة من قادة الحزب قتلوا`).
    if (!tok.isWord || isComplementiser(tok)) return undefined;
    const object = tokens[k + 1]?.text ?? '';
    // (normalised, ة is ه: a word with the article is no object pronoun's host: `الوكالة`);
    // a pronoun after a preposition is one too (`كشف عنه`, `أفاد به`). After one of a group the
    // object may be a noun with the article (`وأكد الخبر أحد المسؤولين`): a verb of saying does
    // not take `أحد` as its object.
    const pronoun =
      (/\S{3,}(?:ه|ها|هم)$/u.test(object) && !object.startsWith('ال')) ||
      /^(?:عن|ب|من|ل)(?:ه|ها|هم)$/u.test(object);
    if (speechVerb(tok) && (pronoun || (oneOf && k === j - 1 && object.startsWith('ال'))))
      return { at: k, how: 'verb' };
  }
  return undefined;
}
