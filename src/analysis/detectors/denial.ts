/**
 * `denial`: a party says a claim, report or accusation is false (ANNOTATION.md, "denial").
 * Cues: نفى and its forms; كذّب/دحض/فنّد/أنكر and رفض with a claim as object; phrases that call
 * a report false (عارية عن الصحة، لا أساس لها من الصحة، اتهامات باطلة، هذا أمر خاطئ).
 * Not: نفي as exile, لم ينفِ/لا ينفي, "confirm or deny", refusals to act, studies refuting a theory.
 *
 * The rules are in denial-rules.ts, what undoes a verb of denial in denial-verb.ts; here, the gate
 * every sentence passes first and the party that denies.
 */
import type { Detector, Finding, SentenceView } from '../detector';
import { DENY_VERBS, FALSE_WORDS, REFUTE_VERBS, REJECT_VERBS } from '../lexicons/denial';
import { trieAlt, rx, hot } from '../lexicon';
import type { Span } from '../types';
import { firstCue } from './cue-rules';
import { NOTHING_BUT } from './denial-pieces';
import { LACKS, MERE, RESTS, RULES, UNTRUE_PIECES } from './denial-rules';
import { partyOfVerb } from './party';

// Participles and nouns (نافيا، رافضة، نفيه) have their subject earlier in the sentence.
const NO_SUBJECT = rx(`^[وفبل]?(?:نافي|رافض|مفند|مكذب|منكر|نفيه|نفيها|نفيهم|النفي|بالنفي|تكذيب|تفنيد)`);
const OBJECT_SUFFIX = rx(`^[وف]?(?:نفاه|نفاها|نفاهما|نفته|نفتها|نفوه|نفوها|ينفيه|ينفيها|تنفيه|تنفيها)$`);

function verbParty(text: string, cue: Span): Span | undefined {
  const word = text.slice(cue.start, cue.end);
  if (NO_SUBJECT.test(word)) return undefined;
  return partyOfVerb(text, cue, { objectSuffix: OBJECT_SUFFIX.test(word) });
}

/** Arabic letters, for the gate's cheap word-end test (a subset of the rules' word characters). */
const NOT_LETTER = '(?![\\u0621-\\u064a])';

/**
 * Text every rule needs somewhere in the sentence, one alternative (or more) per rule, in one
 * plain pattern: most sentences deny nothing, and this is one fast scan instead of thirteen.
 * Each alternative is a piece of its rule's own pattern, so a sentence it misses no rule matches.
 */
const GATE = hot(
  new RegExp(
    [
      `${trieAlt(DENY_VERBS)}${NOT_LETTER}`,
      // The plain words of the rules in one trie: a few branches per position, not every word.
      trieAlt([
        ...REJECT_VERBS,
        ...REFUTE_VERBS,
        ...FALSE_WORDS,
        ...UNTRUE_PIECES,
        ...[
          'خاطي',
          'كذب',
          'هراء',
          'عكس',
          'خلافا',
          'بخلاف',
          'ببراءت',
          'تبرا',
          'صله',
          'اشاعات',
          'شايعات',
          'اباطيل',
          'مذنب',
          // DISOWNED and SPECULATION (denial-disowned.ts)
          'تنصل',
          'تكهنات',
          'تخمينات',
          'اجتهادات',
        ],
        ...[
          'مسوول',
          'يتحمل',
          'تتحمل',
          'نتحمل',
          'اتحمل',
          'تعليقا',
          'ردا',
          'رد',
          'ترد',
          'يرد',
          'اجاب',
          'يجيب',
          'تجيب',
          'ضالع',
          'متورط',
        ],
        ...['براءت', 'براءه', 'بريء', 'بريئة', 'بريئون', 'بريئين', 'أبرياء', 'فبركات', 'فبركة'],
      ]),
      'عار(?:يه|يا)?\\s',
      // A party that clears itself (`برأت الحكومة نفسها من`).
      '(?:برا|برات|براوا|يبري|تبري)\\s',
      // Common words, so with what follows them (`عدم صحة`, `مجرد شائعات`, `لا يعكس الحقيقة`).
      'عدم\\s+(?:صحه|دقه|مصداقيه)',
      `${NOTHING_BUT}\\s+${MERE}`,
      '(?:يعكس|تعكس)\\s+الحقيقه|بعيد\\S*\\s+(?:كل\\s+البعد\\s+)?عن',
      `${RESTS}\\s+(?:الي|علي)|${LACKS}\\s`,
      'اساس\\s',
      // Without any basis (denial-rules.ts WITHOUT_BASIS), also at the sentence's end.
      '(?:بلا|دون)\\s+(?:وجود\\s+)?(?:اي\\s+)?(?:اساس|سند|دليل|ادله|اثبات|برهان)',
      'لا\\s?صحه',
      // A statement never made (`هذا الكلام لم يصدر عني`, `لم أقل هذا`).
      '(?:لم|لا)\\s+(?:يصدر|تصدر)\\s|(?:لم\\s+(?:اقل|نقل|اصرح|نصرح)|ما\\s+(?:قلت|قلنا|صرحت))\\s',
      `خطا${NOT_LETTER}|غير\\s+(?:ال)?(?:صحيح|دقيق|مذنب)|ليست?\\s+(?:ب)?(?:صحيح|دقيق)`,
    ].join('|'),
    'u',
  ),
);

function findDenial(view: SentenceView): Finding | undefined {
  const text = view.norm.text;
  if (!GATE.test(text)) return undefined;
  const hit = firstCue(text, RULES);
  if (!hit) return undefined;
  const { rule, cue } = hit;
  const finding: Finding = { kind: 'denial', cue, explanation: rule.explanation };
  const source = rule.party ? verbParty(text, cue) : undefined;
  if (source) finding.source = source;
  return finding;
}

export function createDenialDetector(): Detector {
  return (view) => {
    const found = findDenial(view);
    return found ? [found] : [];
  };
}

/** The rules in order, for the test that every rule's `needs` holds wherever its pattern matches. */
export { RULES as DENIAL_RULES };
