/**
 * The `anonymous` detector (ANNOTATION.md, "anonymous"): a claim resting on a source whose
 * identity is withheld.
 *
 * It reads each sentence's tokens and asks, for every source noun it meets (مصدر، مسؤول، محللون،
 * تقارير …), whether the noun is the origin of a claim (context.ts) and whether it is unnamed
 * (judge.ts, description.ts). A definite noun (`وقال المسؤول`) is anonymous only when an unnamed
 * one of the same kind was introduced earlier in the text, and a sentence with no stated subject
 * (`وأضاف أن …`) continues the unnamed source of the sentence right before it (continuation.ts).
 * Memory ends when a named speaker takes the floor.
 */
import type { Detector, Finding, SentenceView } from '../../detector';
import type { Span } from '../../types';
import { trieAlt, hot } from '../../lexicon';
import { MEDIA_OF, NOUNS, ONE_OUTLET, WITHHELD_NAME } from '../../lexicons/anonymous';
import { norm } from '../../normalize';
import { NOUN_FORMS, type NounHit, nounOf, SPEECH_STEMS, speechVerb } from '../../tokens/classes';
import type { Token } from '../../tokens/tokenize';
import { accordingToThem, namedSpeaker, relayedFrom, zeroSubjectVerb } from './continuation';
import { countOf, describe, nameFollows, partOfGroup, quantifierStart, shownEnd } from './description';
import { GROUP_GATE, quantifiedGroup } from './groups';
import { IMPERSONAL_GATE, impersonalAttribution } from './impersonal';
import { type Judgement, judgeNoun, type Memory } from './judge';
import {
  BY_WORDS,
  MEMORY_SPAN,
  ONE_OR_SOME,
  OUTLET_DESCRIPTIONS,
  PLAIN_PEOPLE,
  STUDY_AUTHORS,
  span,
} from './words';

/**
 * Plain patterns a sentence must match before the word-by-word reading can find anything: every
 * written form of a source noun contains its stem, every verb of saying its stem, and the phrases
 * of WITHHELD_NAME all hold one of these pieces. Most sentences name no source; they cost a scan.
 */
const DESCRIBED = new Set([norm(ONE_OUTLET), norm(MEDIA_OF)]);
export const NOUN_GATE = hot(
  new RegExp(trieAlt([...NOUNS].filter(([, e]) => !DESCRIBED.has(e.lemma)).map(([form]) => form)), 'u'),
);
/**
 * `صحيفة بريطانية`, `الإعلام الفرنسي`: nouns that are a source only with a description after them
 * (MEDIA_NEEDS), and common words otherwise, so gated with it; الإعلام also with the claim after it.
 */
export const DESCRIBED_MEDIA_GATE = hot(
  new RegExp(
    `${trieAlt([...NOUNS].filter(([, e]) => DESCRIBED.has(e.lemma)).map(([form]) => form))}\\s+(?:ال)?${trieAlt([...OUTLET_DESCRIPTIONS])}|اعلام\\s+(?:ان|عن)`,
    'u',
  ),
);
export const SPEECH_GATE = hot(new RegExp(trieAlt(SPEECH_STEMS), 'u'));
export const WITHHELD_GATE = hot(
  /هويت|اسم|سمه|سمها|حددها|عدم\s+(?:تعريف|تسمي)|"\s*[\u0621-\u064a](?:\s?\.|\s*")/u,
);

/** An anonymous finding whose cue is its source's whole evidence (no noun judged). */
const anonymous = (cue: Span, explanation: string): Finding => ({ kind: 'anonymous', cue, explanation });
const CONTINUES = 'Continues the unnamed source of the previous sentence.';
const SEMICOLON_END = hot(/؛\s*$/u);
/** A study reported (`دراسة`, `الدراسة`, `دراسات`), normalised. */
const STUDY = hot(/(?:^|\s)[وف]?(?:[بل]|لل)?(?:ال)?دراس(?:ه|ات)(?:\s|$)/u);
const WRITERS_LINK = /^[وف]?(?:اذ|مما|الامر)$/u;

/** The withheld-name phrases that say someone was not identified (not that a speaker asked so). */
const NOT_IDENTIFIED = /^(?:لم|دون|بدون)\s/u;

/** A source, official or group noun among the three words before `at`. */
function describesSource(tokens: readonly Token[], at: number): boolean {
  let seen = 0;
  for (let i = tokens.length - 1; i >= 0 && seen < 3; i--) {
    const t = tokens[i] as Token;
    if (t.start >= at) continue;
    if (!t.isWord) continue;
    const noun = nounOf(t);
    // `امرأة لم تكشف عن هويتها عثر عليها`: a woman not identified is whom the story is about.
    if (noun) return !PLAIN_PEOPLE.has(noun.entry.lemma);
    seen++;
  }
  return false;
}

const THESE = norm('هؤلاء');

/** A verb of saying or "according to" with `هؤلاء` (or `بعض هؤلاء`, `أحد هؤلاء`) right after it: the span. */
function theseAgain(tokens: readonly Token[]): Span | undefined {
  for (let i = 1; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== THESE) continue;
    const some = ONE_OR_SOME.has((tokens[i - 1] as Token).text) ? 1 : 0;
    const head = tokens[i - 1 - some];
    if (!head) continue;
    if (BY_WORDS.test(head.text) || speechVerb(head))
      return { start: head.start, end: (tokens[i] as Token).end };
  }
  return undefined;
}

/**
 * Quotation marks that face one way (`«` `“` open, `»` `”` close; a straight `"` says neither):
 * does the sentence end inside a quotation it opened, does it close one before opening any?
 */
function leavesQuoteOpen(text: string): boolean {
  // The last opening mark after the last closing one (native scans: this runs on every sentence).
  return text.lastIndexOf('«') > text.lastIndexOf('»') || text.lastIndexOf('“') > text.lastIndexOf('”');
}
function closesQuoteFirst(text: string): boolean {
  const close = Math.min(...[text.indexOf('»'), text.indexOf('”')].map((k) => (k < 0 ? text.length : k)));
  const open = Math.min(...[text.indexOf('«'), text.indexOf('“')].map((k) => (k < 0 ? text.length : k)));
  return close < open;
}

/** Lemmas of groups the lexicon takes only without the article. */
const INDEFINITE_GROUPS = new Set([...NOUNS.values()].filter((e) => e.indefinite).map((e) => e.lemma));
/**
 * `وقال طلاب في الجامعة …` then `واستطرد الطلاب`: a group the lexicon takes only without the article
 * (the definite one is most often who the story is about) is the same unnamed group when it was
 * introduced as such a few sentences before (the caller asks only when one was).
 */
function rememberedGroup(tok: Token | undefined, memory: Memory, sentence: number): NounHit | undefined {
  if (!tok?.isWord) return undefined;
  const hit = NOUN_FORMS.get(tok.text, tok.hash);
  // Researchers named again are most often a study's authors (judge.ts), whatever came before.
  if (!hit?.definite || !hit.entry.indefinite || STUDY_AUTHORS.has(hit.entry.lemma)) return undefined;
  const seen = memory.lemmas.get(hit.entry.lemma);
  return seen !== undefined && sentence - seen <= MEMORY_SPAN ? hit : undefined;
}

/**
 * Unnamed sources (`مصادر`) spoke in sentence `at`: a verb in the singular (`وأوضح أن`) after them
 * is one of them going on, as the press writes it; after any other group it is someone else.
 */
const sourcesSpoke = (memory: Memory, at: number): boolean => memory.lemmas.get(SOURCE) === at;
/**
 * How many sentences back the unnamed source last spoke, if a verb with no subject here may still
 * be theirs: the sentence right before, or for a group (agreeing in the plural) the one before that.
 */
function goesOnFrom(memory: Memory, index: number): 1 | 2 | undefined {
  if (memory.agree === undefined) return undefined;
  const gap = index - memory.lastIndex;
  return gap === 1 || (gap === 2 && memory.agree === 'pl') ? gap : undefined;
}
const SOURCE = norm('مصدر');
/**
 * One item of a list that ran on past a semicolon (`طالت كلا من: يحيى درباس؛ وهاني ناصر؛ وآدم
 * محمود.`): a few words after و, no article and no particle — a name, which the claim before only
 * lists; it carries no claim of its own.
 */
const LIST_ITEM = /^و\S+(?:\s+\S+){0,3}$/u;
const NOT_A_NAME = /(?:^|\s)(?:ال\S+|في|من|علي|عن|الي|ان|لا|لم|قد|الذي|التي|كان|كانت)(?=\s|$)/u;
const isListItem = (text: string): boolean => {
  const words = text.replace(/[.؛،,:!؟?]+\s*$/u, '').trim();
  return LIST_ITEM.test(words) && !NOT_A_NAME.test(words.replace(/^و/u, ''));
};

export function createAnonymousDetector(): Detector {
  const memory: Memory = { lemmas: new Map(), lastIndex: -2, agree: undefined };

  // The sentence before ended on `؛`: its clause runs on into this one (`…على مديريات؛ حزم
  // العدين، النادرة …`), so an unnamed speaker there still speaks here.
  let semicolonBefore = false;
  // The sentence before left a quotation open (`وقال المصدر: «… .`): one that closes it goes on
  // with the same words (`… تسببت في أزمات بالعمل».`).
  let quoteOpenBefore = false;
  return (sentence: SentenceView): Finding[] => {
    const text = sentence.norm.text;
    if (!memory.study && STUDY.test(text)) memory.study = true;
    const justBefore = memory.lastIndex === sentence.index - 1;
    const quoteGoesOn = quoteOpenBefore && justBefore && closesQuoteFirst(sentence.text);
    // A name listed past the semicolon: no claim of its own, but the speaker before goes on after it.
    if (semicolonBefore && justBefore && memory.agree !== undefined && isListItem(text)) {
      memory.lastIndex = sentence.index;
      semicolonBefore = SEMICOLON_END.test(sentence.text);
      quoteOpenBefore = leavesQuoteOpen(sentence.text);
      return [];
    }
    const runsOn = (semicolonBefore && justBefore && memory.agree !== undefined) || quoteGoesOn;
    semicolonBefore = SEMICOLON_END.test(sentence.text);
    quoteOpenBefore = leavesQuoteOpen(sentence.text);
    const mayName = WITHHELD_GATE.test(text);
    if (
      !runsOn &&
      !mayName &&
      !NOUN_GATE.test(text) &&
      !DESCRIBED_MEDIA_GATE.test(text) &&
      !GROUP_GATE.test(text) &&
      !IMPERSONAL_GATE.test(text)
    ) {
      // No source here: only a bare continuing verb or a named speaker (who ends the memory) matter.
      const mayContinue = goesOnFrom(memory, sentence.index) !== undefined;
      const remembers = memory.lemmas.size > 0 || memory.agree !== undefined;
      if (!mayContinue && !(remembers && SPEECH_GATE.test(text))) return [];
    }
    const tokens = sentence.tokens;
    // Every unnamed source of the sentence is remembered; the first one is reported.
    const found: Judgement[] = [];
    const groupsRemembered = [...memory.lemmas.keys()].some((lemma) => INDEFINITE_GROUPS.has(lemma));
    for (let i = 0; i < tokens.length; i++) {
      const noun =
        nounOf(tokens[i]) ??
        partOfGroup(tokens, i) ??
        (groupsRemembered ? rememberedGroup(tokens[i], memory, sentence.index) : undefined);
      const judged = noun && judgeNoun(tokens, i, noun, memory, sentence.index);
      if (judged) found.push(judged);
    }
    let best: Judgement | undefined = found[0];

    let withheld = mayName ? WITHHELD_NAME.exec(text) : null;
    // `رجل لم يكشف عن هويته حاول …`: "not identified" says who someone is only where it describes
    // a source (a source, an official, a group) right before it; a suspect is no source.
    if (withheld && NOT_IDENTIFIED.test(withheld[0]) && !describesSource(tokens, withheld.index))
      withheld = null;
    if (!best && withheld) {
      const cue = { start: withheld.index, end: withheld.index + withheld[0].length };
      best = {
        finding: anonymous(
          cue,
          withheld.groups?.pseudonym !== undefined
            ? 'The article gives the speaker a name that is not theirs.'
            : withheld.groups?.initials !== undefined
              ? 'The article gives only the speaker’s initials.'
              : 'The speaker asked not to be named.',
        ),
      };
      // The noun the phrase describes is the unnamed speaker from here on.
      for (let i = tokens.length - 1; i >= 0; i--) {
        const t = tokens[i] as Token;
        if (t.start >= withheld.index) continue;
        const noun = nounOf(t);
        if (noun) {
          best.finding.source = span(tokens, i, shownEnd(tokens, i, describe(tokens, i).end));
          best.lemma = noun.entry.lemma;
          const count = countOf(tokens, quantifierStart(tokens, i), i, noun);
          if (count !== undefined) best.finding.count = count;
          best.agree = noun.entry.agree;
          break;
        }
      }
    }

    if (!best) {
      const group = quantifiedGroup(text);
      // `قال أحد شيوخ القبيلة محمد الأحمد`: the one of the group is named right after.
      const after = group && tokens.findIndex((t) => t.start >= group.span.end);
      // A plural known by its shape only that is a lexicon noun was judged, and declined, above; so
      // was one of the media or studies (`وقدرت إحدى الدراسات`: a study's figures): this reading is
      // for groups of people.
      const judgedAbove =
        group &&
        tokens.some((t) => {
          if (t.start < group.group.start || t.end > group.group.end) return false;
          const noun = nounOf(t);
          return (
            noun !== undefined &&
            (noun.entry.cls === 'media' || (group.byShape && t.start === group.group.start))
          );
        });
      if (group && !judgedAbove && !(after !== undefined && after >= 0 && nameFollows(tokens, after)))
        best = {
          finding: { ...anonymous(group.span, 'Attributed to a vague unnamed group.'), source: group.group },
          agree: group.agree,
          // The group's noun, when the lexicon knows it, is remembered (`عدد من الطلاب` … `الطلاب`).
          lemma: tokens
            .filter((t) => t.start >= group.group.start && t.end <= group.group.end)
            .map((t) => NOUN_FORMS.get(t.text, t.hash)?.entry.lemma)
            .find((lemma) => lemma !== undefined),
        };
    }
    if (!best) {
      const said = impersonalAttribution(text);
      if (said) best = { finding: anonymous(said.cue, said.why) };
    }

    // `وذكر أن الأهالي رفضوا …` right after an unnamed source: the verb with no subject continues
    // that source, and a source noun inside what it says does not take its place.
    const continuesFrom = (b: Judgement | undefined, at: number) => !b || b.finding.cue.start > at;
    const gap = goesOnFrom(memory, sentence.index);
    if (gap !== undefined && memory.agree) {
      const zero = zeroSubjectVerb(tokens);
      const v = zero && (tokens[zero.at] as Token);
      if (
        zero &&
        v &&
        // An unnamed group goes on a sentence later only with a verb in the plural (`وقالوا إن`).
        (gap === 1 || zero.agree === 'pl') &&
        continuesFrom(best, v.end) &&
        (zero.oneOfThem ||
          zero.agree === memory.agree ||
          (memory.agree === 'pl' && (zero.agree !== 'm' || sourcesSpoke(memory, sentence.index - 1))))
      ) {
        best = { finding: anonymous({ start: v.start, end: v.end }, CONTINUES), agree: memory.agree };
      }
    }

    if (!best && runsOn && !namedSpeaker(tokens)) {
      const first = tokens.find((t) => t.isWord);
      // …but not a background or a consequence the writer adds (`إذ شغل منذ 2013 منصب`, `مما قد يؤخر`).
      if (first && !WRITERS_LINK.test(first.text))
        best = { finding: anonymous({ start: first.start, end: first.end }, CONTINUES), agree: memory.agree };
    }

    // `وبحسب هؤلاء`, `ويرى هؤلاء أن`, `وطالب بعض هؤلاء`: "these" are the unnamed group just quoted.
    if (!best && memory.agree === 'pl' && sentence.index - memory.lastIndex <= 2) {
      const these = theseAgain(tokens);
      if (these) best = { finding: anonymous(these, CONTINUES), agree: 'pl' };
    }

    // `وبحسبه فإن …`, `ووفقا لها`: credited to the unnamed speaker of the sentence before.
    if (!best && memory.lastIndex === sentence.index - 1 && memory.agree) {
      const credited = accordingToThem(tokens, memory.agree);
      if (credited) best = { finding: anonymous(credited, CONTINUES), agree: memory.agree };
    }

    // `ونقلت عنه وكالة …`: an outlet passes on what the unnamed source of the sentence before said.
    if (!best && memory.lastIndex === sentence.index - 1 && memory.agree) {
      const relayed = relayedFrom(tokens, memory.agree);
      if (relayed) best = { finding: anonymous(relayed, CONTINUES), agree: memory.agree };
    }

    if (best) {
      memory.lastIndex = sentence.index;
      for (const j of [best, ...found]) if (j.lemma) memory.lemmas.set(j.lemma, sentence.index);
      if (best.agree) memory.agree = best.agree;
      return [best.finding];
    }
    // A named speaker takes the floor: a verb with no subject now continues them, not the unnamed
    // source. A title said again (`وقال الدبلوماسي`) still points back to the unnamed one, unless
    // the named speaker came with a title of office (then `وقال المسؤول` is most likely them).
    const named = namedSpeaker(tokens);
    if (named) {
      memory.agree = undefined;
      if (named.titled) memory.lemmas.clear();
    }
    return [];
  };
}
