/**
 * The cheap first look the content script takes at every page it is injected into: is the page
 * clearly not Arabic? It reads only the lang attribute, the title and the first ~2 KB of text, so
 * that pages in other languages cost next to nothing. Kept apart from detect.ts so that the
 * content script's start-up bundle holds this and nothing of the full article detection.
 */
import { countScripts, type ScriptCounts, scriptLanguage } from './script';

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
/** Any character of the Arabic script's blocks (letters, marks, digits, punctuation). */
const ARABIC_SCRIPT_CHAR = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]/;
const UNSAMPLED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Characters of text the gate reads. */
const GATE_SAMPLE = 2048;

/** Up to `limit` characters of the document's visible-ish text, from the top, stopping early. */
export function sampleText(doc: Document, limit: number): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < limit; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && UNSAMPLED_PARENTS.has(parent.tagName.toUpperCase())) continue;
    const data = (node as Text).data;
    if (data.trim() === '') continue;
    parts.push(data);
    length += data.length;
  }
  return parts.join(' ').slice(0, limit);
}

function primaryLang(doc: Document): string {
  return (doc.documentElement.getAttribute('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
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
  const sample = `${doc.title} ${sampleText(doc, GATE_SAMPLE)}`;
  const otherLanguage = lang !== '' && !ARABIC_SCRIPT_LANGS.has(lang) && !declaresRtl(doc);
  // The common case, decided by one native scan instead of a count of every letter.
  if (otherLanguage && !ARABIC_SCRIPT_CHAR.test(sample)) return true;
  const c = countScripts(sample);
  const letters = c.arabicScript + c.otherLetters;
  if (c.arabicScript >= 30 || (c.arabicScript > 0 && c.arabicScript >= 0.2 * letters)) {
    return isOtherArabicScriptLanguage(sample, c);
  }
  // Too little Arabic script to tell which language: a page declaring one goes on.
  if (ARABIC_SCRIPT_LANGS.has(lang)) return false;
  // Right to left without Arabic script at the top (Hebrew, say) is clear given enough text.
  if (declaresRtl(doc)) return c.arabicScript === 0 && letters >= 50;
  // An empty shell (the body may still arrive by script) is not "clearly" anything without a lang.
  return lang !== '' || letters >= 50;
}

/** Persian, Urdu or Kurdish by the sample's letters and small words (not Arabic, not too little text). */
function isOtherArabicScriptLanguage(sample: string, counts: ScriptCounts): boolean {
  const language = scriptLanguage(sample, counts);
  return language === 'fa' || language === 'ur' || language === 'ku';
}
