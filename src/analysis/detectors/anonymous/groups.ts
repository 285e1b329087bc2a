/**
 * `وأكد عدد من المستهلكين أن …`, `قال بعض الناشطين`, `يرى عشرات المواطنين`: a verb of saying whose
 * subject is a counted or partial group of people (a definite plural after عدد / بعض / عشرات من),
 * one of a group (`قال أحد أصحاب المحلات`), or a plural of people described by its nation or
 * speaking to an outlet (`يقول تربويون مصريون`, `قال مقيمون لـ…`), or a nation's people alone
 * before what they say (`ويقول يمنيون إن`).
 * Any such group is vague (ANNOTATION.md: vague unnamed groups as the origin of a claim), whatever
 * the noun, so the rule names the construction, not a list of nouns.
 */
import { type Agreement, NAMING_WORDS, SO_CALLED, SPEECH_VERBS } from '../../lexicons/anonymous';
import { alt, trieAlt, hot } from '../../lexicon';
import { norm } from '../../normalize';
import { isWordCode, LETTER_CLASS, WORD_CHAR_CLASS } from '../../word-chars';
import type { Span } from '../../types';
import { NEEDS_CLAIM } from './words';

/** Broken plurals of people, normalised (the regular ones end in ين / ون). */
const PEOPLE = `(?:${[
  'تجار عمال طلاب طلبه اطباء سكان اهالي نواب قضاه ضباط جنود رجال نساء ناس شباب علماء خبراء اعضاء',
  'ركاب زوار حجاج مرضي شهود سياح ايمه اساتذه زملاء اصدقاء اقارب جيران تلاميذ عملاء سفراء وزراء',
  'امراء رووساء قاده شيوخ مشايخ فقهاء ادباء شعراء نشطاء اعيان وجهاء زعماء جماهير ملاك حلفاء ابناء',
]
  .join(' ')
  .split(' ')
  .join('|')})`;
/**
 * Women in the plural (`عدد من العاملات`): listed, since most plurals in ـات are things
 * (`عدد من الدراسات`, `بعض الجهات`, `عدد من المستشفيات`).
 */
const WOMEN_LIST =
  'موظفات عاملات طالبات مواطنات معلمات ناشطات مسؤولات سيدات فتيات أمهات ممرضات طبيبات مقيمات مشاركات متطوعات لاعبات مديرات باحثات مختصات متضررات'.split(
    ' ',
  );
/** The same words, normalised, to look one up. */
const WOMEN_WORDS = new Set(WOMEN_LIST.map(norm));
/** The last word of `text`, without the article. */
const lastWord = (text: string): string => (text.split(/\s+/u).pop() ?? '').replace(/^ال/u, '');
const WOMEN = alt(WOMEN_LIST);
/** Verbs of saying proper: not نقل (to carry) nor يعد (to count), whose object may be the group. */
const SAYING = [...SPEECH_VERBS].filter((v) => !/^(?:نقل|ينقل|تنقل|يعد|تعد|عد)/.test(v));
/** Verbs of considering: `تعتبر إحدى …` is "is one of", no one speaking. */
const CONSIDERING = /^(?:اعتبر|يعتبر|تعتبر|نعتبر)/;
// …or a people named by its nation alone (`ويقول يمنيون إن`).
/** A claim (`أن`, `إن`, `بأنه`) after up to `words` words: what the group says follows it. */
const claimAfter = (words: number) =>
  `(?:\\s+${LETTER_CLASS}+){0,${words}}\\s*[،,]?\\s+ب?ان(?:ه|ها|هم)?(?!${LETTER_CLASS})`;
const CLAIM_SOON = `(?=${claimAfter(5)})`;
/** …and within eight words of the group, for a verb that speaks only with a claim (NEEDS_CLAIM). */
const CLAIM_WITHIN = new RegExp(`^${claimAfter(7)}`, 'u');
/**
 * A plural of people in ون with its claim close after it: a nation's or a field's people
 * (`أوضح استشاريون في طب الأسرة أن`), or those who do something, by a participle in م
 * (`وقال منظمون إن`), alone or in construct (`مصممو السيارة`, `منظمو المهرجان`). Not any word in
 * ون: foreign names end so (`براون`, `كلينتون`, `ماكرون`: no participle begins with ما).
 */
/** Television (`تلفزيون سوريا بأن`) ends in يون like a nisba plural; it is one outlet, no people. */
const TELEVISION = 'تلي?فزيون|تلفيزيون';
const PLURAL_WITH_CLAIM = `(?!ال|${TELEVISION})${LETTER_CLASS}{2,}يون${CLAIM_SOON}|م(?!ا)${LETTER_CLASS}{3,}(?:ون|و\\s+ال${LETTER_CLASS}{2,})${CLAIM_SOON}`;
/**
 * Those who do something, of a place or a body, by a participle in م in construct (`عدد من مراجعي
 * المركز`, `بعض مستخدمي التطبيق`): as PLURAL_WITH_CLAIM reads them in ون.
 */
const PARTICIPLES_OF = `م(?!ا)${LETTER_CLASS}{3,}ي`;
/** People named by what they belong to (`عدد من أبناء الجالية`, `بعض أهالي القرية`): a construct. */
export const IN_CONSTRUCT =
  '(?:ابناء|اهالي|سكان|اعضاء|منسوبي|موظفي|ممثلي|طلاب|تجار|مسوولي|قيادات|قياديي|معارف|اقارب|اصدقاء|زملاء|جيران|رفاق)';
/** How many, between a count and its group (`عدد كبير من`, `عدد آخر من`). */
const SIZE = '(?:كبير|اخر|قليل|محدود)';
const COUNTED_GROUP = `(?:(?:عدد|العديد|عديد|عشرات|مئات|مجموعه)\\s+(?:${SIZE}\\s+)?من|بعض)\\s+(?:ال(?:${LETTER_CLASS}{3,}(?:ين|ون)|${PEOPLE}|${WOMEN})|(?:${IN_CONSTRUCT}|${PARTICIPLES_OF})\\s+ال${LETTER_CLASS}{2,})|${LETTER_CLASS}{3,}ون\\s+(?:${LETTER_CLASS}{2,}يون|ل)|(?:${PEOPLE})\\s+${LETTER_CLASS}{2,}يون(?!${LETTER_CLASS})|(?!ال|${TELEVISION})${LETTER_CLASS}{2,}يون(?=\\s+(?:ان|انهم)(?!${LETTER_CLASS})|\\s*:)`;
const GROUP = `${COUNTED_GROUP}|${PLURAL_WITH_CLAIM}`;
const PLURAL_AT = new RegExp(`(?:${PLURAL_WITH_CLAIM})(?!${WORD_CHAR_CLASS})`, 'uy');
/**
 * `أحد` / `إحدى` and the group it is one of; not a superlative (`إحدى أبرز`: one of the most) nor a
 * particle (`دون أن يلاحظ أحد إلى حد كبير`: no one noticed, `أحد` alone).
 */
const ONE_OF = `(?:احد|احدي)\\s+(?!(?:ابرز|اهم|اكبر|افضل|اقدم|اشهر|اكثر|الي|علي|حتي|منذ|بعد|قبل|عند|انه|انها|كان|كانت|سوي|غير|مثل|هذا|هذه|ذلك|تلك)(?!${LETTER_CLASS}))(?:ال)?${LETTER_CLASS}{3,}`;
/** `أحد` / `إحدى` of ONE_OF, as a word of the cue. */
const ONE_WORD = /(?:^|\s)[وف]?(احدي?)\s/;
/**
 * The verb-and-group pattern as one expression: what `verbAndGroup` finds, for its test (built
 * only when asked: it carries every verb of saying twice).
 */
export const quantifiedGroupSource = (): string =>
  `(?<!${WORD_CHAR_CLASS})(?<cue>[وف]?(?:${trieAlt(SAYING)}\\s+(?:${GROUP})|${trieAlt(SAYING.filter((v) => !CONSIDERING.test(v)))}\\s+(?:${ONE_OF})))(?!${WORD_CHAR_CLASS})`;

/**
 * Text a group needs somewhere in the sentence: what COUNTED_GROUP, ONE_OF and PLURAL_WITH_CLAIM can
 * start with (a count or part before a definite plural or a construct, أحد, a plural in ون before
 * a nisba or لـ, a participle in م, a nisba plural in يون), so that verbAndGroup's scan of every
 * word runs only where one may begin; the detector's early exit asks it too.
 */
export const GROUP_GATE = hot(
  new RegExp(
    `(?:عدد|العديد|عديد|بعض|عشرات|مئات|مجموعه)\\s+(?:${SIZE}\\s+)?(?:من\\s+)?(?:ال|${IN_CONSTRUCT}\\s|م(?!ا)${LETTER_CLASS}{3,}ي\\s)|(?:^|\\s)[وف]?احدي?\\s|${LETTER_CLASS}ون\\s+(?:${LETTER_CLASS}+يون|ل)|(?:^|\\s)م(?!ا)${LETTER_CLASS}{3,}(?:ون|و\\s+ال)|${LETTER_CLASS}يون(?!${LETTER_CLASS})`,
    'u',
  ),
);

const SAYS = new Set(SAYING);
/**
 * "According to" one of a group (`وبحسب أحد الدلالين في السوق`), whatever the group's noun, or by
 * the words, the analysis or the view of one (`بحسب تعبير أحد المزارعين`, `وحسب تحليل أحد المسؤولين`).
 */
const BY = new Set(['بحسب', 'حسب', 'قول', 'لقول', 'تعبير', 'لتعبير', 'تحليل', 'لتحليل', 'راي', 'لراي']);
const SAYS_NOT_CONSIDERING = new Set(SAYING.filter((v) => !CONSIDERING.test(v)));
/** A whole word with `و` / `ف` or without, in `set`. */
const said = (word: string, set: ReadonlySet<string>) =>
  set.has(word) || ((word[0] === 'و' || word[0] === 'ف') && set.has(word.slice(1)));
const GROUP_AT = new RegExp(`(?:${COUNTED_GROUP})(?!${WORD_CHAR_CLASS})`, 'uy');
const ONE_OF_AT = new RegExp(`(?:${ONE_OF})(?!${WORD_CHAR_CLASS})`, 'uy');
/** Every place, after a space, where a group or one of a group begins (a zero-width scan). */
const GROUP_START = hot(new RegExp(`(?<=\\s)(?=(?:${COUNTED_GROUP}|${ONE_OF})(?!${WORD_CHAR_CLASS}))`, 'gu'));
/**
 * A plural known by its shape is looked for apart, and only in a sentence that has such a word:
 * as a branch of the scan above it cost every word of every sentence a try.
 */
const PLURAL_HINT = hot(new RegExp(`يون[\\s،,]|(?:^|\\s)م(?!ا)${LETTER_CLASS}{3,}(?:ون|و\\s+ال)`, 'u'));
const PLURAL_START = new RegExp(`(?<=\\s)(?=(?:${PLURAL_WITH_CLAIM})(?!${WORD_CHAR_CLASS}))`, 'gu');

/**
 * The leftmost verb of saying followed at once by a group (`وأكد عدد من المستهلكين`) or by one
 * of a group (`قال أحد الباعة`), exactly as quantifiedGroupSource() finds it: the few places a
 * group begins are found first, and the word before each is looked up in a set, instead of the
 * hundreds of verbs being branches of the pattern (whose compiling was a tenth of the engine's
 * first reading of an article).
 */
export function verbAndGroup(text: string): { start: number; end: number; byShape: boolean } | undefined {
  if (!GROUP_GATE.test(text)) return undefined;
  const counted = firstAfterVerb(text, GROUP_START, [
    [SAYS, GROUP_AT],
    [SAYS_NOT_CONSIDERING, ONE_OF_AT],
    [BY, ONE_OF_AT],
  ]);
  // A plural known only by its shape (PLURAL_WITH_CLAIM): the lexicon's nouns are judged with
  // their words (judge.ts: a named firm's analysts), so the caller checks it is none of them.
  const shaped = PLURAL_HINT.test(text) ? firstAfterVerb(text, PLURAL_START, [[SAYS, PLURAL_AT]]) : undefined;
  if (shaped && !(counted && counted.start <= shaped.start)) return { ...shaped, byShape: true };
  return counted && { ...counted, byShape: false };
}

/** The leftmost place `starts` finds whose word before is in a set and whose group its pattern reads. */
function firstAfterVerb(
  text: string,
  starts: RegExp,
  readers: readonly (readonly [ReadonlySet<string>, RegExp])[],
): { start: number; end: number } | undefined {
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index;
    starts.lastIndex = at + 1;
    let end = at;
    while (end > 0 && /\s/u.test(text[end - 1] as string)) end--;
    let start = end;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    if (start === end) continue;
    const word = text.slice(start, end);
    for (const [set, rx] of readers) {
      if (!said(word, set)) continue;
      rx.lastIndex = at;
      const g = rx.exec(text);
      // After "according to", one of a group of people, not of things (`بحسب إحدى الدراسات`).
      if (g && set === BY && /ات$/u.test(g[0]) && !WOMEN_WORDS.has(lastWord(g[0]))) continue;
      if (g) return { start, end: at + g[0].length };
    }
  }
  return undefined;
}

/**
 * `قال أحد المقاتلين، يدعى محمد، إن …`: the one who speaks is named in the words that describe
 * him (not `يدعي أن`, "claims that", nor the so-called of `فيما يسمى`).
 */
const NAMED_AFTER = new RegExp(
  `^[^.؟!"]{0,60}?(?<!(?:^|\\s)(?:${[...SO_CALLED].join('|')}))(?:\\s|،)(?:${trieAlt([...NAMING_WORDS])})\\s+(?![بل]?ان(?!${WORD_CHAR_CLASS}))${LETTER_CLASS}`,
  'u',
);

/** `حسب أحد رفقائه الدكتور زاهي حواس`: a title and so a name right after the group. */
const TITLED_AFTER =
  /^\s+(?:الدكتور|الشيخ|المهندس|الاستاذ|اللواء|العميد|العقيد|السيد|السيده|الكابتن|المحامي|الاعلامي|الفنان)\s/u;

/**
 * The verb-and-group phrase, if the sentence has one (a span in normalised text), the group's own
 * words, and how a later verb agrees with it: `أحد الباعة` is one man (`وتابع` continues him), `إحدى الموظفات` one woman.
 */
export function quantifiedGroup(
  text: string,
): { span: Span; group: Span; agree: Agreement; byShape: boolean } | undefined {
  const found = verbAndGroup(text);
  if (!found) return undefined;
  const { start, end } = found;
  const cue = text.slice(start, end);
  if (NAMED_AFTER.test(text.slice(end)) || TITLED_AFTER.test(text.slice(end))) return undefined;
  const one = ONE_WORD.exec(cue)?.[1];
  // The group's own words: the cue less its verb and the spaces after it.
  const verbEnd = cue.search(/\s/u);
  // `اتفق عدد من المسؤولين على موعد`: agreeing says something only with the claim after it.
  if (NEEDS_CLAIM.test(cue.slice(0, verbEnd)) && !CLAIM_WITHIN.test(text.slice(end))) return undefined;
  const groupStart = start + verbEnd + (/^\s*/u.exec(cue.slice(verbEnd))?.[0].length ?? 0);
  return {
    span: { start, end },
    group: { start: groupStart, end },
    agree: one === 'احد' ? 'm' : one === 'احدي' ? 'f' : 'pl',
    byShape: found.byShape,
  };
}
