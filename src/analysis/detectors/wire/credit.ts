/**
 * What makes a mention of an outlet a credit: a reporting verb or credit word before it, `لـ`
 * on it after a verb of saying (told), parentheses, a reporting verb after it — or a topic word
 * that makes it only the subject of the news.
 */
import { DENY_VERBS } from '../../lexicons/denial';
import { SPEECH_FORMS } from '../../tokens/classes';
import type { Mention } from './mention';
import {
  BREAK_AFTER,
  CLAIM_VERBS,
  describesOutlet,
  FILLERS,
  INTERVIEW_NOUNS,
  INTERVIEW_WITH,
  innerBreak,
  inSet,
  lastVisible,
  lookup,
  normSet,
  REACH_AHEAD,
  RELAYS,
  STAFF,
  STUDY_WORD,
  strip,
  TOPICS,
  VERBS,
  WORDS,
  wordsAfter,
  wordsBefore,
} from './words';

/** A programme or the air an outlet carries (normalised): `في برنامج`, `خلال حلقة`, `على الهواء`. */
const PROGRAMME = new RegExp(`^[وف]?[بل]?(?:ال)?(?:برنامج|برامج|حلق[هت]|هواء|${INTERVIEW_NOUNS})`, 'u');

export type Credit = 'told' | 'verb' | 'after' | 'parens' | 'dateline' | 'footer' | 'topic' | undefined;

/** `أن`, `إن`, `بأنه`: the claim has begun. */
export const CLAIM_START = /^[وف]?ب?[اأإ]ن(?:ه|ها|هم|هما)?$/;
/** A verb of passing on is the word right before `start` (`ونقلت شانا عن`). */
export const relaysRightBefore = (t: string, start: number): boolean =>
  RELAYS.test(strip(wordsBefore(t, start, 1)[0]?.raw ?? '').replace(/^[وف]/u, ''));
/** The claim opens with the word right after `end` (`إن`, `أن`, `بأن`). */
export const claimRightAfter = (t: string, end: number): boolean =>
  CLAIM_START.test(strip(wordsAfter(t, end, 1)[0] ?? ''));

/**
 * Words after which an outlet with لـ is the one told, besides the verbs of saying: denying or
 * declining to it (`نفى المتحدث لـ«عكاظ» صحة …`, `رفض التعليق لـ«الرؤية»`).
 */
const TOLD_AFTER = normSet([...DENY_VERBS, 'نافيا', 'التعليق', 'تعليق', 'الحديث', 'التصريح']);

/**
 * Is there a reporting verb or credit word earlier in the clause? The speaker may come with a
 * long title set off by commas (`قال العميد …، المتحدث باسم قوات …، لـ«الشرق الأوسط»`), so the
 * reach is long, but not across the start of a claim (`قال إن الحكومة سمحت لقناة …`) that far back.
 */
export function speaksBefore(t: string, end: number): boolean {
  let claim = false;
  for (const [k, w] of wordsBefore(t, end, 24).entries()) {
    if (BREAK_AFTER.test(w.raw)) return false;
    if (
      lookup(w.raw, inSet(VERBS), false).hit ||
      lookup(w.raw, inSet(WORDS)).hit ||
      lookup(w.raw, inSet(TOLD_AFTER), false).hit
    )
      return !claim || k < 14;
    if (innerBreak(w.raw)) return false;
    if (CLAIM_START.test(strip(w.raw))) claim = true;
  }
  return false;
}

const JOURNAL = /^[وفبل]*(?:ال)?(?:مجله|دوريه)(?:\s|$)/u;
const PUBLISHED = /^[وف]?(?:نشرت|نشر)(?:ها|ه)?$/u;
/** A verb of publishing right before the outlet (over في), and a study a few words before it. */
function publishedStudy(near: { raw: string }[]): boolean {
  const words = near.map((w) => strip(w.raw));
  const verb = words[0] === 'في' ? 1 : 0;
  return PUBLISHED.test(words[verb] ?? '') && words.slice(verb + 1, verb + 7).some((w) => STUDY_WORD.test(w));
}

/** A verb of saying among the few words before `عبر`, with no claim opener between (the outlet is its medium). */
function saysVia(before: { raw: string }[]): boolean {
  for (const w of before) {
    if (BREAK_AFTER.test(w.raw) || innerBreak(w.raw) || CLAIM_START.test(strip(w.raw))) return false;
    // A verb of saying, not any reporting verb nor one of passing on (`تنقل الكهرباء عبر شبكة`: is carried).
    const verb = SPEECH_FORMS.get(strip(w.raw));
    if (verb && !/نقل/u.test(verb.stem)) return true;
  }
  return false;
}

/** A colon right after the outlet's name, over its closing quote: the outlet's or the speaker's words follow. */
export const colonRightAfter = (t: string, end: number): boolean => /^\s*"?\s*:/u.test(t.slice(end, end + 5));

/** A claim begins within a few words after the mention (`الكاتب في صحيفة «زمان» فلان أن …`), in its clause. */
function claimAfter(t: string, end: number): boolean {
  // `وكتب في صحيفة «…»: «…»`: a colon right after the name opens the words.
  if (colonRightAfter(t, end)) return true;
  for (const raw of wordsAfter(t, end, 7)) {
    if (CLAIM_START.test(strip(raw))) return true;
    if (/[.،,:؛]$/.test(raw)) return false;
  }
  return false;
}

// …and `وأفادت مصادر محلية «الرياض» بـ`: sources informed the outlet.
const INFORM = /^[وف]?(?:ابلغ|اطلع|افاد)(?:ت|وا|ا)?$/u;

/** A form of أبلغ earlier in the clause, within a dozen words (the informant may be described at length). */
function informedBefore(t: string, end: number): boolean {
  for (const w of wordsBefore(t, end, 12)) {
    if (BREAK_AFTER.test(w.raw) || innerBreak(w.raw)) return false;
    if (INFORM.test(strip(w.raw))) return true;
  }
  return false;
}

/** Requests and calls an outlet makes (`على طلب رويترز`, `لطلبات بلومبرغ`, `على اتصالات الوكالة`). */
const REQUEST = /^(?:طلب|طلبا|طلبات|اتصالات|رسايل|مكالمات)$/u;
const LEFT = /^[وف]?(?:ظلت|بقيت|تظل|تبقي)$/u;
/** `طلبا من «رويترز» للتعليق`, `طلب «الخبر» للحصول على توضيحات`: a request for comment after the outlet. */
const FOR_COMMENT = /^\s*"?\s*(?:\S+\s+)?(?:للتعليق|للتعقيب|للرد|للحصول|للاستفسار)(?![\p{L}\p{M}])/u;
/** `ولم تحصل «عكاظ» على رد`, `لم تتلق الصحيفة ردا`, `وحاولت «العربية» التواصل`: verbs of the outlet asking. */
const ASKING = /^[وف]?(?:تحصل|يحصل|تتلق|يتلق|تتلقي|يتلقي|حاولت|حاول|تحاول|يحاول|وجهت|وجه|توجه|يوجه)$/u;
const ASKED =
  /^\s*"?\s*(?:علي\s+)?(?:ردا?|تعليقا?|جوابا?|اجابه|التواصل|الاتصال|الوصول|اسيله|سوالا|استفسارات|استفسارا)(?![\p{L}\p{M}])/u;

/**
 * The outlet as the one who asked and got no answer: its request answered or not (`على طلب من
 * رويترز`, `لطلبات وكالة بلومبرغ للتعليق`; not `رفضت المحكمة طلب «الجزيرة»`, a request of
 * another kind), or its own attempt to get a reply (`لم تحصل «عكاظ» على رد`).
 */
function askedBy(t: string, m: Mention, near: readonly { raw: string }[]): boolean {
  const [w0 = '', w1 = '', w2 = ''] = near
    .slice(0, 3)
    .map((w) => (BREAK_AFTER.test(w.raw) ? '.' : strip(w.raw)));
  // `على طلب للتعليق من «الجزيرة نت»`: a request for comment, then the outlet that made it.
  if (w0 === 'من' && FOR_COMMENT.test(` ${w1}`) && REQUEST.test(w2.replace(/^ل/, ''))) return true;
  // The request word, over a من between it and the outlet (`طلبا من «رويترز»`), and the word before
  // it: answered or not (`على طلب`, `مع طلب`, `لطلبات`), left so (`وظلت رسائل «سي إن إن»`), or
  // a request for comment after the outlet (`طلب «الخبر» للحصول على توضيحات`).
  const [word, before] = w0 === 'من' ? [w1, w2] : [w0, w1];
  if (
    REQUEST.test(word.replace(/^ل/, '')) &&
    (word.startsWith('ل') ||
      before === 'علي' ||
      before === 'مع' ||
      LEFT.test(before) ||
      FOR_COMMENT.test(t.slice(m.end, m.end + 30)))
  )
    return true;
  // `وتعذر على «البيان» الوصول إلى أي مسؤول`: the outlet that could not reach anyone.
  const asked = ASKED.test(t.slice(m.end, m.end + 40));
  if (w0 === 'علي' && /^[وف]?(?:تعذر|يتعذر)$/u.test(w1)) return asked;
  return (ASKING.test(w0) && asked) || (opensClause(w0) && ASKING_AFTER.test(t.slice(m.end, m.end + 80)));
}

/**
 * The outlet first, then its attempt to reach a party (`«اليوم» بدورها حاولت الاتصال بالمتحدث`,
 * `و"سبق" تواصلت مع مسؤولي البلدية`): the outlet asked, as with the verb first.
 */
const ASKING_AFTER =
  /^\s*["»”']?\s*(?:(?:بدورها|بدوره|بدورنا|من\s+جهتها|من\s+جانبها|كذلك|ايضا)\s+)?(?:حاولت|تواصلت|اتصلت|سعت)\s+(?:مرارا\s+|عبثا\s+|جاهده\s+)?(?:(?:الي\s+)?(?:التواصل|الاتصال|الوصول)\s+)?(?:ب|مع\s|الي\s)/u;
/** Nothing before the outlet but the start of the sentence, a conjunction or a break. */
function opensClause(before: string): boolean {
  return before === '' || before === '.' || before === 'و' || before === 'ف' || /[.،,:؛]$/.test(before);
}

/** What an outlet publishes, as its own (`في تقرير لها`, `افتتاحيتها`, `في عددها الأخير`). */
const PUBLICATION =
  /^(?:تقرير|تقريرها|تقريره|مقال|مقالها|مقاله|افتتاحيه|افتتاحيتها|افتتاحيته|عددها|عدده|صفحتها|صفحاتها|نسختها|تحقيق|تحقيقها|تغطيتها|تغطيته|تحليل|تحليلها|تحليله)$/u;
const OWN = /(?:ها|ه)$/u;

/**
 * The outlet's own publication a few words after it (`اهتمت صحيفة «واشنطن بوست» الأمريكية في
 * تقرير لها`, `وخصصت «لوموند» افتتاحيتها لـ`, `وتوقفت مجلة «تايم» في عددها الأخير عند`): whatever
 * the verb before, the outlet is reporting. A bare `في تقرير` needs `لها`/`له` or its own
 * pronoun (`تقريرها`): `صحيفة «X» في تقرير لوكالة …` credits the other.
 */
function ownPublicationAfter(t: string, end: number): boolean {
  const after = wordsAfter(t, end, 6).map((raw) => ({ raw, w: strip(raw) }));
  for (let i = 0; i < after.length && i < 4; i++) {
    const { raw, w } = after[i] as { raw: string; w: string };
    if (PUBLICATION.test(w)) {
      if (OWN.test(w) && w !== 'تقرير') return true;
      const next = after[i + 1]?.w ?? '';
      // …or a report the outlet itself carried (`في تقرير نقلته عن مجلة`, `نشرته`).
      const carried = /^\S{3,}(?:ته|ه)$/u.test(next) && VERBS.has(next.replace(/(?:ته|ه)$/u, 'ت'));
      return !/[.،,:؛]$/.test(raw) && (/^(?:لها|له)$/u.test(next) || carried);
    }
    if (/[.،,:؛]$/.test(raw)) return false;
    // Over the outlet's descriptors and a preposition: `الأمريكية في تقرير`, `عبر افتتاحيتها`,
    // `على صفحتها الأولى`, `في صدارة صفحتها`.
    if (!/^(?:في|عبر|خلال|علي|صدر|صداره)$/u.test(w) && !describesOutlet(w)) return false;
  }
  return false;
}

/** A column, or figures, right before the outlet: `في مقاله "…" بـ`, `حسب أرقام`. */
const COLUMN_OR_FIGURES =
  /(?:(?:^|\s)(?:في\s+)?(?:مقال|مقاله|مقالته|مقالها|عمود|عموده|عمودها|زاويته|زاويتها)(?:\s+"[^"]{1,60}")?(?:\s+(?:ال)?منشور(?:ه)?(?:\s+\S+){0,2}?)?\s+(?:في\s+)?|(?:^|\s)[وف]?(?:ب?حسب|وفق|وفقا\s+ل)\s*(?:ارقام|احصاءات|بيانات)\s+)$/u;
/** The salutation of a letter to the paper, before its name: `سعادة رئيس تحرير`. */
const LETTER_TO_EDITOR = /^\s*(?:(?:سعاده|الي)\s+)?رييس\s+(?:ال)?تحرير\s*$/u;

/** According to (`وفقا`, `طبقا`, `تبعا`, `استنادا`) right before the outlet, with its ل. */
const ACCORDING = /^[وف]?(?:وفقا|طبقا|تبعا|استنادا)$/u;

/** What makes the mention a credit, judged from the words around it. */
export function creditOf(t: string, m: Mention, reach = 0): Credit {
  const near = wordsBefore(t, m.start, Math.max(5, reach));
  const first = near[0];
  // `سعادة رئيس تحرير صحيفة «الرياض» المحترم`: a letter to the outlet, its salutation opening the line.
  if (m.start < 40 && LETTER_TO_EDITOR.test(t.slice(0, m.start))) return 'told';
  // `في مقاله "…" بصحيفة "الجزيرة"`, `حسب أرقام مجلة «فوربس»`: a column in the outlet, the
  // outlet's figures — its own published words.
  if (COLUMN_OR_FIGURES.test(t.slice(Math.max(0, m.start - 90), m.start))) return 'verb';
  // `في لقاءات لهم مع "واس"`, `سكان تحدثوا مع رويترز`: an interview given to the outlet.
  if (INTERVIEW_WITH.test(t.slice(Math.max(0, m.start - 40), m.start))) return 'told';
  if (first && !BREAK_AFTER.test(first.raw) && lookup(first.raw, inSet(TOPICS)).hit) return 'topic';
  if (receivedCopy(t, m)) return 'verb';
  // `قال … لـ«عكاظ»`: told to the outlet, when something in the clause speaks or the line is a
  // headline credit (`مدير التعليم لـ«اليوم»: …`); not `سمحت لقناة … بالبث`.
  // `أكدت مصادر إلى «الوطن»`: told to the outlet with إلى as with لـ.
  // `وفقا للصحيفة`, `تبعا لرويترز`: according to the outlet, its report (not words said to it).
  if (first && ACCORDING.test(strip(first.raw))) return 'verb';
  const toward = first !== undefined && strip(first.raw) === 'الي';
  // …or, the outlet in quotes, with the claim right after it (`بيّن الخبير فلان لـ«الشرق الأوسط» أن`).
  if (
    (m.lam || m.lone || toward) &&
    (colonRightAfter(t, m.end) || speaksBefore(t, m.start) || (m.quoted && claimRightAfter(t, m.end)))
  )
    return 'told';
  // `رأى الكاتب في صحيفة «زمان» أن`, `مراسل قناة …`, `قال فلان من صحيفة «تقويم»`: one of the
  // outlet's writers speaks as the outlet's own.
  if (first && !BREAK_AFTER.test(first.raw)) {
    const w0 = strip(first.raw);
    const w1 = near[1] && !BREAK_AFTER.test(near[1].raw) ? strip(near[1].raw) : '';
    const staff = STAFF.has(w0) || (/^(?:في|لدي|من)$/.test(w0) && STAFF.has(w1));
    // …when the writer says something (not `استقال الصحفي من صحيفة …`, `اعتقل مراسل قناة …`).
    if (staff && (speaksBefore(t, m.start) || claimAfter(t, m.end))) return 'verb';
    // `قال أكرم كيزيلتاش من صحيفة «تقويم»`: a speaker a few words back, then من and the outlet
    // (not `تخلت عن الجزء الأكبر من «فاينانشيال تايمز»`).
    if (w0 === 'من' && m.quoted && near.slice(1, 5).some((w) => lookup(w.raw, inSet(VERBS), false).hit))
      return 'verb';
  }
  // `يطالب عضو الشرف، من خلال صحيفة «سبق»، بـ…`, `وجه السكان من خلال «عين اليوم» سؤالهم`: a
  // message passed through the outlet, named in quotes (not `من خلال موقع الجامعة`, `شبكة تربط …`).
  if (m.quoted && first && strip(first.raw) === 'خلال' && near[1] && strip(near[1].raw) === 'من')
    return 'told';
  // `وقال وزير الدفاع في إذاعة «آر تي إي» إن …`: said on the outlet's air — a verb of saying a few
  // words back, في right before the outlet, the claim right after it.
  if (
    first &&
    strip(first.raw) === 'في' &&
    claimAfter(t, m.end) &&
    near.slice(1, 5).some((w) => !BREAK_AFTER.test(w.raw) && lookup(w.raw, inSet(VERBS), false).hit)
  )
    return 'told';
  // `وقالت الطالبة في برنامج «الراصد» على قناة الإخبارية إن …`: said in a programme on the
  // outlet's air — على right before the outlet, a programme (or the air) a few words back, a verb
  // of saying before that, the claim right after.
  if (first && strip(first.raw) === 'علي' && claimAfter(t, m.end)) {
    const wider = wordsBefore(t, m.start, 8);
    if (
      wider.slice(1, 5).some((w) => PROGRAMME.test(strip(w.raw))) &&
      wider.slice(2, 8).some((w) => !BREAK_AFTER.test(w.raw) && lookup(w.raw, inSet(VERBS), false).hit)
    )
      return 'told';
  }
  if (askedBy(t, m, near)) return 'told';
  // `أبلغت مصادر موثوقة «الشرق الأوسط» بأن …`: an outlet in quotes as the object of أبلغ.
  // …and the outlet named before, as the object of أبلغ (`وأبلغت مصادر مطلعة الصحيفة بأن`).
  if ((m.quoted || m.anaphor) && informedBefore(t, m.start)) return 'told';
  // `الدراسة التي نشرتها مجلة «نيتشر»`: a journal that published a study is where the study
  // appeared; the study, not the journal, is the origin (a paper's or site's study is its report).
  if (JOURNAL.test(t.slice(m.start, m.start + 8)) && publishedStudy(wordsBefore(t, m.start, 9)))
    return undefined;
  // `حصيلة أعلنها التلفزيون`, `صور بثها الموقع`: a relative clause whose verb takes the outlet as
  // subject and the thing reported as its pronoun object.
  if (
    first &&
    /^[وف]?\S{3,}(?:ها|ه)$/.test(strip(first.raw)) &&
    VERBS.has(strip(first.raw).replace(/^[وف]?(\S+?)(?:ها|ه)$/, '$1'))
  )
    return 'verb';
  // `عبر شبكة …` right before the outlet is "via": a credit only when the clause speaks through it
  // (`وقال الوزير عبر شبكة سي إن إن`), not `تصل المياه عبر شبكة خطوط`.
  // `طالب الأهالي عبر «عكاظ» وزارة العدل بـ…`: an outlet named in quotes alone carries their message.
  if (first && strip(first.raw) === 'عبر')
    return saysVia(wordsBefore(t, first.start, 10)) || (m.quoted && !m.nounKind) ? 'told' : undefined;
  // `تقارير صحيفة الغارديان`: the reports of an outlet named with its noun (not `تقارير … اليوم`).
  if (first && m.nounKind && strip(first.raw) === 'تقارير') return 'verb';
  const claimed = claimAfter(t, m.end);
  for (const w of near) {
    if (BREAK_AFTER.test(w.raw)) break;
    if (lookup(w.raw, inSet(VERBS), false).hit || lookup(w.raw, inSet(WORDS)).hit) return 'verb';
    if (claimed && lookup(w.raw, inSet(CLAIM_VERBS), false).hit) return 'verb'; // `وتحذر الصحيفة من أن`
    if (innerBreak(w.raw) || !lookup(w.raw, inSet(FILLERS)).hit) break;
  }
  // A wire agency is rarely anything but a source: its reporting verb may stand further back
  // (`حسب ما أفادت وزارة الصحة وكالة فرانس برس`).
  for (const w of near.slice(0, reach)) {
    if (BREAK_AFTER.test(w.raw)) break;
    if (lookup(w.raw, inSet(VERBS), false).hit) return 'verb';
  }
  // `(أ ف ب)`, `(إن.بي.سي.)` with the abbreviation's last dot.
  if (t[lastVisible(t, m.start)] === '(' && /^\.?\s*\)/.test(t.slice(m.end, m.end + REACH_AHEAD)))
    return 'parens';
  // `وكانت صحيفة "الوطن" قد نشرت`, `«رويترز» علمت`; `أما صحيفة «لوموند» فكتبت` (ف after a
  // topic set off by أما).
  let k = 0;
  const after = wordsAfter(t, m.end, 4);
  for (const raw of after) {
    const w = strip(raw);
    if (VERBS.has(w) || (w.startsWith('ف') && VERBS.has(w.slice(1)))) return 'after';
    // `رويترز عن مصادر: …`: a headline's outlet passing on what sources said.
    if (k === 0 && w === 'عن' && /^(?:مصادر|مصدر|مسوول\S*|شهود)$/u.test(strip(after[1] ?? ''))) return 'verb';
    if (k++ > 2 || /[.,،:؛]$/.test(raw)) break;
    if (
      w === 'قد' ||
      // `وسبق لمجلة "فرانس فوتبول" أن كشفت`: the outlet's verb after أن.
      w === 'ان' ||
      w === 'اول' ||
      w === 'من' ||
      describesOutlet(w)
    )
      continue;
    break;
  }
  if (ownPublicationAfter(t, m.end)) return 'after';
  // `وعرجت صحيفة «غارديان» إلى القضية حيث قالت إن …`: the outlet is the subject of the verb that
  // opens the sentence (one word before it, in the feminine), and حيث and a verb of saying a few
  // words on carry its claim.
  if (near.length === 1 && first && /^[وف]?\S{2,}ت$/u.test(strip(first.raw))) {
    const later = wordsAfter(t, m.end, 12);
    for (let i = 0; i + 1 < later.length; i++) {
      const raw = later[i] as string;
      if (BREAK_AFTER.test(raw)) break;
      // …a verb with no subject of its own: the claim opens right after it (not `حيث قالت السلطات`).
      if (
        strip(raw) === 'حيث' &&
        lookup(later[i + 1] as string, inSet(VERBS), false).hit &&
        (CLAIM_START.test(strip(later[i + 2] ?? '')) ||
          (strip(later[i + 2] ?? '') === 'الي' && CLAIM_START.test(strip(later[i + 3] ?? ''))))
      )
        return 'verb';
    }
  }
  return undefined;
}

export function describe(credit: Credit): string {
  switch (credit) {
    case 'told':
      return 'said to or asked by';
    case 'parens':
      return 'credit line';
    case 'dateline':
      return 'dateline or byline';
    case 'footer':
      return 'source footer';
    default:
      return 'reported by';
  }
}

/** `… نسخة منه`, `على نسخة منها`, `صورة عنه` (normalised) right after a name: a copy of the document quoted. */
const COPY_AFTER = /^\s*"?\s*(?:علي\s+)?(?:نسخه|صوره)\s+(?:من|عن)(?:ه|ها)(?!\p{L})/u;
/** Receiving or seeing a copy (`تلقت`, `تسلمت`, `حصلت على`, `اطلعت على`). */
const RECEIVED = normSet(['تلقت', 'تلقى', 'تسلمت', 'تسلم', 'حصلت', 'حصل', 'تحصلت', 'اطلعت', 'اطلع']);

/**
 * `بيان تلقت الشرق الأوسط نسخة منه`, `في تعميم حصلت الجزيرة على نسخة منه`: the outlet that received a
 * copy of the statement it quotes is the one reporting it — the copy, not the verb, says so, so a
 * name that is also a word or a place counts here.
 */
export function receivedCopy(t: string, m: Mention): boolean {
  if (!COPY_AFTER.test(t.slice(m.end, m.end + 24))) return false;
  const [w] = wordsBefore(t, m.start, 1);
  return w !== undefined && !BREAK_AFTER.test(w.raw) && lookup(w.raw, inSet(RECEIVED), false).hit === true;
}

/** Outlets whose name is otherwise a place, never an adverb or a common noun (الأناضول، فارس). */
export const PLACE_ONLY = new Set(['anadolu', 'fars', 'tasnim']);

/** A reporting verb or credit word is the word right before `at` (`ذكرت الأناضول`), or before its عن (`نقلا عن الألمانية`). */
export function creditRightBefore(t: string, at: number): boolean {
  const [w, w2] = wordsBefore(t, at, 2);
  const credits = (x: typeof w) =>
    x !== undefined &&
    !BREAK_AFTER.test(x.raw) &&
    (lookup(x.raw, inSet(VERBS), false).hit === true || lookup(x.raw, inSet(WORDS)).hit === true);
  return credits(w) || (w !== undefined && strip(w.raw) === 'عن' && credits(w2));
}
