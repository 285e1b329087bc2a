/**
 * Links from wire marks to the original reports. The content script imports this lazily (the
 * gazetteer is large); analyze() in ../index attaches the links for everyone else.
 */
export { articleDate, dateWindow, parseDate } from './dates';
export { extractKeywords, type Keyword } from './keywords';
export { pickPageLink } from './page-links';
export {
  DEFAULT_ENGINE,
  replaceQuery,
  SEARCH_ENGINES,
  type SearchEngine,
  siteSearchUrl,
  webSearchUrl,
} from './search-urls';
export { attachLinks, type LinkOptions, linksForMark } from './wire-links';
