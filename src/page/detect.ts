/**
 * Is this page an Arabic news article? After the cheap gate (gate.ts), the full decision: the
 * language of the main text and the page's article signals, weighed.
 */
import { findBody } from './body';
import { isSectionPath, knownSite, nonArticlePath } from './domains';
import { flatten } from './extract';
import { arabicLetterCount, sampleText } from './gate';
import { arabicScriptShare, scriptLanguage } from './script';
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
export { isClearlyNotArabic, sampleText } from './gate';

export type PageLanguage = 'ar' | 'fa' | 'ur' | 'ku' | 'other';

/** Why a page is not read, in the words the popup tells the reader (see NotArticleReason's users). */
export type NotArticleReason = 'language' | 'front-page' | 'not-article';

export interface ArticleVerdict {
  article: boolean;
  language: PageLanguage;
  score: number;
  reasons: string[];
  /** When not an article, the reason a reader would understand; null for an article. */
  rejected: NotArticleReason | null;
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

/** The body the decision weighs: its blocks and their flattened text (without the headline). */
export interface BodyReading {
  blocks: readonly Element[];
  text: string;
}

/** The body as the detection finds it on its own: Arabic prose weighs most. */
export function readBody(doc: Document): BodyReading {
  const blocks = findBody(doc, { weigh: arabicScriptShare });
  return { blocks, text: flatten(blocks).text };
}

/**
 * Is the page an Arabic news article? `body` is the page's body when the caller has read it
 * already (the content script reads it once for both the decision and the text).
 */
export function detectArticle(
  doc: Document,
  location: { hostname: string; pathname: string },
  body: BodyReading = readBody(doc),
): ArticleVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${reason}`);
  };

  const bodyText = body.text;
  const sample = bodyText.length >= 400 ? bodyText : `${doc.title}\n${sampleText(doc, LANGUAGE_SAMPLE)}`;
  const language = scriptLanguage(sample.slice(0, LANGUAGE_SAMPLE));
  reasons.push(`language ${language}`);

  let veto = false;
  // A home, section, tag or search page: a list of stories (the reader is told so).
  let front = false;
  const known = knownSite(location);
  const kind = nonArticlePath(location.pathname, known?.path);
  if (kind === 'home' || (known !== null && kind !== null)) {
    veto = true;
    front = kind !== 'video';
    reasons.push(`${kind} page by its path`);
  } else if (kind !== null) {
    front = kind !== 'video';
    add(-3, `${kind} page by its path`);
  } else if (known !== null && isSectionPath(location.pathname, known.path)) {
    veto = true;
    front = true;
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

  const bodyLetters = arabicLetterCount(bodyText);
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
  let rejected: NotArticleReason | null = null;
  if (!article) rejected = language !== 'ar' ? 'language' : front ? 'front-page' : 'not-article';
  return { article, language, score, reasons, rejected };
}
