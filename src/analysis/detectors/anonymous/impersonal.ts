/**
 * `ويقال إن …`, `وقيل إن`, `ويشاع أن`, `وتردد أن`, `وأفيد بأن`, `وتمت الإشارة مرارا إلى`,
 * `ويتداول بين الناس أن`: a claim passed on with no one saying it (ANNOTATION.md: vague
 * attribution). The impersonal or passive verb is the whole source. Not `وعلمت «عكاظ» أن`, the
 * outlet's own finding: 13 of the 20 such sentences in the labelled sets are not anonymous (an
 * early rule marked them on 6 of 8; the later splits turned it round).
 */
import { WORD_CHAR_CLASS } from '../../word-chars';
import type { Span } from '../../types';
import { hot } from '../../lexicon';
import { DENY_VERBS, FALSE_WORDS, REFUTE_VERBS, REJECT_VERBS } from '../../lexicons/denial';
import { norm } from '../../normalize';

/** Text the pattern needs, as one cheap scan. */
export const IMPERSONAL_GATE = hot(
  /يقال|قيل|يشاع|اشيع|افيد|تردد|يتداول|الاشاره|^\s*[وف]علم\s|(?:في|عبر|علي)\s+(?:بعض\s+)?(?:ال)?(?:وسايل|مواقع|صحف|وسايط|منصات|شبكات|اعلام)|(?:حسب|وفق|وفقا\s+ل|طبقا\s+ل)\s*ما\s|(?:يجري|يدور|جري)\s+الحديث|كما\s+(?:نشر|ذكر|اشيع|اشير)/u,
);

const IMPERSONAL = new RegExp(
  [
    // The verb, then the claim (`أن`, `بأن`, `إن`), over an adverb; not `كما يقال` (as the
    // saying goes), `والحق يقال` (truth be told) nor `ما يقال إنها …` (what is said to be: the
    // topic, usually of a denial); `فيما تردد أنه` (while it was rumoured that) is a claim passed on.
    // …and what is said of the one asked (`يقال إنك مغمور`, in an interview's question).
    `(?<!${WORD_CHAR_CLASS})(?<!(?:^|\\s)[وف]?(?:ك|م)?ما\\s|الحق\\s)(?<verb>[وف]?(?:يقال|قيل|يشاع|اشيع|افيد|يتردد|تردد))(?:\\s+(?:ايضا|مؤخرا|كذلك|اليوم|امس))?\\s+(?:ان|انه|انها|انهم|انك|انكم|بان|بانه|بانها|بانك)(?!${WORD_CHAR_CLASS})`,
    // `وعُلم أن …` opening the sentence: learned, from no one named (the passive; a verb of
    // learning with a subject has it right after: `وعلم الوزير أن`).
    `^\\s*(?<learnedFrom>[وف](?:كما\\s+)?علم)\\s+(?:ان|انه|انها|انهم|بان|بانه|بانها)(?!${WORD_CHAR_CLASS})`,
    // `حيث أفيد عن تواصله مع …`: reported, about something, by no one named.
    `(?<!${WORD_CHAR_CLASS})(?<reported>[وف]?(?:افيد|يفاد))\\s+عن(?!${WORD_CHAR_CLASS})`,
    // Said among people (`يتداول بين الناس`, `تردد بين الأهالي`).
    `(?<!${WORD_CHAR_CLASS})(?<among>[وف]?(?:يتداول|يتردد|تردد))\\s+(?:بين|في\\s+اوساط)(?!${WORD_CHAR_CLASS})`,
    // What was passed around in the media, named as such (`ما تردد في بعض وسائل الإعلام`, `خلافا
    // لما تم تداوله في مواقع التواصل`, `بعدما نشر في الصحف أن`, `وفقا لما ورد في تقارير صحفية`),
    // even when it is then denied.
    `(?<!${WORD_CHAR_CLASS})(?<inMedia>[وف]?(?:[بلك]?ما|بعدما|حسبما)\\s+(?:تم\\s+)?(?:تردد|يتردد|ذكر|يذكر|نشر|ينشر|اثير|يثار|اشيع|يشاع|تداول|يتداول|تداوله|تناقل|يتناقل|ورد|يرد|جاء))\\s+(?:في|عبر|علي)\\s+(?:بعض\\s+)?(?:ال)?(?:وسايل|مواقع|صحف|وسايط|منصات|شبكات|اعلام|تقارير)(?!${WORD_CHAR_CLASS})`,
    // What is rumoured about something (`رغم ما يتردد عن`, `في إشارة إلى ما تردد حول`); not what a
    // party denies (`نفت ما تردد عن`: the labelled sets mark the denial alone).
    `(?<!${WORD_CHAR_CLASS})(?<rumoured>[وف]?[بلك]?ما\\s+(?:تردد|يتردد))\\s+(?:عن|حول|بشان)(?!${WORD_CHAR_CLASS})`,
    // `حسب ما علمنا`, `بحسب ما تسرب من معلومات`, `وفق ما رشح`, `حسب ما وصلني`: what reached the
    // writer from someone unnamed.
    `(?<!${WORD_CHAR_CLASS})(?<hearsay>[وف]?(?:ب?حسب\\s*ما|وفق\\s*ما|وفقا\\s+لما|طبقا\\s+لما)\\s+(?:علمنا|علمته|بلغنا|وصلني|وصلنا|تسرب|رشح|تناهي\\s+الي\\S*|وصل\\s+الي\\S*))(?!${WORD_CHAR_CLASS})`,
    // `يجري الحديث عن`, `يدور الحديث حول`: there is talk of it, from no one named; not `ودار
    // الحديث عن العلاقات`, what a meeting's talk was about.
    `(?<!${WORD_CHAR_CLASS})(?<!(?:^|\\s)[وف]?[بلك]?ما\\s)(?<talk>[وف]?(?:يجري|يدور|جري)\\s+الحديث)\\s+(?:عن|علي|حول)(?!${WORD_CHAR_CLASS})`,
    // `– كما نشر –`, `، كما أشيع،`: an aside "as was published", with no subject after it.
    `(?<!${WORD_CHAR_CLASS})(?<aside>كما\\s+(?:نشر|ذكر|اشيع|اشير))\\s*[-–—،,)]`,
    // `تمت الإشارة مرارا إلى`: pointed out, by no one named.
    `(?<!${WORD_CHAR_CLASS})(?<pointed>[وف]?(?:تمت|تم|جرت)\\s+الاشاره)(?:\\s+\\S+)?\\s+(?:الي|لي)(?!${WORD_CHAR_CLASS})`,
  ].join('|'),
  'u',
);

/**
 * Words of a denial (نفى، كذّب، رفض، غير صحيح، عار عن الصحة …): a sentence with one denies what
 * was rumoured (`نفت الشؤون الصحية اليوم ما تردد عن`), and the labelled sets mark the denial alone.
 */
let denialWords: ReadonlySet<string> | undefined;
function deniesIt(text: string): boolean {
  denialWords ??= new Set(
    [...DENY_VERBS, ...REFUTE_VERBS, ...REJECT_VERBS, ...FALSE_WORDS, 'صحة', 'صحيح', 'الصحة'].map(norm),
  );
  const words = denialWords;
  return text.split(/[^\p{L}]+/u).some((w) => words.has(w) || (/^[وف]/u.test(w) && words.has(w.slice(1))));
}

export interface Impersonal {
  /** The impersonal verb (a span in normalised text). */
  cue: Span;
  /** What the tooltip says of it. */
  why: string;
}

/** The impersonal verb of the sentence, if it has one. */
export function impersonalAttribution(text: string): Impersonal | undefined {
  if (!IMPERSONAL_GATE.test(text)) return undefined;
  const m = IMPERSONAL.exec(text);
  const g = m?.groups;
  const cue =
    g?.verb ??
    g?.among ??
    g?.pointed ??
    g?.inMedia ??
    g?.rumoured ??
    g?.reported ??
    g?.hearsay ??
    g?.talk ??
    g?.aside ??
    g?.learnedFrom;
  if (!m || !cue) return undefined;
  if (m.groups?.rumoured && deniesIt(text)) return undefined;
  const start = m.index + m[0].indexOf(cue);
  return {
    cue: { start, end: start + cue.length },
    why: 'Passed on with no one saying it (يقال، يشاع، تردد أن).',
  };
}
