/**
 * Outlets missing from the registry, named in quotes, in Latin letters or as `X للأنباء` after
 * an outlet noun; their id is their Latin name or a transliteration.
 */
import { PROCLITICS_RX } from '../../tokens/clitics';
import type { SentenceView } from '../../detector';
import { ARABIC_CONSONANTS } from '../../latin-letters';
import { ENGLISH_NAME_WORDS } from '../../lexicons/wire';
import { norm, toOriginal } from '../../normalize';
import type { Span } from '../../types';
import { type Credit, creditOf, describe } from './credit';
import { type Mention, withNoun } from './mention';
import { type Credited, type OutletMemory, overlaps } from './memory';
import { BODY_HEADS, ENGLISH_ARTICLE, lookup, NOT_NAMES, NOUNS, type OutletKind, STUDY_WORD } from './words';
import { WORD_CHAR_CLASS } from '../../word-chars';
import { hot } from '../../lexicon';

export const TRANSLIT: Record<string, string> = {
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

/** The English words of outlets' names, by their normalised Arabic spelling. */
const ENGLISH_WORDS = new Map(Object.entries(ENGLISH_NAME_WORDS).map(([ar, en]) => [norm(ar), en]));

/**
 * An id for an outlet missing from the registry: its Latin name, else its words in English where
 * they are English words written in Arabic (ENGLISH_NAME_WORDS), else transliterated.
 */
export function unknownOutletId(written: string): string {
  const latin = written
    .toLowerCase()
    .replace(/^www\./, '')
    // A site's domain without its ending: `euro2day.gr`, `bbc.co.uk`, `example.com`.
    .replace(/\.(?:com|net|org|info|news|co)(?:\.[a-z]{2})?$|\.[a-z]{2}$/, '');
  if (/[a-z]/.test(latin)) return latin.replace(/[^a-z0-9]/g, '');
  const words = written.split(/\s+/).filter(Boolean);
  if (words.length > 1 && ENGLISH_ARTICLE.has(norm(words[0] as string))) words.shift();
  return words
    .map(
      (word) =>
        ENGLISH_WORDS.get(norm(word)) ??
        // `التايم`: the Arabic article before an English word (`time`, not `altaym`).
        ENGLISH_WORDS.get(norm(word).replace(/^ال/u, '')) ??
        [...word].map((ch) => TRANSLIT[ch] ?? (/[0-9]/.test(ch) ? ch : '')).join(''),
    )
    .join('');
}

export const NOUN_ALT = [...NOUNS.keys()].join('|');
/**
 * An outlet noun and its name: in quotes or parentheses (`لموقع (تونيزي تيليجراف)`), in Latin
 * letters, or `X للأنباء`; the noun also definite with one or two words describing it by nation or
 * kind (`الصحيفة الأسبوعية «جورنال دو ديمانش»`, `للموقع الأمريكي BGR`) — not a broadcaster so
 * described (`التلفزيون الحكومي`: national.ts), whose quotes are what it aired.
 */
const DESCRIBED_NOUNS = 'صحيفه|جريده|مجله|موقع|وكاله|شبكه|قناه';
export const UNKNOWN_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})${PROCLITICS_RX}(?:(?:${NOUN_ALT})(?:\\s(?:انباء|الانباء|الاخباريه|الالكترونيه))?|(?:ال|ل)(?:${DESCRIBED_NOUNS})(?:\\s(?:ال)?[\\u0621-\\u064a]{2,}(?:ي|يه)){1,2})\\s?(?:"(?<quoted>[^"]{2,40})"|\\((?<paren>[^()"]{2,40})\\)|(?<latin>[a-z][a-z0-9.\\-]*(?:\\s[a-z][a-z0-9.\\-]*){0,3})|(?<word>[^\\s"،,.:]+)\\sللانباء)`,
  'gu',
);
/**
 * The mention as a credit of an outlet missing from the registry, if something around it makes it
 * one (creditOf) other than `refused`: its id from the name as written, remembered for anaphors by
 * its outlet noun's kind (else `kind`).
 */
function credit(
  s: SentenceView,
  m: Mention,
  memory: OutletMemory,
  out: Credited[],
  refused: readonly Credit[],
  kind?: OutletKind,
): void {
  const how = creditOf(s.norm.text, m);
  const span = toOriginal(s.norm, m.name.start, m.name.end);
  const id = unknownOutletId(s.text.slice(span.start, span.end).trim());
  if (!id) return;
  const rememberAs = m.nounKind ?? kind;
  // A channel named in quotes is the one `القناة` next refers to, even where it is only what the
  // sentence is about (`ذكر موقع … أن قناة «…» حولت …`, then `وزعمت القناة`). Not a paper or an
  // agency: `الصحيفة` may be a magazine's paper named before it, `الوكالة` a body's agency.
  if (m.nounKind === 'broadcaster' && m.quoted) memory.remember(m.nounKind, id);
  if (!how || refused.includes(how)) return;
  if (rememberAs) memory.remember(rememberAs, id);
  out.push({
    cue: { start: m.start, end: m.end },
    source: m.name,
    outlets: [id],
    credit: how,
    why: `${describe(how)} ${id}`,
  });
}

export function scanUnknown(s: SentenceView, memory: OutletMemory, covered: Span[], out: Credited[]): void {
  const t = s.norm.text;
  for (const m of t.matchAll(UNKNOWN_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (overlaps(covered, m.index, end)) continue;
    const written = g.quoted ?? g.paren ?? g.latin ?? g.word ?? '';
    const closed = g.quoted !== undefined || g.paren !== undefined;
    if (!written.trim() || NOT_NAMES.has(written.trim())) continue;
    // A government's or a university's site (`الموقع الإلكتروني www.gosi.gov.sa`) is the body's own.
    if (/\.(?:gov|edu)(?:\.|$)/u.test(written.trim())) continue;
    const nounWord = lookup(m[0].split(/\s/)[0] ?? '', (x) => NOUNS.get(x));
    // `نشره موقع صحيفة «ستار تربيون»`: outlet nouns before this one belong to the mention.
    const mention: Mention = withNoun(
      t,
      {
        start: m.index,
        end,
        name: { start: end - written.length - (closed ? 1 : 0), end: end - (closed ? 1 : 0) },
        nounKind: nounWord.hit,
        lam: nounWord.prep === 'ل',
        lone: false,
        quoted: g.quoted !== undefined,
      },
      0,
    );
    credit(s, mention, memory, out, ['topic']);
  }
}

/**
 * An outlet known only by its quoted name, with a word of news in it and no outlet noun before it
 * (`نقلت «الهيئة السورية للإعلام» عن`, `ونقل «مكتب أخبار سوريا» عن`): an outlet when something makes
 * it the one that reports or is told (creditOf).
 */
export const QUOTED_MEDIA_GATE = hot(/"[^"]{0,40}(?:اعلام|انباء|اخبار|نيوز)/u);
const QUOTED_MEDIA_RX = new RegExp(
  `(?<!${WORD_CHAR_CLASS})(?<lam>[وف]?ل)?"\\s?(?<quoted>[^"]{0,30}(?:اعلام|انباء|اخبار|الاخباريه|نيوز)[^"]{0,20}?)\\s?"`,
  'gu',
);
/**
 * `«خلية الإعلام الحربي»`, `«لجنة الإعلام القومية»`, `«مركز الدراسات والإعلام»`: a body whose
 * name has a word of media in it (a ministry's cell, a committee, a research centre) speaks for
 * itself, as a government body does; it is no outlet.
 */
function namesABody(written: string): boolean {
  const words = written.trim().split(/\s+/u);
  return BODY_HEADS.has((words[0] ?? '').replace(/^ال/u, '')) || words.some((w) => STUDY_WORD.test(w));
}

export function scanQuotedMedia(
  s: SentenceView,
  memory: OutletMemory,
  covered: Span[],
  out: Credited[],
): void {
  const t = s.norm.text;
  for (const m of t.matchAll(QUOTED_MEDIA_RX)) {
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    const written = g.quoted ?? '';
    if (overlaps(covered, m.index, end) || !written.trim() || namesABody(written)) continue;
    const nameStart = m.index + m[0].indexOf(written);
    const mention: Mention = {
      start: m.index,
      end,
      name: { start: nameStart, end: nameStart + written.length },
      lam: g.lam !== undefined,
      lone: false,
      quoted: true,
    };
    credit(s, mention, memory, out, ['topic', 'parens'], 'website');
  }
}
