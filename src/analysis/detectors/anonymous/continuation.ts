/**
 * Sentences that continue a source without naming one (`وأضاف أن …`), and sentences where a
 * named speaker takes the floor (which ends the memory of an unnamed one).
 */
import {
  type Agreement,
  CALL_VERBS,
  CONTINUATION_VERBS,
  FILLERS,
  OFFICE_TITLES,
  RELAYING_VERBS,
  TAKES_ALA,
} from '../../lexicons/anonymous';
import { norm } from '../../normalize';
import { agreementOf, nounOf, SAYING_PARTICIPLE, speechVerb } from '../../tokens/classes';
import { findIn } from '../../tokens/clitics';
import type { Token } from '../../tokens/tokenize';
import { COMMAS, isAddressee, isComplementiser, NO_SUBJECT, QUOTES, ZERO_LEADS } from './words';

const ALA = norm('على');

/**
 * `وشددت "الشركة الكويتية"، …`, `وقالت "شينخوا" إن`: a short quoted definite noun, or a short quoted
 * name the claim follows, is a named subject, not a quotation.
 */
export function quotedName(tokens: Token[], open: number): boolean {
  const first = tokens[open + 1];
  if ((tokens[open] as Token).text !== '"' || !first?.isWord || isComplementiser(first)) return false;
  for (let j = open + 2; j < tokens.length && j <= open + 6; j++) {
    if ((tokens[j] as Token).text !== '"') continue;
    const after = tokens[j + 1];
    return first.text.startsWith('ال') || (after !== undefined && isComplementiser(after));
  }
  return false;
}

/** `وأضاف أن …`, `وقال: «…»`, `إلا أنه أضاف`: a verb of saying with no subject of its own. */
export function zeroSubjectVerb(
  tokens: Token[],
): { at: number; agree: Agreement; oneOfThem?: boolean } | undefined {
  let i = 0;
  while (i < tokens.length && i < 4) {
    const t = tokens[i] as Token;
    if (!t.isWord ? QUOTES.has(t.text) : ZERO_LEADS.has(t.text)) i++;
    else break;
  }
  i = pastFrontedTopic(tokens, i);
  const verbTok = tokens[i];
  const opener = participleOpener(tokens, i);
  if (opener) return opener;
  const verb = speechVerb(verbTok, CONTINUATION_VERBS);
  if (!verb || !verbTok) return undefined;
  // `يذكر أن`, `يشار إلى`: "it is worth noting", the writer's aside, not the source speaking.
  if (verb.stem === 'يذكر') return undefined;
  // `وأوضح رغم ذلك أن …`: an aside between the verb and what it says is no subject.
  const aside = asideAfter(tokens, i + 1);
  if (aside > i + 1) {
    const said = tokens[aside];
    return said && (isComplementiser(said) || said.text === ':')
      ? { at: i, agree: agreementOf(verb.stem) }
      : undefined;
  }
  const next = tokens[i + 1];
  if (!next) return undefined;
  // `وقال أحدهما إن …` after `مصدرين`: one of the unnamed group speaks on.
  if (ONE_OF_THEM.has(next.text)) return { at: i, agree: 'pl', oneOfThem: true };
  // `وأكد المتحدث أن …` after `وقال مسؤول …`: "the one speaking", with nothing after it that
  // makes him a spokesman (باسم، الرسمي), is the unnamed speaker going on.
  if (SPEAKING_ONE.has(next.text) && tokens[i + 2] && isComplementiser(tokens[i + 2] as Token))
    return { at: i, agree: agreementOf(verb.stem) };
  const free =
    (!next.isWord && next.text !== '.' && !quotedName(tokens, i + 1)) ||
    isComplementiser(next) ||
    NO_SUBJECT.has(next.text) ||
    (next.text === ALA && TAKES_ALA.has(verb.stem)) ||
    toSomeone(next) ||
    /^ب(?:ان|أن)/.test(next.text) ||
    (CALL_VERBS.has(verb.stem) && (/^ب/.test(next.text) || next.text === 'الي'));
  if (!free) return undefined;
  return { at: i, agree: agreementOf(verb.stem) };
}

/**
 * `وقال لـ«عكاظ»`, `للصحيفة`, `لنا`, `لرويترز`: to whom the words went, so no subject; not
 * a subject that starts with ل (`وقالت لجنة الانتخابات`, `وقال لافروف`, `لاعب الفريق`).
 */
const toSomeone = (tok: Token): boolean =>
  tok.text === 'ل' ||
  /^لل/u.test(tok.text) ||
  /^ل(?:ي|نا|ه|ها|هم|هما|ك|كم|ذلك|هذا)$/u.test(tok.text) ||
  // Someone's own (`لوالديها`, `لزملائنا`); not `…ه`, which may be a ta marbuta (`لجنة`).
  /^ل\S{2,}(?:يها|يهم|يهما|نا|كم)$/u.test(tok.text) ||
  isAddressee(tok);

/** A topic set before the verb: `وحول …`, `وعن …`, `وبشأن …`, `وردا على سؤال …` (normalised). */
const FRONTED_TOPIC = /^[وف]?(?:حول|عن|بشان|بخصوص|ردا)$/u;
const TOPIC_REACH = 14;
/**
 * `وحول عدم تفعيل الاتفاقية شدد على أن …`, `وردا على سؤال عن الموعد، قال إن …`: the index of the
 * verb of saying that follows a topic set before it (within a few words, over commas), else `i`.
 */
function pastFrontedTopic(tokens: Token[], i: number): number {
  const lead = tokens[i]?.text ?? '';
  // `وفي الشأن الميداني، قال إن`: a setting with في is a topic only when a comma closes it.
  const setting = IN_SETTING.test(lead);
  if (!FRONTED_TOPIC.test(lead) && !setting) return i;
  for (let j = i + 1; j < tokens.length && j <= i + TOPIC_REACH; j++) {
    const t = tokens[j] as Token;
    if (!t.isWord && !COMMAS.has(t.text)) return i;
    // The verb after a comma or after the topic's few words, never the topic's own noun.
    if (j > i + 1 && speechVerb(t, CONTINUATION_VERBS))
      return !setting || COMMAS.has(tokens[j - 1]?.text ?? '') ? j : i;
  }
  return i;
}
const IN_SETTING = /^[وف]في$/u;

/**
 * `مشيرا إلى أن …`, `مؤكدين أن …`: a sentence that opens on a participle of saying, cut from the
 * sentence before at a full stop, goes on with that sentence's speaker; the participle's ending
 * tells who (ا one man, ة a woman or a thing, ين many). Only with the claim right after it.
 */
function participleOpener(tokens: Token[], i: number): { at: number; agree: Agreement } | undefined {
  const t = tokens[i];
  if (!t?.isWord || !SAYING_PARTICIPLE.test(t.text)) return undefined;
  let j = i + 1;
  if (tokens[j]?.text === TO) j++;
  const said = tokens[j];
  if (!said || !(isComplementiser(said) || said.text === ':')) return undefined;
  const agree: Agreement = /(?:ين|ون|ان|تين|تان)$/u.test(t.text) ? 'pl' : /ه$/u.test(t.text) ? 'f' : 'm';
  return { at: i, agree };
}
const TO = norm('إلى');

/** "One of them", "some of them" (normalised): a subject that points back to a group. */
const ONE_OF_THEM = new Set([
  ...['احدهما', 'احدهم', 'احداهما', 'احداهن', 'احدها', 'احداها', 'بعضهم', 'احدهن'],
  // `وأفاد هؤلاء بأن …` after an unnamed group: "these" are the group (normalised هؤلاء).
  'هولاء',
]);

/** "The one speaking" (normalised المتحدث، المتحدثة). */
const SPEAKING_ONE = new Set(['المتحدث', 'المتحدثه']);

/** Asides that may stand between a verb of saying and what it says (normalised words). */
const ASIDES: readonly (readonly string[])[] = [
  ['رغم', 'ذلك'],
  ['برغم', 'ذلك'],
  ['مع', 'ذلك'],
  ['في', 'الوقت', 'نفسه'],
  ['في', 'الوقت', 'ذاته'],
  ['من', 'جهه', 'اخري'],
  ['من', 'ناحيه', 'اخري'],
  ['بدوره'],
  ['بدورها'],
].map((words) => words.map(norm));

const skipCommas = (tokens: Token[], j: number): number => {
  let k = j;
  while (COMMAS.has(tokens[k]?.text ?? '')) k++;
  return k;
};

/** The index after the asides (and commas around them) from `from` on; `from` when there is none. */
function asideAfter(tokens: Token[], from: number): number {
  let j = from;
  let found = false;
  for (;;) {
    const at = skipCommas(tokens, j);
    const words = ASIDES.find((w) => w.every((word, k) => tokens[at + k]?.text === word));
    if (!words) break;
    j = at + words.length;
    found = true;
  }
  if (found) return skipCommas(tokens, j);
  // `وأوضح رغم هذه الصعوبات إلا أن …`: a concession of a few words, closed by إلا.
  if (CONCESSIVE.has(tokens[from]?.text ?? ''))
    for (let k = from + 2; k <= from + 5 && k < tokens.length; k++) {
      if (!tokens[k]?.isWord) break;
      if (tokens[k]?.text === EXCEPT) return k + 1;
    }
  return from;
}

const CONCESSIVE = new Set(['رغم', 'برغم', 'بالرغم'].map(norm));
const EXCEPT = norm('إلا');

/**
 * Does a verb of saying here have a named subject of its own (`وقال سميردون`, `وأفادت رويترز`)?
 * `titled` when that subject is introduced by an office (`وقال وزير الدفاع سامي الحربي`).
 */
export function namedSpeaker(tokens: Token[]): { titled: boolean } | undefined {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!speechVerb(tokens[i])) continue;
    const next = tokens[i + 1] as Token;
    if (!next.isWord) continue;
    if (isComplementiser(next) || NO_SUBJECT.has(next.text) || /^[لب]/.test(next.text)) continue;
    if (findIn(next.text, FILLERS) || nounOf(next) || /^[0-9]/.test(next.text)) continue;
    return { titled: findIn(next.text, OFFICE_TITLES) !== undefined };
  }
  return undefined;
}

/** The pronoun after `عن` and whom it points back to. */
const FROM_PRONOUN: Readonly<Record<string, Agreement>> = { عنه: 'm', عنها: 'f', عنهم: 'pl', عنهما: 'pl' };

/**
 * `ونقلت عنه وكالة الأنباء الألمانية إن …`: a verb of passing on at the start of the sentence,
 * with `عن` and a pronoun that agrees with the unnamed source of the sentence before. Its span
 * (verb and pronoun), or undefined.
 */
export function relayedFrom(tokens: Token[], agree: Agreement): { start: number; end: number } | undefined {
  for (let i = 0; i < tokens.length - 1 && i < 3; i++) {
    const verb = tokens[i] as Token;
    if (!verb.isWord || !findIn(verb.text, RELAYING_VERBS)) continue;
    const pronoun = tokens[i + 1] as Token;
    const points = FROM_PRONOUN[pronoun.text];
    if (points === undefined) return undefined;
    return points === agree || (agree === 'pl' && points === 'f')
      ? { start: verb.start, end: pronoun.end }
      : undefined;
  }
  return undefined;
}

/** `بحسبه`, `وفقا لها`, `على حد قولهم`: the pronoun's agreement (`ه` one man, `ها` one woman, `هم` many). */
const PRONOUN_AGREES: Record<string, Agreement> = { ه: 'm', ها: 'f', هم: 'pl' };
const BY_PRONOUN = /^[وف]?ب?حسب(ه|ها|هم)$/u;
const FOR_PRONOUN = /^[وف]?(?:وفقا|طبقا|تبعا)$/u;
const THEIR_WORDS = /^(?:قول|تعبير|كلام)(ه|ها|هم)$/u;

/**
 * `وبحسبه فإن …`, `ووفقا لها`, `وعلى حد قوله`: a sentence that opens by crediting "him" or "her",
 * the unnamed speaker of the sentence before when the pronoun agrees with them.
 */
export function accordingToThem(
  tokens: Token[],
  agree: Agreement,
): { start: number; end: number } | undefined {
  const words = tokens.filter((t) => t.isWord).slice(0, 3);
  const [a, b, c] = words;
  if (!a) return undefined;
  let pronoun: string | undefined;
  let last = a;
  const by = BY_PRONOUN.exec(a.text);
  if (by) pronoun = by[1];
  else if (b && FOR_PRONOUN.test(a.text)) {
    pronoun = /^ل(ه|ها|هم)$/u.exec(b.text)?.[1];
    last = b;
  } else if (b && /^[وف]?(?:ب?حسب|علي)$/u.test(a.text)) {
    const words = a.text.endsWith('علي') && b.text === 'حد' ? c : b;
    pronoun = words ? THEIR_WORDS.exec(words.text)?.[1] : undefined;
    if (words) last = words;
  }
  if (pronoun === undefined || PRONOUN_AGREES[pronoun] !== agree) return undefined;
  return { start: a.start, end: last.end };
}
