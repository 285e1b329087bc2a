/**
 * Which elements are not part of the article's readable text: code and media, hidden nodes,
 * editable regions, and page furniture (navigation, ads, comments, share bars, related lists).
 * Language-neutral: decided from tags, attributes, class/id tokens, styles and link density.
 */

/** Never text a reader reads as the article. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  // Editable or interactive: what the user types is not the article.
  'INPUT',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'BUTTON',
  'DIALOG',
  // Page furniture.
  'NAV',
  'ASIDE',
  'FOOTER',
  'MENU',
  'INS',
]);

const FURNITURE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'form',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);

/** Class or id tokens (split at spaces, '-' and '_') that name page furniture. */
const FURNITURE_TOKENS = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'adsbygoogle',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'promo',
  'banner',
  'related',
  'recommended',
  'recommendations',
  'readmore',
  'mostread',
  'popular',
  'trending',
  'outbrain',
  'taboola',
  'share',
  'sharing',
  'sharebar',
  'social',
  'comment',
  'comments',
  'disqus',
  'newsletter',
  'subscribe',
  'subscription',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'tags',
  'taglist',
  // An article's metadata block (source, date, reading time): labels, not sentences.
  'meta',
  'metadata',
  'keywords',
  'cookie',
  'cookies',
  'consent',
  'modal',
  'popup',
  'toolbar',
  'print',
  // Embedded posts quote another platform, not the article.
  'tweet',
  'twitter',
  'instagram',
  'tiktok',
  'embed',
  'oembed',
]);

/** Content containers whose link-heavy children are lists of other stories. */
const LINK_DENSITY_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'UL',
  'OL',
  'LI',
  'DL',
  'TABLE',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
]);

/** Share of an element's text inside links above which it is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.6;

export function tokensOf(el: Element): string[] {
  const raw = `${el.id} ${el.getAttribute('class') ?? ''}`.toLowerCase();
  const out: string[] = [];
  for (const word of raw.split(/\s+/)) {
    if (!word) continue;
    out.push(word.replace(/[-_]/g, ''));
    for (const part of word.split(/[-_]+/)) if (part) out.push(part);
  }
  return out;
}

/**
 * Whole class/id words that name the article's own text container. An element named by one
 * of them is the body even when another of its words names furniture (`entry-content
 * no-share`, `article-body has-comments`): the lesson of Readability's "ok, maybe" candidates.
 */
const BODY_WORDS = new Set([
  'articlebody',
  'articlecontent',
  'articletext',
  'entrycontent',
  'entrybody',
  'postcontent',
  'postbody',
  'storybody',
  'storycontent',
  'storytext',
  'newsbody',
  'newscontent',
  'newstext',
  'maintext',
  'bodytext',
  'articledetails',
  'detailsbody',
  'contentbody',
  'fieldnamebody',
]);

/** Class/id words, each as written (lower case, '-' and '_' kept). */
function wordsOf(el: Element): string[] {
  return `${el.id} ${el.getAttribute('class') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Furniture tokens of the element's words, leaving out words that negate (`no-share`, `hide-comments`). */
function furnitureTokens(el: Element): string[] {
  const out: string[] = [];
  for (const word of wordsOf(el)) {
    if (/^(?:no|not|without|hide|hidden|disable|disabled|has)[-_]/.test(word)) continue;
    const joined = word.replace(/[-_]/g, '');
    if (FURNITURE_TOKENS.has(joined)) out.push(joined);
    for (const part of word.split(/[-_]+/)) if (FURNITURE_TOKENS.has(part)) out.push(part);
  }
  return out;
}

/** The element names itself the article's text (a whole word of BODY_WORDS). */
export function namesBody(el: Element): boolean {
  return wordsOf(el).some((w) => BODY_WORDS.has(w.replace(/[-_]/g, '')));
}

export function hasFurnitureHint(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (furnitureTokens(el).length === 0) return false;
  return !namesBody(el);
}

export function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce.toLowerCase() !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

/** The element's computed `display`, or '' where the environment computes no styles. */
export function computedDisplay(el: Element): string {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return '';
  return view.getComputedStyle(el).display ?? '';
}

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  const view = el.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    const computed = view.getComputedStyle(el);
    if (computed.display === 'none' || computed.visibility === 'hidden') return true;
  }
  return false;
}

/** Elements whose text is code or data, never read: left out of every count of text. */
const CODE_SELECTOR = 'script, style, noscript, template';

/**
 * Non-whitespace characters of the element's text that a reader could read: the text of
 * <script>, <style>, <noscript> and <template> inside it is not counted (a page's inline
 * scripts would otherwise decide how much of it looks like links).
 */
export function proseLength(el: Element): number {
  let total = visibleLength(el.textContent ?? '');
  if (total === 0) return 0;
  for (const code of el.querySelectorAll(CODE_SELECTOR)) {
    // Code inside code (a <noscript> parsed as elements) is counted once, at the outermost.
    if (code.parentElement?.closest(CODE_SELECTOR)) continue;
    total -= visibleLength(code.textContent ?? '');
  }
  return Math.max(0, total);
}

/** Share (0..1) of the element's readable text that sits inside links; code never counts. */
export function linkDensity(el: Element): number {
  const total = proseLength(el);
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) {
    if (a.closest(CODE_SELECTOR) === null) linked += visibleLength(a.textContent ?? '');
  }
  return Math.min(1, linked / total);
}

export const visibleLength = (text: string): number => text.replace(/\s+/g, '').length;

/** Media figures: their captions describe a picture, not the story. */
function isMediaFigure(el: Element): boolean {
  return el.tagName === 'FIGURE' && el.querySelector('img, picture, video, iframe, svg, canvas') !== null;
}

/**
 * A form is furniture (search, comment, login, newsletter) unless it wraps the page: some
 * frameworks (ASP.NET Web Forms) put the whole page, article included, in one <form>.
 */
function isFurnitureForm(el: Element): boolean {
  if (el.querySelector('article, main, [role="main"]') !== null) return false;
  const body = el.ownerDocument.body;
  if (!body) return true;
  // Counted in elements, not text: cheap on a huge page, and a wrapper holds most of them.
  return el.getElementsByTagName('*').length < 0.5 * body.getElementsByTagName('*').length;
}

/**
 * Left out of the text whatever is inside it: code, media, hidden and editable nodes, and
 * furniture named by its tag, role or class. Unlike link density, this holds for everything
 * below the element, so it may veto an ancestor's descendants.
 */
export function isStructurallyExcluded(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'FORM' && isFurnitureForm(el)) return true;
  if (tag === 'FIGCAPTION' || isMediaFigure(el)) return true;
  // An article's own <header> holds its title and standfirst; the page's header is furniture.
  if (tag === 'HEADER' && el.closest('article') === null) return true;
  return isEditable(el) || isHidden(el) || hasFurnitureHint(el);
}

/** A block that is mostly links (a list of other stories, a menu), judged on its own text. */
export function isLinkList(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return LINK_DENSITY_TAGS.has(tag) && el.querySelector('a') !== null && linkDensity(el) > MAX_LINK_DENSITY;
}

/** Elements in the article's subtree that are left out of its text (roots are never tested for furniture). */
export function isExcluded(el: Element): boolean {
  return isStructurallyExcluded(el) || isLinkList(el);
}

/** Elements whose text can never be shown or read, even when chosen as a root. */
export function isInvisibleOrEditable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return true;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return isEditable(el) || isHidden(el);
}
