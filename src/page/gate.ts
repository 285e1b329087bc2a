/**
 * The cheap first look the content script takes at every page it is injected into: is the page
 * clearly not Arabic? It reads only the lang attribute, the title and the first ~2 KB of text (not
 * even that when the lang attribute and the title agree), so that pages in other languages cost
 * next to nothing. Kept apart from detect.ts so that the content script's start-up bundle holds
 * this and nothing of the full article detection.
 */

/** Languages written in the Arabic script: a page declaring one of them needs a closer look. */
const ARABIC_SCRIPT_LANGS = new Set([
  'ar',
  'fa',
  'ur',
  'ku',
  'ckb',
  'ps',
  'sd',
  'ug',
  'ks',
  'pnb',
  'arz',
  'ary',
  'apc',
  'acm',
  'prs',
]);
/** Arabic itself and its dialects: a page declaring one is always read. */
const ARABIC_LANGS = new Set(['ar', 'arz', 'ary', 'apc', 'acm']);
/*
 * The gate counts with regular expressions (one native scan each) rather than a loop over
 * every character: it runs once per page, cold, where interpreted JavaScript is slow.
 */
/** Any character of the Arabic script's blocks (letters, marks, digits, punctuation). */
const ARABIC_SCRIPT_CHAR = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/;
/** Letters of the Arabic script (as script.ts counts them). */
const ARABIC_SCRIPT_LETTERS =
  /[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/g;
/** Letters of the scripts a page in another language is mostly written in. */
const OTHER_LETTERS =
  /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0900-\u0dff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/g;
/** Letters Arabic does not use: Persian's (also Urdu's), Urdu's and Sorani Kurdish's own. */
const OTHER_LANGUAGE_LETTERS = [
  /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c0]/g,
  /[\u0679\u0688\u0691\u06ba\u06c1\u06d2\u06d3]/g,
  /[\u0695\u06ce\u06c6\u06b5\u06d5]/g,
];
/** Small words only Arabic uses among these languages (Persian says در، به، این). */
const ARABIC_ONLY_WORDS =
  /(?:^|[^\u0600-\u06ff])(?:في|على|إلى|الى|التي|الذي|هذا|هذه|قال|عن)(?![\u0600-\u06ff])/g;
/** Own letters must be this share of the Arabic-script letters (a few names do not count). */
const LETTER_SHARE = 0.01;
const MIN_DISTINCT = 3;
const UNSAMPLED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NON_SPACE = /\S/;
/** Characters of text the gate reads. */
const GATE_SAMPLE = 2048;
/** Letters of other scripts a title needs to speak for its page (`Council approves road plan`). */
const TITLE_LETTERS = 16;

/** Up to `limit` characters of the document's visible-ish text, from the top, stopping early. */
export function sampleText(doc: Document, limit: number): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < limit; node = walker.nextNode()) {
    // nodeName is upper case in HTML documents; an XML document's lower-case tags are sampled.
    const parent = node.parentNode;
    if (parent && UNSAMPLED_PARENTS.has(parent.nodeName)) continue;
    const data = (node as Text).data;
    if (!NON_SPACE.test(data)) continue;
    parts.push(data);
    length += data.length;
  }
  return parts.join(' ').slice(0, limit);
}

function primaryLang(doc: Document): string {
  return (doc.documentElement?.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * True when the page's root element declares Arabic (or one of its dialects): known as soon as
 * the root element is parsed, long before the rest of the page (the entry starts loading its
 * session then).
 */
export function declaresArabic(doc: Document): boolean {
  return ARABIC_LANGS.has(primaryLang(doc));
}

function declaresRtl(doc: Document): boolean {
  return (
    (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl'
  );
}

/**
 * True when the page is clearly not Arabic:
 * - little or no Arabic script in the title and the first ~2 KB of text, and either a declared
 *   language of another script or enough other text to be sure; or
 * - a page that does not declare Arabic whose top is written in Persian, Urdu or Kurdish (by
 *   their own letters and small words): the full detection would say the same, at a cost.
 */
export function isClearlyNotArabic(doc: Document): boolean {
  const lang = primaryLang(doc);
  if (ARABIC_LANGS.has(lang)) return false;
  const otherLanguage = lang !== '' && !ARABIC_SCRIPT_LANGS.has(lang) && !declaresRtl(doc);
  // The commonest page of all, told without walking the body (the walk is most of the gate's
  // cost): a declared language of another script, left to right, and a title written in it.
  if (otherLanguage && titleInOtherScript(doc.title)) return true;
  const sample = `${doc.title} ${sampleText(doc, GATE_SAMPLE)}`;
  // The common case: a declared language of another script and no Arabic script at the top.
  if (otherLanguage && !ARABIC_SCRIPT_CHAR.test(sample)) return true;
  const arabic = arabicLetterCount(sample);
  const letters = arabic + count(sample, OTHER_LETTERS);
  if (arabic >= 30 || (arabic > 0 && arabic >= 0.2 * letters))
    return isOtherArabicScriptLanguage(sample, arabic);
  // Too little Arabic script to tell which language: a page declaring one goes on.
  if (ARABIC_SCRIPT_LANGS.has(lang)) return false;
  // Right to left without Arabic script at the top (Hebrew, say) is clear given enough text.
  if (declaresRtl(doc)) return arabic === 0 && letters >= 50;
  // An empty shell (the body may still arrive by script) is not "clearly" anything without a lang.
  return lang !== '' || letters >= 50;
}

/** A title of a few words in other scripts with no Arabic script at all (not a bare brand: `BBC`). */
function titleInOtherScript(title: string): boolean {
  return !ARABIC_SCRIPT_CHAR.test(title) && count(title, OTHER_LETTERS) >= TITLE_LETTERS;
}

/** How many characters of `text` the (global, one-character) pattern matches. */
function count(text: string, pattern: RegExp): number {
  return text.length - text.replace(pattern, '').length;
}

/**
 * How many letters of the Arabic script `text` holds (script.ts `countScripts(text).arabicScript`),
 * by one native scan: article detection counts a whole body with it on a page's first reading,
 * cold, where countScripts' loop runs interpreted.
 */
export function arabicLetterCount(text: string): number {
  return count(text, ARABIC_SCRIPT_LETTERS);
}

/**
 * Persian, Urdu or Kurdish: enough of their own letters, and hardly any of the small words only
 * Arabic uses (an Arabic site typed on a Persian keyboard has its ی and ک, and its في and على).
 */
function isOtherArabicScriptLanguage(sample: string, arabicLetters: number): boolean {
  const marked = OTHER_LANGUAGE_LETTERS.some((letters) => {
    const n = count(sample, letters);
    return n >= MIN_DISTINCT && n >= LETTER_SHARE * arabicLetters;
  });
  if (!marked) return false;
  ARABIC_ONLY_WORDS.lastIndex = 0;
  const arabicWords = sample.match(ARABIC_ONLY_WORDS)?.length ?? 0;
  return arabicWords < MIN_DISTINCT;
}
