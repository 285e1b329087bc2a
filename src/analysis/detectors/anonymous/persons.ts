/**
 * Who an unnamed person or group is, by the words beside it: a named firm's analysts, a person who
 * knows the matter, the official last remembered in the article.
 */
import { INFORMANT_WORDS, NOUNS } from '../../lexicons/anonymous';
import { speechVerb } from '../../tokens/classes';
import { norm } from '../../normalize';
import type { Token } from '../../tokens/tokenize';
import type { Memory } from './memory';
import { isComplementiser, NATIONALITY_FORMS, NISBA, PREPOSITIONS } from './words';

/** Nouns that open a firm's name (`بنك الاستثمار جيفريز`, `مجموعة سيتي`). */
const FIRM = new Set(['بنك', 'مصرف', 'شركه', 'مجموعه', 'موسسه', 'بيت', 'دار'].map(norm));

/**
 * `المحللون في بنك الاستثمار جيفريز`, `المحللون في "مورننج-ستار"`: a named firm's analysts speak
 * for its published research (ANNOTATION.md), unlike `محللون في المنطقة`.
 */
export function atNamedFirm(tokens: Token[], i: number, end: number): boolean {
  // `وبحسب خبراء شركة "زيمبريوم"`: the firm in construct, named in quotes right after.
  if (FIRM.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === '"') return true;
  for (let k = i + 1; k < Math.min(end + 1, tokens.length); k++) {
    const t = (tokens[k] as Token).text;
    if (t !== 'في' && t !== 'لدي') continue;
    const at = tokens[k + 1];
    return at !== undefined && (at.text === '"' || FIRM.has(at.text));
  }
  return false;
}
const INFORMED = new Set(
  ['مطلع', 'مطلعون', 'مطلعين', 'مقرب', 'مقربون', 'مقربين', 'قريب', 'قريبون', 'قريبين'].map(norm),
);

/** `شخص مطلع …`, `أشخاص على دراية/اطلاع …`: a person described by what they know. */
export function knowsTheMatter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.text ?? '';
  if (INFORMED.has(next)) return true;
  return next === norm('على') && /^(?:درايه|اطلاع|علم|صله)$/.test(tokens[i + 2]?.text ?? '');
}

/** Lemmas of persons by function (`دبلوماسي`, `ضابط`), from the lexicon. */
const ROLE_LEMMAS = new Set([...NOUNS.values()].filter((e) => e.cls === 'role').map((e) => e.lemma));
/** The sentence where an unnamed person by function was last remembered. */
export function lastRoleSeen(memory: Memory): number | undefined {
  let last: number | undefined;
  for (const [lemma, at] of memory.lemmas)
    if (ROLE_LEMMAS.has(lemma) && (last === undefined || at > last)) last = at;
  return last;
}

/** Nouns that open a body's name (`قوة أمن الطرق`, `مجلس محافظة البصرة`, `أمين منطقة المدينة`). */
const BODY_NOUNS = new Set(
  ['مجلس', 'قوة', 'قوات', 'شرطة', 'هيئة', 'إدارة', 'لجنة', 'أمانة', 'أمين', 'جهاز', 'مركز', 'مديرية'].map(
    norm,
  ),
);
/** Present verbs that open a description of the person (`يعمل في`, `يشارك في`, `يقيم في`). */
export const RELATIVE_VERB = /^[يت](?:عمل|شارك|قيم|شغل|تولي|راس)$/u;

/**
 * One person by function named by the office right after the title (`قائد الحرس الثوري`, `عضو
 * المجلس البلدي`), by a construct chain ending in a definite noun (`مساعد وزير الخارجية`), or by a
 * body's name of two words (`قائد قوة أمن الطرق`, `عضو مجلس محافظة البصرة`): one office holder.
 */
export function namesAnOffice(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const after2 = tokens[i + 2];
  if (!next?.isWord) return false;
  // (`مسؤول ألماني`: a nationality that begins with ال is an adjective, not a body's name.)
  if (/^ال/.test(next.text) && !NATIONALITY_FORMS.has(next.text)) return true;
  if (after2?.isWord && /^ال/.test(after2.text)) {
    const t = next.text;
    // `دبلوماسي يتابع الوضع`, `موظف يعمل في الشركة`: a relative clause describes, it names no office.
    // `نقلت القناة عن مسؤول أن المفاوضات …`: the claim begins; no office.
    return !(
      isComplementiser(next) ||
      INFORMANT_WORDS.has(t) ||
      PREPOSITIONS.has(t) ||
      NISBA.test(t) ||
      /^[بل]/.test(t) ||
      speechVerb(next) !== undefined ||
      RELATIVE_VERB.test(t)
    );
  }
  return (
    BODY_NOUNS.has(next.text) &&
    after2?.isWord === true &&
    !after2.text.startsWith('ال') &&
    /^ال/.test(tokens[i + 3]?.text ?? '')
  );
}

/** People who speak for no body (a man, a driver, a witness, a tweeter): unnamed, but no official. */
const PRIVATE_PERSONS = new Set(['رجل', 'امرأة', 'سائق', 'شاب', 'شاهد', 'شخص', 'مغرد'].map(norm));

/** How the tooltip names an unnamed person known by function. */
export const unnamedRole = (lemma: string, office: boolean): string =>
  office
    ? 'the unnamed official introduced earlier'
    : PRIVATE_PERSONS.has(lemma)
      ? 'an unnamed person'
      : 'an unnamed official or insider';
