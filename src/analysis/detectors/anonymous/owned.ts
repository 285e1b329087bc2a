/**
 * Reports and information a named body owns (`تقارير البنك الدولي`, `معلومات الأمن الوطني`,
 * `تقارير لوزارة التنمية`, `تقارير صادرة عن الأمم المتحدة`): a named institution speaking as
 * itself, not an unnamed source (ANNOTATION.md). Reports of the papers or the media
 * (`تقارير الصحف`, `أنباء وسائل الإعلام`) stay vague: their owner is itself a vague source.
 */
import { norm } from '../../normalize';
import { nounOf } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import { lookupForm } from '../wire/outlet-names';
import { MEDIA_ADJECTIVES, VAGUE_REPORT_ADJECTIVES } from './words';

/** Issued (`صادرة عن`, `الصادر من`): the owner follows. */
const ISSUED = /^(?:ال)?(?:صادر|صادره)$/u;
const BY = new Set([norm('عن'), norm('من')]);
/** The head of a body's name, which owns what it publishes (`وزارة`, `البنك`, `منظمة`, `الأمم`). */
const BODY =
  '(?:وزار[هت]|هيي[هت]|منظم[هت]|بنك|صندوق|مركز|معهد|جامع[هت]|موسس[هت]|امم|مجلس|مفوضي[هت]|وكال[هت]|حكوم[هت]|لجن[هت]|ادار[هت]|اداره|شرك[هت]|اتحاد)';
/** …after ل (`لوزارة`, `للبنك`, `لمنظمة`, `للأمم`). */
const BODY_AFTER_LAM = new RegExp(`^ل(?:ل)?${BODY}`, 'u');
/**
 * …or in construct with its definite name (`تقارير وزارة السياحة`, `معلومات هيئة الطيران`), as an
 * outlet's noun with its name (`تقارير صحيفة الغارديان`, `تقارير وكالة رويترز`: the outlet's own).
 */
const HEAD_IN_CONSTRUCT = new RegExp(
  `^(?:${BODY}|صحيف[هت]|جريد[هت]|مجل[هت]|قنا[هت]|اذاع[هت]|شبك[هت]|موقع)$`,
  'u',
);
/** The name after the head: definite, in quotes, or an outlet the registry knows (`رويترز`). */
const named = (t: Token | undefined): boolean =>
  t !== undefined &&
  (t.text.startsWith('ال') || t.text === '"' || lookupForm(t.text, undefined) !== undefined);

/**
 * Words with ال that own nothing: إلى as normalised (`أنباء إلى أن`), relatives, and times (`أخبار
 * الأسبوع الماضي`).
 */
const NOT_AN_OWNER =
  /^(?:الي|التي|الذي|الذين|اللذين|اللتين|اللاتي|الان|اليوم|الامس|الاسبوع|الاسابيع|الشهر|الشهور|الاشهر|العام|السنه|الساعات|الايام|الليله|الصباح|المساء|الماضي|الاخيره|الاخير)$/u;

/** Is the report noun at `i` (indefinite, or definite) owned by a named body named right after it? */
export function ownedByNamedBody(tokens: readonly Token[], i: number, definite: boolean): boolean {
  if (publishedInAJournal(tokens, i)) return true;
  let k = i + 1;
  if (ISSUED.test(tokens[k]?.text ?? '') && BY.has(tokens[k + 1]?.text ?? '')) k += 2;
  const owner = tokens[k];
  if (!owner?.isWord) return false;
  if (BODY_AFTER_LAM.test(owner.text)) return true;
  if (HEAD_IN_CONSTRUCT.test(owner.text) && named(tokens[k + 1])) return true;
  // An indefinite noun with a definite genitive is its owner's (`تقارير البنك`); a definite noun
  // takes a definite adjective instead (`التقارير الإعلامية`), and one issued by someone needs
  // `صادرة عن` before it.
  const genitive = (!definite || k > i + 1) && owner.text.startsWith('ال');
  return (
    genitive &&
    !NOT_AN_OWNER.test(owner.text) &&
    !MEDIA_ADJECTIVES.has(owner.text) &&
    !VAGUE_REPORT_ADJECTIVES.has(owner.text) &&
    nounOf(owner) === undefined
  );
}

/** Published in a journal (`دراسات نشرت نتائجها في دورية «لانسيت»`): the journal is where to find it. */
const PUBLISHED = /^(?:نشرت|نشر|نشرتها|نشرها|المنشوره|منشوره)$/u;
const JOURNAL = /^(?:في|ب)?(?:ال)?(?:مجل[هت]|دوري[هت])$/u;
function publishedInAJournal(tokens: readonly Token[], i: number): boolean {
  const next = tokens.slice(i + 1, i + 6).filter((t) => t.isWord);
  const at = next.findIndex((t) => PUBLISHED.test(t.text));
  if (at < 0 || at > 1) return false;
  return next
    .slice(at + 1, at + 4)
    .some((t, j, rest) => JOURNAL.test(t.text) || (t.text === 'في' && JOURNAL.test(rest[j + 1]?.text ?? '')));
}
