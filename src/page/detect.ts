/**
 * Is this page an Arabic news article? A cheap gate (isClearlyNotArabic) that reads only the
 * lang attribute, the title and a bounded sample of text, then the full decision (detectArticle)
 * that weighs the language of the main text and the page's article signals.
 */
import { findBody } from './body';
import { isSectionPath, knownSite, nonArticlePath } from './domains';
import { flatten } from './extract';
import { arabicScriptShare, countScripts, scriptLanguage } from './script';
import {
  hasArticleElement,
  hasByline,
  hasPublicationTime,
  microdataType,
  ogType,
  readJsonLd,
} from './signals';

/** For findArticleBlocks' `weigh`: the Arabic-script share of a text, so Arabic prose wins. */
export { arabicScriptShare } from './script';

export type PageLanguage = 'ar' | 'fa' | 'ur' | 'ku' | 'other';

export interface ArticleVerdict {
  article: boolean;
  language: PageLanguage;
  score: number;
  reasons: string[];
}

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
const UNSAMPLED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

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

/**
 * True when the page is clearly not Arabic: no Arabic script in the title or the first ~2 KB of
 * text, and either a declared non-Arabic-script language or enough other text to be sure.
 */
export function isClearlyNotArabic(doc: Document): boolean {
  const lang = primaryLang(doc);
  if (ARABIC_SCRIPT_LANGS.has(lang)) return false;
  if (
    (doc.documentElement.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase() === 'rtl'
  ) {
    return false;
  }
  const c = countScripts(`${doc.title} ${sampleText(doc, 2048)}`);
  const letters = c.arabicScript + c.otherLetters;
  if (c.arabicScript >= 30 || (c.arabicScript > 0 && c.arabicScript >= 0.2 * letters)) return false;
  // An empty shell (the body may still arrive by script) is not "clearly" anything without a lang.
  return lang !== '' || letters >= 50;
}

/** Letters of the main text to read for the language decision. */
const LANGUAGE_SAMPLE = 20_000;
/** A body needs this many Arabic-script letters to be an article at all. */
const MIN_BODY_LETTERS = 150;
const THRESHOLD = 4;
/** A page that declares itself an article (JSON-LD, Open Graph, microdata) needs less else. */
const DECLARED_THRESHOLD = 3;

/** A dateline opens the body: a place (one to three words), maybe `(agency)`, then a dash or colon. */
const DATELINE = /^[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,}){0,2} ?(?:\([^)\n]{1,30}\) ?)?[-–—:]/;

export function detectArticle(
  doc: Document,
  location: { hostname: string; pathname: string },
): ArticleVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };

  const blocks = findBody(doc, { weigh: arabicScriptShare });
  const bodyText = flatten(blocks).text;
  const sample = bodyText.length >= 400 ? bodyText : `${doc.title}\n${sampleText(doc, LANGUAGE_SAMPLE)}`;
  const language = scriptLanguage(sample.slice(0, LANGUAGE_SAMPLE));
  reasons.push(`language ${language}`);

  let veto = false;
  const known = knownSite(location);
  const kind = nonArticlePath(location.pathname, known?.path);
  if (kind === 'home' || (known !== null && kind !== null)) {
    veto = true;
    reasons.push(`${kind} page by its path`);
  } else if (kind !== null) {
    add(-3, `${kind} page by its path`);
  } else if (known !== null && isSectionPath(location.pathname, known.path)) {
    veto = true;
    reasons.push('section front by its path');
  } else if (known !== null) {
    add(1, `known news site ${known.host}`);
  }

  let declared = false;
  const jsonLd = readJsonLd(doc);
  if (jsonLd.article !== null) declared = true;
  if (jsonLd.article === 'news') add(3, 'JSON-LD news article');
  else if (jsonLd.article === 'article') add(2, 'JSON-LD article');
  else if (jsonLd.nonArticle !== null) add(-2, `JSON-LD ${jsonLd.nonArticle}`);
  else {
    const micro = microdataType(doc);
    if (micro !== null) {
      declared = true;
      add(micro === 'news' ? 2 : 1, `microdata ${micro} article`);
    }
  }
  const og = ogType(doc);
  if (og === 'article' || og?.startsWith('article') || og === 'news') {
    declared = true;
    add(2, 'og:type article');
  } else if (og?.startsWith('video')) add(-2, 'og:type video');
  if (hasArticleElement(doc)) add(1, '<article> element with text');
  if (jsonLd.published || hasPublicationTime(doc)) add(1, 'publication time');
  if (jsonLd.author || hasByline(doc)) add(1, 'byline');
  if (DATELINE.test(bodyText.trimStart())) add(1, 'dateline');

  const bodyLetters = countScripts(bodyText).arabicScript;
  const paragraphs = bodyText.split('\n').filter((line) => line.length >= 60).length;
  if (bodyLetters < MIN_BODY_LETTERS) {
    veto = true;
    reasons.push(`too little body text (${bodyLetters} letters)`);
  } else if (bodyLetters >= 400 && paragraphs >= 3) {
    add(2, `body of ${paragraphs} paragraphs`);
  } else {
    add(1, 'short body');
  }

  const article = language === 'ar' && !veto && score >= (declared ? DECLARED_THRESHOLD : THRESHOLD);
  return { article, language, score, reasons };
}
