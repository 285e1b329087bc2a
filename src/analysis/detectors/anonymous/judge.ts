import { DECLINING_VERBS, INFORMANT_WORDS, ONE_OUTLET } from '../../lexicons/anonymous';
import { FALSE_WORDS } from '../../lexicons/denial';
import { norm } from '../../normalize';
import { type NounHit, nounOf, speechVerb } from '../../tokens/classes';
import { findIn } from '../../tokens/clitics';
import type { Token } from '../../tokens/tokenize';
import { contextBefore } from './context';
import { judgementOf } from './judgement';
import { coordinatedContext } from './coordinated';
import { contextAfter, hadBefore } from './context-after';
import { afterOpeningVerb, BEFORE_NOUN_NOT_SUBJECT, claimedAfter, claimSoon } from './carried-claim';
import {
  afterBut,
  describe,
  informantNext,
  isResource,
  namedInDescription,
  namedLater,
  nameFollows,
  quantifierStart,
} from './description';
import {
  ACCUSATIVE,
  AN,
  DESCRIBING,
  ESTIMATES,
  GOVERNS_LAM,
  GROUP_NEEDS,
  BEING,
  DEMONSTRATIVES,
  FOLLOWING,
  IN_A_BODY_NAME,
  isComplementiser,
  INFORMATION_FIELD,
  PLAIN_PEOPLE,
  SAME_BEFORE,
  STUDY_AUTHORS,
  MEDIA_ADJECTIVES,
  MEDIA_NEEDS,
  MEMORY_SPAN,
  NEEDS_CLAIM,
  NEWS_AGENCY,
  OBTAINED,
  ONE,
  outletAt,
  PREPOSITIONS,
  SAME,
  VAGUE_REPORT_ADJECTIVES,
} from './words';
import { notSaid } from './expected';
import { LETTER_CLASS } from '../../word-chars';
import type { Judgement, Memory } from './memory';
import { CIRCULATING, claimPassed, HANDED_ON, objectAfterSubject, RELATIVES, SOCIAL } from './passed-around';
import { atNamedFirm, knowsTheMatter, lastRoleSeen, namesAnOffice, unnamedRole } from './persons';
import { ownedByNamedBody } from './owned';

export type { Judgement, Memory } from './memory';

/** How many sentences back `نفس المصدر` may take up an unnamed person of another noun. */
const SAME_SOURCE_SPAN = 2;
const TESTIMONY = norm('شهادة');
const CERTIFICATES = /^(?:ال)?(?:شكر|تقدير|صحيه|طبيه|علميه|جامعيه|ميلاد|وفاه|خبره|دكتوراه|ماجستير|تخرج)$/u;
const SOME = norm('بعض');
const BEFORE_WHAT_IT_NEEDS = /^[:"،,]$/u;
const OTHERS = norm('آخر');
const LEADER = norm('زعيم');
/** An adjective agreeing with a plural of persons (`زعماء مسلمون`, `قادة محليين`). */
const NISBA_PLURAL = /(?:يون|يين)$/u;
/** `قد` before a present verb (may, might), or a condition (`وإذا رأى البعض أن`). */
const MIGHT = /^[وف]?(?:قد|اذا|لو)$/u;
/** The lemma of one outlet left unnamed (`صحيفة بريطانية`). */
const UNNAMED_OUTLET = norm(ONE_OUTLET);
/**
 * Where the words were said, after the title (`وتابع الضابط في تصريحاته للقناة`, `في حديثه`,
 * `خلال لقاء`): the occasion of speaking, no part of a name.
 */
const SPEECH_EVENT = /^(?:تصريح|حديث|كلام|لقاء|مقابله|اتصال|رد)(?:ه|ها|هم|ات|اته|اتها|اتهم)?$/u;
/** `عن` within two words after a description: what it describes passes on someone else's words. */
const relays = (tokens: Token[], end: number) =>
  [0, 1, 2].some((k) => tokens[end + k]?.text === AN || tokens[end + k]?.text === 'وعن');

/** `في`, `لدى` or a bound `بال…` after a definite plural: the body its members belong to. */
const IN_BODY = /^(?:في|لدي|بال\S{2,})$/u;
const [PERSON, ANALYST, EXPERT, LAWYER] = [norm('شخص'), norm('محلل'), norm('خبير'), norm('محام')];

/** Persons by function whose `عن` says what they answer for (`مسؤول عن`, `ممثل عن`). */
const RESPONSIBLE = new Set([norm('مسؤول'), norm('ممثل')]);
const OFFICIAL = norm('مسؤول');
const [ASSERTIONS, STUDIES] = [norm('تأكيد'), norm('دراسة')];
/** `في` / `خلال` and one of `nouns` right after it, at `at`. */
const inA = (tokens: Token[], at: number, nouns: RegExp): boolean =>
  /^(?:في|خلال)$/u.test(tokens[at]?.text ?? '') && nouns.test(tokens[at + 1]?.text ?? '');
/** Researchers `في دراسة / في بحث` right after their noun: the study's authors. */
const THEIR_STUDY = /^(?:ال)?(?:دراس[هت]|دراسات|بحث|ابحاث|ورق[هت])$/u;
/** `في استطلاع / في مسح` within a few words after the group (over its adjective or its verb). */
const POLL = /^(?:استطلاع|استطلاعا|مسح|مسحا)$/u;
const inAPoll = (tokens: Token[], i: number): boolean =>
  [1, 2, 3, 4, 5].some((k) => inA(tokens, i + k, POLL));
/** Reports, information and studies, which a named body may own (owned.ts). */
const OWNED_MEDIA = new Set(['تقرير', 'معلومات', 'نبأ', 'خبر', 'تسريبات', 'دراسة'].map(norm));
/** A definite plural nisba (`الفلسطينيون`, `الأمريكيين`): officials of a nation, not one person. */
const PLURAL_NISBA = new RegExp(`^ال${LETTER_CLASS}{2,}(?:يون|يين)$`, 'u');

/** Words that call a report false (the denial lexicon's), normalised. */
const CALLED_FALSE: ReadonlySet<string> = new Set([...FALSE_WORDS, 'خاطئ', 'خاطئة'].map(norm));
/**
 * A verb in the masculine singular (`نقل`, `يتابع`) by its written form: not `ت…` (feminine present,
 * or a past such as `تناقل`), not `ورود` (a verbal noun the lexicon lists with the verbs).
 */
const masculine = (tok: Token | undefined): boolean => {
  if (/^[وف]?ورود$/u.test(tok?.text ?? '')) return false;
  const v = (tok?.text ?? '').replace(/^[وف]/u, '');
  return /^ي/u.test(v) ? !/(?:ون|ان)$/u.test(v) : !/^ت/u.test(v) && !/(?:ت|وا|ا)$/u.test(v);
};

/** Judge the source noun at `i`; a finding if it is an unnamed source of a claim. */
export function judgeNoun(
  tokens: Token[],
  i: number,
  noun: NounHit,
  memory: Memory,
  sentence: number,
): Judgement | undefined {
  const { entry } = noun;
  const tok = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const q = quantifierStart(tokens, i);
  const one = q < i && ONE.has((tokens[q] as Token).text);
  if (entry.afterBut && !afterBut(tokens, q)) return undefined;
  const before = contextBefore(tokens, q) ?? coordinatedContext(tokens, q, noun);
  const { end, named } = describe(tokens, i);
  if (named) return undefined;
  // `من المرجح أن يقول مسؤولون إن`, `ولم يؤكد مصدر آخر`: expected or not said is no report.
  if (before?.how === 'verb' && notSaid(tokens, before.at)) return undefined;
  // A headline's colon speaks for an indefinite source, a vague group or media first in it (`مصادر:`,
  // `خبراء:`, `وسائل إعلام يونانية:`; not `وتضم قاعدة معلومات … هي:`); not for a person by function
  // (`مسؤولون: …`), whom the article most often names below.
  const headline =
    !noun.definite && (entry.cls === 'source' || entry.cls === 'group' || (entry.cls === 'media' && i === 0));
  const direct = before ? undefined : contextAfter(tokens, i, end, headline);
  const claimed = before || direct !== undefined ? undefined : claimedAfter(tokens, q, noun, end);
  const after = direct ?? claimed;
  // `لمسؤولين`, `لوسائل الإعلام`: an addressee or a genitive, unless governed by `وفقا لـ` or the
  // subject of a verb of its own (`تقريرا لمسؤول كبير قال إن …`).
  if (
    q === i &&
    noun.prep === 'ل' &&
    (after === undefined || (entry.cls !== 'source' && entry.cls !== 'role' && !hadBefore(tokens, i))) &&
    !(before && findIn((tokens[before.at] as Token).text, GOVERNS_LAM))
  )
    return undefined;
  const hasContext = before !== undefined || after !== undefined;
  // `تعد مصدرا حيويا للعملة`, `أصبح مسؤولا عن`, `تعتبر المصدر المغذي لنجاحها`: an accusative or a
  // definite source after a verb of being or considering is what something is, not who speaks.
  const predicate =
    ACCUSATIVE.test(tok.text) || (noun.definite && entry.cls === 'source' && !claimSoon(tokens, end, 2));
  if (before?.how === 'verb' && predicate && BEING.test((tokens[before.at] as Token).text)) return undefined;
  // `كانوا يرددون هتاف …`, `أغنية يرددها الأهالي`, `اتفق الطرفان على موعد`: no claim after them.
  const said = before?.how === 'verb' ? before.at : after;
  if (
    said !== undefined &&
    NEEDS_CLAIM.test((tokens[said] as Token).text) &&
    // (Where they said it may come first: `يردد الدعاة في خطبهم أن`.)
    !claimSoon(tokens, Math.max(said + 1, end), 8)
  )
    return undefined;
  let why: string | undefined;

  switch (entry.cls) {
    case 'source': {
      if (isResource(tokens, i, before?.how === 'verb', hasContext)) return undefined;
      if (noun.definite && entry.number === 'du' && !hasContext) return undefined; // المصدرين: exporters
      // `المصدر: رويترز` is a footer; `وقالت المصادر: …` after a verb of saying is the source speaking.
      if (noun.definite && next?.text === ':' && before?.how !== 'verb') return undefined;
      // `بحسب المصدر نفسه` with no unnamed source before it: the source is the body named earlier;
      // after `قال ضابط …`, `وأضاف نفس المصدر` is the unnamed person just marked.
      const same =
        noun.definite &&
        entry.number === 'sg' &&
        !one &&
        (SAME.has(next?.text ?? '') || prev?.text === SAME_BEFORE);
      if (same && !memory.lemmas.has(entry.lemma) && sentence - memory.lastIndex > SAME_SOURCE_SPAN)
        return undefined;
      if (same && (hasContext || claimSoon(tokens, end) || afterOpeningVerb(tokens, i - 1)))
        why = 'the unnamed source again';
      else if (hasContext) why = noun.definite ? 'the unnamed source again' : 'an unnamed source';
      // Without a verb, a bare noun that reads as an informant (`مصادر مطلعة`, `مصدر أمني`); after
      // `بـ` only an informant word proper (`استشهدت بمصادر قريبة`), not `بمصادر تغذية مائية`.
      else if (!noun.definite && noun.prep === '' && informantNext(tokens, i)) why = 'an unnamed source';
      else if (!noun.definite && noun.prep === 'ب' && INFORMANT_WORDS.has(next?.text ?? ''))
        why = 'an unnamed source';
      // `ولم يغفل المصدر التأكيد على أن …`: the unnamed source introduced before, its claim opened
      // by أن a few words on, whatever verb carries it.
      // Not after a preposition (`وبالعودة إلى المصدر فإن`) nor before a relative (`المصدر الذي يزعم`).
      else if (
        noun.definite &&
        noun.prep === '' &&
        memory.lemmas.has(entry.lemma) &&
        !BEFORE_NOUN_NOT_SUBJECT.has(prev?.text ?? '') &&
        !RELATIVES.has(next?.text ?? '') &&
        (claimSoon(tokens, end) || afterOpeningVerb(tokens, i))
      )
        why = 'the unnamed source again';
      break;
    }
    case 'role': {
      if (namedInDescription(tokens, i, end)) return undefined;
      // A person (`شخص`, `أشخاص`) is a source only as an informant: `مطلع على الأمر`, `على دراية`.
      if (entry.lemma === PERSON && entry.number !== 'du' && !knowsTheMatter(tokens, i)) return undefined;
      // A man or a woman speaks only as the verb's subject with the claim close after
      // (`قالت امرأة إنها شاهدت`), not as whom a story is about (`تتحدث عن رجل`, `تزعمها رجل`).
      if (
        PLAIN_PEOPLE.has(entry.lemma) &&
        !(before?.how === 'verb' && before.at === q - 1 && claimSoon(tokens, end))
      )
        return undefined;
      // `مسؤول عن`: responsible for; but `وتحفظ المسؤول عن …`: the عن is the declining verb's, and
      // after any other person (`تحدث ناشطون عن`) it is the verb's (talked about). Officials in
      // charge of something who make a claim are informants (`قال مسؤولون عن الحملة إن`).
      if (
        next?.text === AN &&
        RESPONSIBLE.has(entry.lemma) &&
        !(before && speechVerb(tokens[before.at], DECLINING_VERBS)) &&
        !(before && !noun.definite && claimSoon(tokens, end, 7))
      )
        return undefined;
      if (!hasContext) return undefined;
      // `ثلاثة من المسؤولين`, `بعض المسؤولين`: a count or part of a definite plural names no one.
      const indefinite = !noun.definite || q < i;
      // `وقال دبلوماسي غربي … وأضاف المسؤول:`: "the official" names again any unnamed person by
      // function just before, whatever the word that introduced him.
      const seen =
        memory.lemmas.get(entry.lemma) ??
        (entry.lemma === OFFICIAL && entry.number === 'sg' ? lastRoleSeen(memory) : undefined);
      const recent = seen !== undefined && sentence - seen <= MEMORY_SPAN;
      // `المسؤول الأميركي جون كيري`: a bare word after the title is a name — a bare nisba too
      // (`المحلل السياسي ناجي السامعي`): an adjective of a definite noun has the article.
      const unnamedTail = () => {
        for (let j = i + 1; j < end; j++) {
          const t = (tokens[j] as Token).text;
          if (SAME.has(t) || SPEECH_EVENT.test(t)) continue;
          // `ذكرها المسؤول لوكالة رويترز`, `وأبلغ المسؤول رويترز`: to whom he said it ends what describes him.
          if ((/^ل\S{2,}/u.test(t) && !t.startsWith('ال')) || (j === i + 1 && outletAt(tokens, j)))
            return true;
          if (!/^(?:ال|ب|ل|و)/.test(t) && !PREPOSITIONS.has(t)) return false;
        }
        return true;
      };
      if (indefinite) {
        if (namedLater(tokens, i)) return undefined;
        const office = !one && entry.number === 'sg' && namesAnOffice(tokens, i);
        // …unless an unnamed official of that kind spoke just before: `مسؤول الاتحاد الأوروبي`
        // after `مسؤول كبير في الاتحاد الأوروبي` is the same unnamed person, made definite.
        if (office && !(recent && unnamedTail())) return undefined;
        why = unnamedRole(entry.lemma, office);
      } else if (entry.number === 'pl' && next?.isWord && PLURAL_NISBA.test(next.text) && unnamedTail()) {
        // `وقال المسؤولون الفلسطينيون`: a nation's officials as a body, no one identifiable.
        why = 'unnamed officials';
      } else if (entry.number === 'pl' && next?.isWord && IN_BODY.test(next.text) && unnamedTail()) {
        // `وقال المسؤولون في الوزارة إن`, `أكد المسؤولون بالشركة`: a body's officials, none named.
        why = 'unnamed officials';
      } else if (
        entry.number === 'pl' &&
        before?.how === 'verb' &&
        before.at === q - 1 &&
        isComplementiser(next) &&
        // (not `قال المسؤولون إننا`: the writer's own officials talking to him)
        !/^[وف]?ب?ان(?:نا|ني|ي)$/u.test(next?.text ?? '')
      ) {
        // `وقال المسؤولون إن …`, `ويقول الدبلوماسيون إن`: a body of officials right between their
        // verb and their claim, with nothing that names them, are unnamed officials.
        why = 'unnamed officials';
      } else {
        if (!recent || !unnamedTail()) return undefined;
        why = 'the unnamed official introduced earlier';
      }
      break;
    }
    case 'group': {
      if (!hasContext) return undefined;
      // `مفوضية الأمم المتحدة لشؤون اللاجئين`: the group names what a body looks after.
      if (prev?.isWord && IN_A_BODY_NAME.has(prev.text)) return undefined;
      const needs = GROUP_NEEDS.get(entry.lemma);
      // …the word it needs may come after a colon, a comma or an opening quote (`يقول البعض: "إن …"`,
      // `ويقول البعض، إن`).
      const needed = tokens.slice(i + 1, i + 4).find((t) => t.isWord || !BEFORE_WHAT_IT_NEEDS.test(t.text));
      if (needs && !(needed?.isWord && needs.has(needed.text.replace(/^(?:ال)/, '')))) return undefined;
      if ([ANALYST, EXPERT, LAWYER].includes(entry.lemma) && atNamedFirm(tokens, i, end)) return undefined;
      // `وقال آخرون إن`, `آخرون يرون أن`: others speak only right beside their verb; `الفهيد وآخرون
      // نماذج تؤكد` is a list (a name and others), `وآخرون مروا من ليبيا يتحدثون` a clause of its own.
      if (entry.lemma === OTHERS && !(before?.at === q - 1 || after === i + 1)) return undefined;
      // `زعماء الاتحاد الأوروبي`, `زعماء منطقة اليورو`: the leaders of a named body (a definite
      // genitive, at once or after one word that is no adjective of theirs) are its known heads.
      if (
        entry.lemma === LEADER &&
        next?.isWord &&
        (next.text.startsWith('ال') ||
          (!NISBA_PLURAL.test(next.text) && tokens[i + 2]?.text.startsWith('ال') === true))
      )
        return undefined;
      // `وقد يقول البعض إن`: what some might say is the writer's own objection, not a report.
      if (entry.lemma === SOME && before && MIGHT.test(tokens[before.at - 1]?.text ?? '')) return undefined;
      // `أظهرت دراسة … وقال باحثون إن`: in an article that reports a study, researchers and
      // scientists are its authors, who speak for their published work (ANNOTATION.md).
      // …also a study named right after them (`وقال العلماء في دراسات نشرت نتائجها في دورية …`).
      if (STUDY_AUTHORS.has(entry.lemma) && (memory.study || inA(tokens, i + 1, THEIR_STUDY)))
        return undefined;
      // `ورجح اقتصاديون في استطلاع أجرته رويترز`, `توقع محللون في مسح`: a poll's respondents, whose
      // answers are the survey's findings (ANNOTATION.md), not an unnamed source's claim.
      if (inAPoll(tokens, i)) return undefined;
      // `وأكد المواطنون عبدالله سرور، محمد …`: the group's members are named right after it.
      if (nameFollows(tokens, i + 1, 1)) return undefined;
      why = 'a vague unnamed group as the origin of the claim';
      break;
    }
    case 'media': {
      if (!hasContext) return undefined;
      // `نقل المعلومات`, `يتابع الأخبار`: a plural of things takes a feminine verb as its subject
      // (`نقلت المعلومات`, `تشير التقارير`), so after a masculine one it is the verb's object.
      if (
        entry.number === 'pl' &&
        q === i &&
        !noun.prep &&
        before?.how === 'verb' &&
        before.at === i - 1 &&
        masculine(tokens[before.at])
      )
        return undefined;
      // `وسائل` and `مواقع` are media only as `وسائل إعلام` and `مواقع إخبارية`.
      const needs = MEDIA_NEEDS.get(entry.lemma);
      if (needs && !(next?.isWord && needs.has(next.text.replace(/^(?:ال)/, '')))) return undefined;
      // One outlet unnamed: after the verb or attribution word (a headline's `قناة عالمية تنشر` is
      // its topic); not `الصحيفة البريطانية` (named before) nor a relay (`نقلت صحيفة محلية عن
      // مصادر`: the sources are the origin, marked themselves).
      if (entry.lemma === UNNAMED_OUTLET && (!before || next?.text.startsWith('ال') || relays(tokens, end)))
        return undefined;
      if (prev?.isWord && NEWS_AGENCY.has(prev.text)) return undefined; // وكالة الأنباء
      // Testimonies speak only as a verb's subject, not as certificates (`شهادات الشكر`, `شهادات صحية`).
      if (entry.lemma === TESTIMONY && (before?.how !== 'verb' || CERTIFICATES.test(next?.text ?? '')))
        return undefined;
      if (prev?.isWord && INFORMATION_FIELD.test(prev.text)) return undefined;
      // `تابعوا أخبار الإمارات`, `يتابع التقارير`: news one follows is read, not a source.
      if (before?.how === 'verb' && FOLLOWING.test((tokens[before.at] as Token).text)) return undefined;
      // `ولمحت هذه الأنباء`: reports pointed back to; vague only if vague reports came before.
      if (prev?.isWord && DEMONSTRATIVES.has(prev.text) && !memory.lemmas.has(entry.lemma)) return undefined;
      // `معلومات طالعتها «العربية.نت»`, `تقارير اطلعت عليها «عكاظ»`: what a named outlet obtained.
      if (next?.isWord && OBTAINED.test(next.text)) return undefined;
      // `ووصف التقارير بأنها عارية عن الصحة`: reports that a verb of describing takes are its object,
      // not the origin; `وأفادت تقارير بأن …` is the origin.
      // `ووصف الشائعات بهذا الشأن بأنها …`: definite reports after it are its object too.
      if (
        before?.how === 'verb' &&
        DESCRIBING.test((tokens[before.at] as Token).text) &&
        ((next?.isWord && /^بان(?:ه|ها|هم|هما)?$/.test(next.text)) || noun.definite)
      )
        return undefined;
      // Social networks (`مواقع التواصل`) and news passed around (`تناقلت`) say something only as the
      // subject of a verb of passing a claim around (`تداولت إشاعة عن`, `تناقلت أنباء`, `ما
      // تداولته … من أن`), or of a verb of saying right before them (`وذكرت مواقع التواصل أن`): not
      // pictures passed around (`تناقلت مواقع التواصل صورا`) nor networks only mentioned near a verb.
      const verbAt = before ? before.at : after;
      const verb = verbAt !== undefined ? (tokens[verbAt] as Token).text : '';
      const social = next?.isWord === true && next.text === SOCIAL;
      if (
        (social || HANDED_ON.test(verb)) &&
        !(CIRCULATING.test(verb) ? claimPassed(tokens, verbAt as number, end) : before?.at === q - 1)
      )
        return undefined;
      // Studies unnamed (`وأكدت الدراسات أن`, `بحسب دراسات`), not their figures (`بعض الدراسات قدرت
      // عدد الوفيات`: a study's findings, as a survey's, are no unnamed source — ANNOTATION.md).
      if (entry.lemma === STUDIES && ESTIMATES.test(verb)) return undefined;
      // `وقال العلماء في دراسات …`: the researchers' own study, which they speak for.
      if (STUDY_AUTHORS.has(nounOf(tokens[i - 2])?.entry.lemma ?? '') && inA(tokens, i - 1, THEIR_STUDY))
        return undefined;
      // `تأكيدات الإداري محمد …`: assertions of someone named after them are theirs.
      if (entry.lemma === ASSERTIONS && next?.isWord && next.text.startsWith('ال')) return undefined;
      // `نشر أخبار كاذبة`, `تقارير مفبركة`: reports called false are what is denied or charged;
      // `«القوى السوداء» تنشر معلومات`: after a present verb with its subject before it, its object.
      if (next?.isWord && CALLED_FALSE.has(next.text)) return undefined;
      if (before?.how === 'verb' && objectAfterSubject(tokens, before.at)) return undefined;
      // `تقارير البنك الدولي`, `معلومات الأمن الوطني`, `تقارير صادرة عن الأمم المتحدة`: a named body's own.
      if (OWNED_MEDIA.has(entry.lemma) && ownedByNamedBody(tokens, i, noun.definite)) return undefined;
      // (`الي` is the preposition إلى as normalised, not an article.)
      if (
        noun.definite &&
        entry.lemma === norm('تقرير') &&
        next?.isWord &&
        /^ال(?!ي$|تي$|ذي$)/.test(next.text)
      ) {
        if (!MEDIA_ADJECTIVES.has(next.text) && !VAGUE_REPORT_ADJECTIVES.has(next.text)) return undefined; // التقارير الطبية: documents
      }
      why = 'unnamed media or reports';
      break;
    }
  }
  if (!why) return undefined;
  return judgementOf(tokens, { i, q, noun, before, after, claimed, end, one, why });
}
