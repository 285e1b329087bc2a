/**
 * A claim passed around (`تداولت مواقع التواصل أن …`, `ما تناقلته وسائل الإعلام بشأن …`): the
 * media or networks that pass it on are its unnamed origin only when what they pass is a claim.
 */
import { norm } from '../../normalize';
import type { Token } from '../../tokens/tokenize';

/** Relative pronouns: after one, a verb describes the noun before it. */
export const RELATIVES = new Set(['الذي', 'التي', 'الذين']);

/** Verbs of passing news around (`تداولت`, `يتناقلون`, `تداوله`); تناقل only carries a claim with one. */
export const CIRCULATING = /^[وف]?(?:تداول|يتداول|تتداول|تناقل|يتناقل|تتناقل)/u;
export const HANDED_ON = /^[وف]?(?:تناقل|يتناقل|تتناقل)/u;
/** What was passed around is about (`ما تناقلته الصحف بشأن …`, `عن`, `حول`, `من أن`). */
const ABOUT = /^(?:عن|بشان|حول|من)$/u;
const COMMAS_AND_QUOTES = /^[،,"«»“”]$/u;
const WHEN = /^[وف]?(?:عندما|حين|حينما|لما|اذ|بعدما|بينما|فيما)$/u;
/** The verb's object as a pronoun (`تناقلته`, `تداولتها`): what is passed was named before it. */
const OBJECT_PRONOUN = /(?:ته|تها|ه|ها)$/u;
/** `مواقع التواصل`, `وسائل التواصل`, `شبكات التواصل`: social networks. */
export const SOCIAL = norm('التواصل');
/** What is passed around when it is a claim: news, a rumour, reports, or a clause (`أن`, `من أن`). */
const PASSED_CLAIM =
  /^(?:ال)?(?:انباء|اخبار|خبر|نبا|اشاعه|اشاعات|شايعه|شايعات|تقارير|تقرير|معلومات|روايه|روايات|مزاعم|ادعاءات|ان|انه|انها|بان|بانه|بانها)$/u;

/** Reports, news, statements, accounts, rumours, leaks, indefinite (normalised), with ف or ب. */
export const REPORT_NOUN =
  /^[فب]?(?:خبر|نبا|انباء|اخبار|تقرير|تقارير|تصريح|تصريحات|روايه|روايات|اشاعه|اشاعات|شايعه|شايعات|معلومات|تسريبات)$/u;
/**
 * An indefinite report or statement just before the verb, which describes it (`خبر جديد تناقلته
 * وسائل الإعلام`, `في تصريح تناقلته وسائل إعلام إيرانية`): what the media pass around is a claim.
 */
export const indefiniteReportBefore = (tokens: Token[], verb: number): boolean =>
  REPORT_NOUN.test(tokens[verb - 1]?.text ?? '') ||
  (REPORT_NOUN.test(tokens[verb - 2]?.text ?? '') && /^(?!ال)\S{3,}$/u.test(tokens[verb - 1]?.text ?? ''));

/**
 * A claim among the few words after the verb at `verb` and the source's description (ending at
 * `end`). Not in a relative clause (`طالبة تبوك التي تناقلت وسائل الإعلام خبرها`, `القصص التي
 * تناقلتها`): the story is one the article tells, not a claim resting on the media; `ما تناقلته`
 * ("what was passed around") is the claim itself.
 */
export function claimPassed(tokens: Token[], verb: number, end: number): boolean {
  const v = tokens[verb] as Token;
  if (RELATIVES.has(tokens[verb - 1]?.text ?? '')) return false;
  const what = tokens[verb - 1]?.text === 'ما';
  if (OBJECT_PRONOUN.test(v.text) && !what) return indefiniteReportBefore(tokens, verb);
  const from = Math.min(verb, end) + 1;
  const to = Math.max(verb, end) + 6;
  for (let k = from; k < to && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.isWord ? WHEN.test(t.text) : !COMMAS_AND_QUOTES.test(t.text)) return false; // `ما تناقلته الصحف عندما …`
    if (PASSED_CLAIM.test(t.text) || (what && ABOUT.test(t.text))) return true;
  }
  return false;
}

/** A present verb of spreading (`تنشر`, `تروج`) right after its subject (a definite word or a closing quote). */
export const objectAfterSubject = (tokens: Token[], at: number): boolean =>
  /^[وف]?[يت](?:نشر|بث|روج|سرب|طلق|نقل)$/u.test((tokens[at] as Token).text) &&
  /^(?:ال\S|["»”])/u.test(tokens[at - 1]?.text ?? '');
