/**
 * What a page's tooltip needs of the engine besides the marks: an outlet's names and links, and a
 * search link's query changed by the reader. A public entry of its own, apart from the engine
 * (incremental.ts), so that the tooltip's chunk does not bring the detectors into a page whose
 * text the background read.
 */
export { replaceQuery, type SearchEngine } from './links/search-urls';
export { outletById, outletLink } from './outlets';
