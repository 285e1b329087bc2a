/**
 * `wire`: a sentence that credits a news agency or outlet (ANNOTATION.md). An outlet's name counts
 * when something makes it the origin of the report or the one spoken to: a reporting verb or
 * `بحسب` before it, `لـ` on it (`قال لـ«عكاظ»`), a dateline, byline or source footer around it,
 * parentheses (`(أ ف ب)`), or a reporting verb after it. A name that is also an ordinary word
 * (`اليوم`, `الرياض`) needs an outlet noun, quotation marks or a dateline as well. `وأضافت الوكالة`
 * refers back to the outlet last credited. Outlets missing from the registry but named after an
 * outlet noun get an id from their Latin name, or a transliteration of the Arabic one.
 */
import type { Detector, Finding, SentenceView } from '../detector';
import {
  ANAPHORS,
  CREDIT_FILLERS,
  CREDIT_VERBS,
  CREDIT_WORDS,
  FOOTER_HEADS,
  NATIONAL_BROADCASTERS,
  NATIONALITIES,
  NOT_A_NAME,
  OUTLET_DESCRIPTORS,
  OUTLET_NOUNS,
  PLACE_FORMS,
  TOPIC_WORDS,
} from '../lexicons/wire';
import { trieAlt } from '../lexicon';
import { norm, toOriginal } from '../normalize';
import { ARABIC_CONSONANTS } from '../latin-letters';
import type { Outlet } from '../outlets';
import type { Span } from '../types';
import { isLamVariant, lookupForm, outletNameMatches } from './wire-names';

type OutletKind = Outlet['kind'];

const normSet = (xs: readonly string[]) => new Set(xs.map(norm));
const NOUNS = new Map(Object.entries(OUTLET_NOUNS).map(([k, v]) => [norm(k), v]));
const DESCRIPTORS = normSet(OUTLET_DESCRIPTORS);
/**
 * Verbs also carry object pronouns (`لا تذكرها`, `نقلتهم`), and a past or present form also
 * has its plural and dual (`أكدوا لـCNN`, `قالا`, `يقولون`).
 */
const withNumber = (v: string): string[] => {
  const n = norm(v);
  if (/(?:ت|ه|ها)$/.test(n)) return [v];
  return /^[يت]/.test(n) ? [v, `${n}ون`] : [v, `${n}وا`, `${n}ا`];
};
const VERBS = normSet(CREDIT_VERBS.flatMap(withNumber).flatMap((v) => [v, `${v}ه`, `${v}ها`, `${v}هم`]));
const WORDS = normSet(CREDIT_WORDS);
const FILLERS = normSet(CREDIT_FILLERS);
const TOPICS = normSet(TOPIC_WORDS);
const PLACES = normSet(PLACE_FORMS);
const NOT_NAMES = normSet(NOT_A_NAME);

const PUNCT = /^[\s"'()[\]«»*•.,،:;؛!?؟\-+/]+|[\s"'()[\]«»*•.,،:;؛!?؟\-+/]+$/g;
/** Punctuation that ends a phrase; a comma does not (`خبر نقلته، أيضا، وكالة …`). */
const BREAK_AFTER = /[.:;؛!?؟]["')\]]*$/;

/** A word with its proclitics split off: `ولوكاله` → conj `و`, prep `ل`, stem `وكاله`. */
interface Word {
  stem: string;
  prep: string;
  raw: string;
}

/** The word without its punctuation; of `عامة.وفقا` (a missing space) only the last part. */
function strip(raw: string): string {
  const w = raw.replace(PUNCT, '');
  const inner = w.search(/[.:;؛!?؟،,][^.:;؛!?؟،,]*$/);
  return inner > 0 ? w.slice(inner + 1) : w;
}
/** A sentence or clause break inside a word (`عامة.وفقا`) ends the search leftwards after it. */
const innerBreak = (raw: string) => /[\p{L}\p{N}][.:;؛!?؟][\p{L}\p{N}]/u.test(raw);

/** Try the stem with and without proclitics against `set`. */
function lookup<T>(raw: string, has: (w: string) => T | undefined, preps = true): Word & { hit?: T } {
  const w = strip(raw);
  const direct = has(w);
  if (direct !== undefined) return { stem: w, prep: '', raw, hit: direct };
  const m = preps ? /^([وف]?)([بلك]?)(.+)$/.exec(w) : /^([وف]?)()(.+)$/.exec(w);
  if (m) {
    for (const [prep, stem] of [
      [m[2] ?? '', m[3] ?? ''],
      ['', `${m[2] ?? ''}${m[3] ?? ''}`],
    ] as const) {
      const hit = has(stem);
      if (hit !== undefined && stem.length > 1) return { stem, prep, raw, hit };
      // `للصحيفه` / `للانباء`: the article swallowed after ل.
      if (prep === 'ل' && stem.startsWith('ل')) {
        const again = has(`ا${stem}`);
        if (again !== undefined) return { stem: `ا${stem}`, prep, raw, hit: again };
      }
    }
  }
  return { stem: w, prep: '', raw };
}

const inSet = (set: Set<string>) => (w: string) => (set.has(w) ? true : undefined);

/**
 * How far the words around a mention are read, in characters: far more than the 24 words any
 * rule asks for, yet bounded, so a sentence without spaces costs no more per mention than a
 * normal one (otherwise every mention would rescan the whole sentence before or after it).
 */
const REACH_BACK = 600;
const REACH_AHEAD = 300;

/** A longer run without spaces is no word a rule knows (a URL, a run of abbreviations). */
const LONGEST_WORD = 64;

/**
 * The words before `end`, nearest first (within REACH_BACK characters). A run longer than
 * LONGEST_WORD is cut to its last LONGEST_WORD characters and ends the list.
 */
function wordsBefore(t: string, end: number, max: number): { raw: string; start: number }[] {
  const out: { raw: string; start: number }[] = [];
  const floor = Math.max(0, end - REACH_BACK);
  let i = end;
  while (out.length < max && i > floor) {
    while (i > floor && t[i - 1] === ' ') i--;
    const stop = i;
    const cut = Math.max(floor, stop - LONGEST_WORD);
    while (i > cut && t[i - 1] !== ' ') i--;
    if (stop > i) out.push({ raw: t.slice(i, stop), start: i });
    if (i === cut && i > floor && t[i - 1] !== ' ') break;
  }
  return out;
}

/** The first `max` whitespace-separated words from `from` on (within REACH_AHEAD characters). */
function wordsAfter(t: string, from: number, max: number): string[] {
  return t
    .slice(from, from + REACH_AHEAD)
    .trim()
    .split(/\s+/)
    .slice(0, max);
}

/** Index of the last non-space character before `at`, or -1. */
function lastVisible(t: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /\s/.test(t[i] as string)) i--;
  return i;
}

interface Mention {
  /** Start of the whole phrase (outlet noun, proclitics, quotes) and end of the name. */
  start: number;
  end: number;
  name: Span;
  nounKind?: OutletKind;
  lam: boolean;
  lone: boolean;
  quoted: boolean;
}

/** Extend a name leftwards over outlet nouns and descriptors (`لوكالة أنباء` + name). */
function withNoun(t: string, m: Mention, floor: number): Mention {
  let start = m.start;
  let lam = m.lam;
  let nounKind = m.nounKind;
  for (const w of wordsBefore(t, start, 3)) {
    // Never borrow the words of the outlet named just before (`وكالة الأنباء الإماراتية اليوم`).
    if (w.start < floor) break;
    if (
      BREAK_AFTER.test(w.raw) &&
      !QUOTE_NEXT.test(t.slice(w.start + w.raw.length, w.start + w.raw.length + REACH_AHEAD))
    )
      break;
    const noun = lookup(w.raw, (x) => NOUNS.get(x));
    if (noun.hit !== undefined) {
      nounKind ??= noun.hit;
      if (noun.prep === 'ل') lam = true;
      start = w.start;
      continue;
    }
    if (lookup(w.raw, inSet(DESCRIPTORS)).hit || /^ال\S+يه$/.test(strip(w.raw))) {
      start = w.start;
      continue;
    }
    break;
  }
  return { ...m, start, lam, nounKind };
}

/** A quotation mark after optional spaces. */
const QUOTE_NEXT = /^\s*"/;

type Credit = 'told' | 'verb' | 'after' | 'parens' | 'dateline' | 'footer' | 'topic' | undefined;

/** `أن`, `إن`, `بأنه`: the claim has begun. */
const CLAIM_START = /^[وف]?ب?[اأإ]ن(?:ه|ها|هم|هما)?$/;

/**
 * Is there a reporting verb or credit word earlier in the clause? The speaker may come with a
 * long title set off by commas (`قال العميد …، المتحدث باسم قوات …، لـ«الشرق الأوسط»`), so the
 * reach is long, but not across the start of a claim (`قال إن الحكومة سمحت لقناة …`) that far back.
 */
function speaksBefore(t: string, end: number): boolean {
  let claim = false;
  for (const [k, w] of wordsBefore(t, end, 24).entries()) {
    if (BREAK_AFTER.test(w.raw)) return false;
    if (lookup(w.raw, inSet(VERBS), false).hit || lookup(w.raw, inSet(WORDS)).hit) return !claim || k < 14;
    if (innerBreak(w.raw)) return false;
    if (CLAIM_START.test(strip(w.raw))) claim = true;
  }
  return false;
}

/** What makes the mention a credit, judged from the words around it. */
function creditOf(t: string, m: Mention, reach = 0): Credit {
  const near = wordsBefore(t, m.start, Math.max(5, reach));
  const first = near[0];
  if (first && !BREAK_AFTER.test(first.raw) && lookup(first.raw, inSet(TOPICS)).hit) return 'topic';
  // `قال … لـ«عكاظ»`: told to the outlet, when something in the clause speaks or the line is a
  // headline credit (`مدير التعليم لـ«اليوم»: …`); not `سمحت لقناة … بالبث`.
  // `أكدت مصادر إلى «الوطن»`: told to the outlet with إلى as with لـ.
  const toward = first !== undefined && strip(first.raw) === 'الي';
  if ((m.lam || m.lone || toward) && (/^\s*"?\s*:/.test(t.slice(m.end)) || speaksBefore(t, m.start)))
    return 'told';
  for (const w of near) {
    if (BREAK_AFTER.test(w.raw)) break;
    if (lookup(w.raw, inSet(VERBS), false).hit || lookup(w.raw, inSet(WORDS)).hit) return 'verb';
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
  // `وكانت صحيفة "الوطن" قد نشرت`, `«رويترز» علمت`.
  let k = 0;
  for (const raw of wordsAfter(t, m.end, 4)) {
    const w = strip(raw);
    if (VERBS.has(w)) return 'after';
    if (k++ > 2 || /[.,،:؛]$/.test(raw)) break;
    if (
      w === 'قد' ||
      w === 'اول' ||
      w === 'من' ||
      DESCRIPTORS.has(w) ||
      /^[a-z0-9.-]+$/.test(w) ||
      /^ال\S+يه$/.test(w)
    )
      continue;
    break;
  }
  return undefined;
}

/** The slots of a dateline, byline or credit line at the head of a sentence (`* طوكيو - «رويترز»:`). */
function headSlots(t: string, wholeLine: boolean): Span[] {
  let end = -1;
  const colon = t.indexOf(':');
  // A short line of its own is all head (`الرياض: الوطن`); else the head ends at the colon.
  if (wholeLine && t.length <= 80) end = t.length;
  else if (colon >= 0 && colon <= 70) end = colon;
  if (end < 0) return [];
  const slots: Span[] = [];
  const sep = /[-:*()/|،,]+/g;
  // Page furniture in Latin letters before a byline (`Next Previous عين اليوم – جدة`).
  let from = /^(?:[a-z]+\s+)*/.exec(t)?.[0].length ?? 0;
  for (const m of t.slice(0, end).matchAll(sep)) {
    slots.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  slots.push({ start: from, end });
  return slots;
}

/** Does the mention fill a whole slot of the head (nothing but the name and its quotes)? */
function fillsSlot(t: string, slots: Span[], m: Mention): boolean {
  return slots.some(
    (s) =>
      s.start <= m.start &&
      m.end <= s.end &&
      t.slice(s.start, s.end).replace(PUNCT, '').replace(/"/g, '').trim() ===
        t.slice(m.name.start, m.name.end),
  );
}

/** A source footer or credit line: `المصدر: الجزيرة + وكالات`, `* خدمة «واشنطن بوست»`. */
const FOOTER_RX = new RegExp(`^[\\s*\\-•]*(?:${FOOTER_HEADS.map(norm).join('|')})\\s*:?\\s*`);
function footerEnd(t: string): number {
  const m = FOOTER_RX.exec(t);
  if (!m) return -1;
  return t.length - m[0].length <= 60 ? t.length : -1;
}

const TRANSLIT: Record<string, string> = {
  ...ARABIC_CONSONANTS,
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ع: 'a',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ئ: 'y',
  ؤ: 'w',
  ء: '',
};

/** An id for an outlet missing from the registry: its Latin name, else a transliteration. */
export function unknownOutletId(written: string): string {
  const latin = written
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(com|net|org)$/, '');
  if (/[a-z]/.test(latin)) return latin.replace(/[^a-z0-9]/g, '');
  return [...written].map((ch) => TRANSLIT[ch] ?? (/[0-9]/.test(ch) ? ch : '')).join('');
}

const NOUN_ALT = [...NOUNS.keys()].join('|');
const UNKNOWN_RX = new RegExp(
  `(?<![\\p{L}\\p{N}])[وف]?[بلك]?(?:${NOUN_ALT})(?:\\s(?:انباء|الانباء|الاخباريه|الالكترونيه))?\\s?(?:"(?<quoted>[^"]{2,40})"|(?<latin>[a-z][a-z0-9.\\-]*(?:\\s[a-z][a-z0-9.\\-]*){0,3})|(?<word>[^\\s"،,.:]+)\\sللانباء)`,
  'gu',
);
const ANAPHOR_RX = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<lam>لل)|[وف]?ب?ال)(?<noun>${Object.keys(ANAPHORS)
    .map((k) => norm(k).slice(2))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const ANAPHOR_KINDS = new Map(Object.entries(ANAPHORS).map(([k, v]) => [norm(k).slice(2), v]));

interface Credited {
  cue: Span;
  source: Span;
  outlets: string[];
  why: string;
}

/** Who was credited last, by kind of outlet, for `وأضافت الوكالة`. */
class OutletMemory {
  private last = new Map<OutletKind, string>();
  remember(kind: OutletKind, id: string): void {
    this.last.set(kind, id);
  }
  recall(kinds: readonly OutletKind[]): string | undefined {
    for (const k of kinds) {
      const id = this.last.get(k);
      if (id) return id;
    }
    return undefined;
  }
}

function describe(credit: Credit): string {
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

/** Outlets whose name is otherwise a place, never an adverb or a common noun (الأناضول، فارس). */
const PLACE_ONLY = new Set(['anadolu', 'fars', 'tasnim']);

/** A reporting verb or credit word is the word right before `at` (`ذكرت الأناضول`). */
function creditRightBefore(t: string, at: number): boolean {
  const w = wordsBefore(t, at, 1)[0];
  return (
    w !== undefined &&
    !BREAK_AFTER.test(w.raw) &&
    (lookup(w.raw, inSet(VERBS), false).hit === true || lookup(w.raw, inSet(WORDS)).hit === true)
  );
}

/** A year (and its م) right before a name that ends the line: `الرياض 12 مارس 2024م رويترز`. */
const YEAR_BEFORE = /\d{4}\s*م?\s*$/;

function scanNames(s: SentenceView, names: RegExpExecArray[], memory: OutletMemory, out: Credited[]): Span[] {
  const t = s.norm.text;
  // The head and footer of the sentence are read once, and only if an outlet is named.
  let slots: Span[] | undefined;
  let footer: number | undefined;
  const covered: Span[] = [];
  let floor = 0;
  for (const m of names) {
    const g = m.groups ?? {};
    const form = lookupForm(g.name, g.abbr);
    if (!form) continue;
    const nameText = g.name ?? g.abbr ?? '';
    const nameStart = m.index + m[0].indexOf(nameText, (g.lone?.length ?? 0) + (g.pre?.length ?? 0));
    const quoted = g.q !== undefined && g.qc !== undefined;
    const base: Mention = {
      start: m.index,
      end: m.index + m[0].length,
      name: { start: nameStart, end: nameStart + nameText.length },
      lam: (g.pre ?? '').endsWith('ل') || isLamVariant(g.name),
      lone: g.lone !== undefined,
      quoted,
    };
    // `لـ(عكاظ)`: the outlet in parentheses after a detached لـ, as in quotation marks.
    if (t[m.index - 1] === '(' && /(?:^|\s)[وف]?ل\($/.test(t.slice(Math.max(0, m.index - 4), m.index))) {
      base.start = t.lastIndexOf('ل', m.index);
      base.lam = true;
      base.quoted = true;
    }
    const mention = withNoun(t, base, floor);
    floor = base.end;
    covered.push({ start: mention.start, end: mention.end });
    const outlet = pickOutlet(form.outlets, mention.nounKind);
    let credit: Credit;
    slots ??= headSlots(t, s.wholeLine);
    footer ??= footerEnd(t);
    if (fillsSlot(t, slots, mention) && !PLACES.has(nameText.replace(/^ل/, 'ال'))) credit = 'dateline';
    else if (footer > mention.start) credit = 'footer';
    else if (mention.quoted && !form.ambiguous && /^[\s*\-•(]*$/.test(t.slice(0, mention.start)))
      // `"رويترز" بدأ الجيش …`: a credit line run into the first sentence.
      credit = 'dateline';
    else if (
      s.wholeLine &&
      mention.end >= lastVisible(t, t.length) &&
      YEAR_BEFORE.test(t.slice(Math.max(0, mention.start - 40), mention.start))
    )
      credit = 'dateline';
    else credit = creditOf(t, mention, !form.ambiguous && outlet.kind === 'agency' ? 9 : 0);
    if (!credit || credit === 'topic') continue;
    if (form.ambiguous && !['dateline', 'footer'].includes(credit)) {
      const context =
        mention.nounKind !== undefined ||
        mention.quoted ||
        mention.lone ||
        (credit === 'parens' && (outlet.kind === 'agency' || speaksBefore(t, mention.start))) ||
        // `ذكرت الأناضول`, `بحسب الأناضول`: a name that is otherwise only a place, right after a credit.
        (credit === 'verb' && PLACE_ONLY.has(outlet.id) && creditRightBefore(t, mention.start));
      if (!context) continue;
    }
    memory.remember(mention.nounKind ?? outlet.kind, outlet.id);
    out.push({
      cue: { start: mention.start, end: mention.end },
      source: mention.name,
      outlets: [outlet.id],
      why: `${describe(credit)} ${outlet.english}`,
    });
  }
  return covered;
}

/**
 * Does [start, end) overlap a covered span? `covered` is in text order and its spans do not
 * overlap (each mention starts after the one before ends), so a binary search finds the one
 * span that can: a sentence that names outlets many times stays linear.
 */
function overlaps(covered: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = covered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covered[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const c = covered[lo];
  return c !== undefined && c.start < end;
}

function pickOutlet(candidates: Outlet[], nounKind: OutletKind | undefined): Outlet {
  const first = candidates[0] as Outlet;
  if (!nounKind) return first;
  const wanted: OutletKind[] = nounKind === 'newspaper' ? ['newspaper', 'website'] : [nounKind];
  return candidates.find((o) => wanted.includes(o.kind)) ?? first;
}

function scanUnknown(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(UNKNOWN_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (overlaps(covered, m.index, end)) continue;
    const written = g.quoted ?? g.latin ?? g.word ?? '';
    if (!written.trim() || NOT_NAMES.has(written.trim())) continue;
    const nounWord = lookup(m[0].split(/\s/)[0] ?? '', (x) => NOUNS.get(x));
    const mention: Mention = {
      start: m.index,
      end,
      name: { start: end - written.length - (g.quoted ? 1 : 0), end: end - (g.quoted ? 1 : 0) },
      nounKind: nounWord.hit,
      lam: nounWord.prep === 'ل',
      lone: false,
      quoted: g.quoted !== undefined,
    };
    const credit = creditOf(t, mention);
    if (!credit || credit === 'topic') continue;
    const span = toOriginal(s.norm, mention.name.start, mention.name.end);
    const id = unknownOutletId(s.text.slice(span.start, span.end).trim());
    if (!id) continue;
    if (mention.nounKind) memory.remember(mention.nounKind, id);
    out.push({
      cue: { start: mention.start, end },
      source: mention.name,
      outlets: [id],
      why: `${describe(credit)} ${id}`,
    });
  }
}

/**
 * `قالت صحيفة أولي الأرجنتينية`, `بحسب موقع ترك برس`, `ذكرت وكالة الأنباء الإيطالية`: an outlet
 * missing from the registry, named in Arabic letters after an outlet noun (a foreign name has no
 * article and is no adjective), or an agency described as a news agency. Only right after a
 * credit (a reporting verb or word, `لـ` after a verb of saying), so that `قناة السويس` and
 * `وكالة الطاقة الدولية` stay what they are.
 */
const FOREIGN_RX = new RegExp(
  `(?<![\\p{L}\\p{N}])[وف]?(?<prep>[بل])?(?<noun>${NOUN_ALT}|صحيفتي|صحيفتا)(?<desc>\\s(?:انباء|الانباء|الاعلام|اعلام))?(?<name>(?:\\s[\\p{L}]{2,}){1,3})`,
  'gu',
);
/** Words that end a name: particles, pronouns, the start of the claim. */
const NAME_STOPS = normSet([
  ...['أن', 'إن', 'ان', 'بأن', 'بان', 'عن', 'في', 'من', 'على', 'إلى', 'الى', 'مع', 'التي', 'الذي'],
  ...['قد', 'لم', 'لا', 'ما', 'كما', 'أمس', 'امس', 'اليوم', 'عبر', 'حول', 'بعد', 'قبل', 'خلال', 'نقلا'],
  ...['أيضا', 'ايضا', 'مؤخرا', 'وقالت', 'وقال', 'قوله', 'قولها', 'بقوله', 'بقولها', 'انه', 'انها'],
  ...['هذا', 'هذه', 'الجمعة', 'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس'],
]);
/** Heads that make an outlet noun someone else's page or a place (`موقع وزارة`, `موقع تويتر`). */
const NOT_OUTLET_HEADS = normSet([
  'حزب',
  'وزارة',
  'هيئة',
  'جامعة',
  'نادي',
  'شركة',
  'منظمة',
  'تويتر',
  'فيسبوك',
]);
/** A website is an outlet only when it says so (`موقع ترك برس الإخباري`). */
const NEWS_SITE = /(?:^|\s)(?:الاخباري|الالكتروني|الاعلامي|الاخباريه|الالكترونيه)(?:\s|$)/u;
const NISBA_WORD = /^(?:ال)?\p{L}{2,}(?:يه|ي|يين|يون)$/u;

function scanForeign(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(FOREIGN_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const nameStart = end - (g.name ?? '').trim().length;
    const words = t.slice(nameStart, end).split(' ');
    const name: string[] = [];
    for (const w of words) {
      if (NAME_STOPS.has(w) || (w.startsWith('و') && name.length > 0)) break;
      name.push(w);
    }
    const noun = (g.noun ?? '').replace(/(?:تي|تا)$/, 'ه');
    const nounKind = NOUNS.get(noun);
    if (!nounKind || name.length === 0) continue;
    const first = name[0] as string;
    const nameEnd = nameStart + name.join(' ').length;
    // A registered name further on (`الرياضية`) is another mention; only the head must be free.
    if (overlaps(covered, m.index, nameStart + first.length)) continue;
    let id: string | undefined;
    if (g.desc) {
      // A news agency described by its country (`وكالة الأنباء الإيطالية`), or only as a news agency.
      if (nounKind !== 'agency') continue;
      // `وكالة أنباء رسمية`, `وكالة أنباء إيطالية`: an indefinite adjective describes, it names no one.
      if (!first.startsWith('ال') && /يه$/.test(first)) continue;
      const country = name.map((w) => NATIONS.get(w.replace(/^ال/, '').replace(/ه$/, ''))).find(Boolean);
      id = country ? `${country}agency` : first.startsWith('ال') ? 'newsagency' : unknownOutletId(first);
    } else {
      // A foreign name: no article, not an adjective (`صحيفة بريطانية` is vague, not named).
      // `صحيفة بريطانية`, `موقع أمريكي`: an adjective; a foreign name may end in ي (`صحيفة أولي`).
      const masculine = nounKind === 'website' || noun === 'تلفزيون' || noun === 'راديو';
      if (nounKind === 'agency' || first.startsWith('ال') || /يه$/.test(first)) continue;
      if (masculine && NISBA_WORD.test(first)) continue;
      if (NOT_NAMES.has(first) || TOPICS.has(first) || VERBS.has(first) || WORDS.has(first)) continue;
      if (NOT_OUTLET_HEADS.has(first) || NOUNS.has(first)) continue;
      if (nounKind === 'website' && !NEWS_SITE.test(t.slice(nameStart, end))) continue;
      id = unknownOutletId(name.filter((w, k) => k === 0 || !w.startsWith('ال')).join(' '));
    }
    if (!id) continue;
    const mention: Mention = {
      start: m.index,
      end: nameEnd,
      name: { start: nameStart, end: nameEnd },
      nounKind,
      lam: g.prep === 'ل',
      lone: false,
      quoted: false,
    };
    const credit = creditOf(t, mention);
    if (credit !== 'verb' && credit !== 'told') continue;
    memory.remember(nounKind, id);
    out.push({
      cue: { start: m.index, end: nameEnd },
      source: mention.name,
      outlets: [id],
      why: `${describe(credit)} ${id}`,
    });
  }
}

const NATIONS = new Map(Object.entries(NATIONALITIES).map(([k, v]) => [norm(k), v]));
const BROADCASTERS = new Map(Object.entries(NATIONAL_BROADCASTERS).map(([k, v]) => [norm(k), v]));
/** `للتلفزيون السوري الرسمي`, `الإذاعة العامة الإسرائيلية`: a definite broadcaster and up to three adjectives. */
const NATIONAL_RX = new RegExp(
  `(?<![\\p{L}\\p{N}])[وف]?(?<pre>لل|بال|ال)(?<noun>${[...BROADCASTERS.keys()].join('|')})(?<adjs>(?:\\sال[\\p{L}]+){1,3})`,
  'gu',
);

/**
 * A country's broadcaster named by its nationality (`ذكر التلفزيون السوري`, `قال للإذاعة
 * الإسرائيلية`): an outlet with an id made of the country and the medium (`syriatv`).
 */
function scanNational(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(NATIONAL_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (overlaps(covered, m.index, end)) continue;
    const country = (g.adjs ?? '')
      .trim()
      .split(/\s/)
      .map((a) => NATIONS.get(a.replace(/^ال/, '').replace(/ه$/, '')))
      .find((c) => c !== undefined);
    const medium = BROADCASTERS.get(g.noun ?? '');
    if (!country || !medium) continue;
    const mention: Mention = {
      start: m.index,
      end,
      name: { start: m.index + m[0].indexOf(g.noun ?? ''), end },
      nounKind: 'broadcaster',
      lam: g.pre === 'لل',
      lone: false,
      quoted: false,
    };
    const credit = creditOf(t, mention);
    if (!credit || credit === 'topic') continue;
    const id = `${country}${medium}`;
    memory.remember('broadcaster', id);
    out.push({
      cue: { start: m.index, end },
      source: mention.name,
      outlets: [id],
      why: `${describe(credit)} ${id}`,
    });
  }
}

/** After `الوكالة`: the words of another body (`الدولية`, `الأمريكية للتنمية`, `الحكومية`). */
const OTHER_BODY =
  /^(?:\s(?:الدوليه|الحكوميه|الوطنيه|الاتحاديه|الامميه)(?![\p{L}])|(?:\sال\p{L}+){1,2}\sلل\p{L})/u;

function scanAnaphors(s: SentenceView, memory: OutletMemory, out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(ANAPHOR_RX)) {
    const g = m.groups ?? {};
    const kinds = ANAPHOR_KINDS.get(g.noun ?? '');
    if (!kinds) continue;
    // `للوكالة الدولية للطاقة الذرية`, `الموقع الرسمي للوزارة`: another body, not the outlet again.
    if (OTHER_BODY.test(t.slice(m.index + m[0].length))) continue;
    const mention: Mention = {
      start: m.index,
      end: m.index + m[0].length,
      name: { start: m.index, end: m.index + m[0].length },
      lam: g.lam !== undefined && g.noun !== 'موقع',
      lone: false,
      quoted: false,
    };
    const credit = creditOf(t, mention);
    if (!credit || credit === 'topic' || credit === 'after') continue;
    const id = memory.recall(kinds);
    if (!id) continue;
    out.push({
      cue: mention,
      source: mention.name,
      outlets: [id],
      why: `${describe(credit)} the outlet named before (${id})`,
    });
  }
}

/**
 * Text each scan needs somewhere in the sentence, as plain patterns: an outlet's name or
 * abbreviation (scanNames), an outlet noun (scanUnknown, scanAnaphors), a broadcaster noun
 * (scanNational). Most sentences credit no one; they cost a few fast scans, and memory only
 * changes on a credit.
 */
const NOUN_GATE = new RegExp(trieAlt([...NOUNS.keys(), ...ANAPHOR_KINDS.keys()]), 'u');
const BROADCASTER_GATE = new RegExp(trieAlt([...BROADCASTERS.keys()]), 'u');

export function createWireDetector(): Detector {
  const memory = new OutletMemory();
  return (s) => {
    const t = s.norm.text;
    // The names themselves are found by a word index, cheaper than any gate pattern.
    const names = outletNameMatches(t);
    const named = names.length > 0;
    const noun = NOUN_GATE.test(t);
    const broadcaster = BROADCASTER_GATE.test(t);
    if (!named && !noun && !broadcaster) return [];
    const credited: Credited[] = [];
    const covered = named ? scanNames(s, names, memory, credited) : [];
    if (noun) scanUnknown(s, memory, covered, credited);
    if (noun && credited.length === 0) scanForeign(s, memory, covered, credited);
    if (broadcaster) scanNational(s, memory, covered, credited);
    if (credited.length === 0 && noun) scanAnaphors(s, memory, credited);
    const first = credited[0];
    if (!first) return [];
    const finding: Finding = {
      kind: 'wire',
      cue: first.cue,
      source: first.source,
      outlets: [...new Set(credited.flatMap((c) => c.outlets))],
      explanation: `Wire: ${credited.map((c) => c.why).join('; ')}.`,
    };
    return [finding];
  };
}
