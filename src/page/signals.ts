/**
 * Structured signals that a page is an article: Open Graph type, JSON-LD and microdata types,
 * an <article> element, a publication time and a byline. Read from the page, never fetched.
 */
import { tokensOf, visibleLength } from './exclude';

const NEWS_TYPES = new Set([
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
]);
const ARTICLE_TYPES = new Set(['article', 'blogposting', 'report', 'socialmediaposting']);
const NON_ARTICLE_TYPES = new Set([
  'videoobject',
  'collectionpage',
  'searchresultspage',
  'webpage',
  'website',
]);

export interface JsonLdSummary {
  /** The most specific article type found: 'news', 'article' or none. */
  article: 'news' | 'article' | null;
  /** A top-level item is a video, a listing or a search page, with no article beside it. */
  nonArticle: string | null;
  published: boolean;
  author: boolean;
}

function typesOf(item: Record<string, unknown>): string[] {
  const t = item['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.toLowerCase().replace(/^.*[/:]/, ''));
}

/** The top-level items of a JSON-LD document: the value itself, array members, and @graph members. */
function topItems(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.flatMap(topItems);
  if (value === null || typeof value !== 'object') return [];
  const item = value as Record<string, unknown>;
  const graph = item['@graph'];
  return graph === undefined ? [item] : [item, ...topItems(graph)];
}

export function readJsonLd(doc: Document): JsonLdSummary {
  const out: JsonLdSummary = { article: null, nonArticle: null, published: false, author: false };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Sites ship broken JSON-LD; it is only a hint.
    }
    for (const item of topItems(parsed)) {
      const types = typesOf(item);
      if (types.some((t) => NEWS_TYPES.has(t))) out.article = 'news';
      else if (types.some((t) => ARTICLE_TYPES.has(t)) && out.article === null) out.article = 'article';
      else if (types.some((t) => NON_ARTICLE_TYPES.has(t) && t !== 'webpage' && t !== 'website')) {
        out.nonArticle = types[0] ?? null;
      }
      if (types.some((t) => NEWS_TYPES.has(t) || ARTICLE_TYPES.has(t))) {
        if (item.datePublished !== undefined) out.published = true;
        if (item.author !== undefined) out.author = true;
      }
    }
  }
  if (out.article !== null) out.nonArticle = null;
  return out;
}

function meta(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return el?.getAttribute('content')?.trim().toLowerCase() ?? null;
}

export function ogType(doc: Document): string | null {
  return meta(doc, 'og:type');
}

export function microdataType(doc: Document): 'news' | 'article' | null {
  let found: 'news' | 'article' | null = null;
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const type = (el.getAttribute('itemtype') ?? '').toLowerCase().replace(/^.*\//, '');
    if (NEWS_TYPES.has(type)) return 'news';
    if (ARTICLE_TYPES.has(type)) found = 'article';
  }
  return found;
}

export function hasPublicationTime(doc: Document): boolean {
  if (meta(doc, 'article:published_time') || meta(doc, 'pubdate') || meta(doc, 'publishdate')) return true;
  if (doc.querySelector('[itemprop="datePublished"]') !== null) return true;
  return doc.querySelector('time[datetime], time[pubdate]') !== null;
}

export function hasByline(doc: Document): boolean {
  if (meta(doc, 'author') || meta(doc, 'article:author')) return true;
  if (doc.querySelector('[rel="author"], [itemprop="author"]') !== null) return true;
  for (const el of doc.querySelectorAll('[class*="author" i], [class*="byline" i], [class*="writer" i]')) {
    if (tokensOf(el).some((t) => t === 'author' || t === 'byline' || t === 'writer')) return true;
  }
  return false;
}

/** An <article> element holding real text (not a teaser card on a listing page). */
export function hasArticleElement(doc: Document): boolean {
  for (const el of doc.querySelectorAll('article, [role="article"]')) {
    if (visibleLength(el.textContent ?? '') >= 400) return true;
  }
  return false;
}
