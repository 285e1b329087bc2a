/**
 * Links from a wire mark to the original report: the article's own link to the outlet when it has
 * one, else the outlet's site search and a web search on its domain, both for the English (or,
 * for an Arabic-language outlet, Arabic) keywords of the credited sentence and the headline,
 * bounded to the days around the publication date.
 */
import { outletById } from '../outlets';
import type { Mark, OutletLink } from '../types';
import { articleDate, type DateWindow, dateWindow } from './dates';
import { extractKeywords, type Keyword } from './keywords';
import { isOwnSite, pickPageLink } from './page-links';
import {
  DEFAULT_ENGINE,
  type OutletTarget,
  type SearchEngine,
  siteSearchUrl,
  webSearchUrl,
} from './search-urls';

export interface LinkOptions {
  /** Publication date (ISO 8601) from the page or the batch input; else a dateline is looked for. */
  date?: string;
  /** The article's address: an outlet that is the publisher itself links to this page. */
  url?: string;
  /** Addresses the article links to, nearest the credit first. */
  pageLinks?: readonly string[];
  /** The headline, when the text does not start with it. */
  title?: string;
  /** Web search engine for the second link. */
  engine?: SearchEngine;
}

/** Outlets whose original report is in Arabic: they are searched with the Arabic names. */
const ARABIC_LANGUAGE = new Set(
  (
    'spa wam qna kuna bna ona mena petra sana ina nna wafa saba suna map aps tap lana anadolu ' +
    'aljazeera alarabiya alhadath skynewsarabia alhurra rt almayadeen almanar mbc almasirah ' +
    'aawsat alhayat alquds alriyadh okaz alwatan alyaum almadina aljazirah aleqt albilad alnadwa ' +
    'arriyadiyah arreyadi sabq alweeam 3alyoum elaph almasryalyoum ahram akhbarelyom shorouknews ' +
    'youm7 annahar assafir alakhbar alqabas alrai alkhaleej albayan alittihad alraya alghad ' +
    'addustour alsabah shorouknet alsumaria'
  ).split(' '),
);

export const isArabicOutlet = (id: string) => ARABIC_LANGUAGE.has(id);

/** The headline: the caller's title, else the text's first line when it is short enough to be one. */
export function headlineOf(text: string, title?: string): string {
  if (title?.trim()) return title.trim();
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  return first.length <= 200 ? first : '';
}

/** The search query for `keywords` in the outlet's language. */
export function queryFor(keywords: readonly Keyword[], arabic: boolean): string {
  return [...new Set(keywords.map((k) => (arabic ? k.ar : k.en)))].join(' ');
}

/** Links for one outlet, given the keywords and date window already worked out. */
export function outletLinks(
  outlet: OutletTarget,
  keywords: readonly Keyword[],
  window: DateWindow | undefined,
  options: LinkOptions = {},
): OutletLink[] {
  const query = queryFor(keywords, isArabicOutlet(outlet.id));
  const links: OutletLink[] = [];
  const page = isOwnSite(options.url, outlet.site)
    ? options.url
    : pickPageLink(options.pageLinks ?? [], outlet.site);
  if (page) links.push({ outlet: outlet.id, url: page, kind: 'page', query });
  const site = siteSearchUrl(outlet, query, window);
  if (site) links.push({ outlet: outlet.id, url: site, kind: 'site-search', query });
  const web = webSearchUrl(options.engine ?? DEFAULT_ENGINE, outlet.site, query, window);
  links.push({ outlet: outlet.id, url: web, kind: 'web-search', query });
  return links;
}

/** What every mark of one text shares: its headline and the days around its date. */
interface ArticleContext {
  headline: string;
  window: DateWindow | undefined;
}

function articleContext(text: string, options: LinkOptions): ArticleContext {
  const date = articleDate(text, options.date);
  return { headline: headlineOf(text, options.title), window: date ? dateWindow(date) : undefined };
}

function linksWithin(text: string, mark: Mark, options: LinkOptions, article: ArticleContext): OutletLink[] {
  const sentence = text.slice(mark.start, mark.end);
  const outlets = (mark.outlets ?? []).map(outletById).filter((o) => o !== undefined);
  const names = outlets.flatMap((o) => [...o.names, ...(o.abbreviations ?? [])]);
  const keywords = extractKeywords(sentence, article.headline, undefined, names);
  const links: OutletLink[] = [];
  for (const outlet of outlets) links.push(...outletLinks(outlet, keywords, article.window, options));
  return links;
}

/** Links for a wire mark of `text`: one group per credited outlet the registry knows. */
export function linksForMark(text: string, mark: Mark, options: LinkOptions = {}): OutletLink[] {
  return linksWithin(text, mark, options, articleContext(text, options));
}

/** `marks` with `links` set on every wire mark (other marks unchanged). */
export function attachLinks(text: string, marks: readonly Mark[], options: LinkOptions = {}): Mark[] {
  // The headline and date are read once for the text, and only if something is credited.
  let article: ArticleContext | undefined;
  return marks.map((m) => {
    if (m.kind !== 'wire' || !m.outlets?.length) return m;
    article ??= articleContext(text, options);
    const links = linksWithin(text, m, options, article);
    return links.length ? { ...m, links } : m;
  });
}
