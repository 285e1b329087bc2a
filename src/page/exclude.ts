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
  'FORM',
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

export function hasFurnitureHint(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return tokensOf(el).some((t) => FURNITURE_TOKENS.has(t));
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

/** Non-whitespace characters of an element's text, and how many of them sit inside links. */
export function linkDensity(el: Element): number {
  const total = visibleLength(el.textContent ?? '');
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += visibleLength(a.textContent ?? '');
  return linked / total;
}

export const visibleLength = (text: string): number => text.replace(/\s+/g, '').length;

/** Media figures: their captions describe a picture, not the story. */
function isMediaFigure(el: Element): boolean {
  return el.tagName === 'FIGURE' && el.querySelector('img, picture, video, iframe, svg, canvas') !== null;
}

/** Elements in the article's subtree that are left out of its text (roots are never tested for furniture). */
export function isExcluded(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'FIGCAPTION' || isMediaFigure(el)) return true;
  // An article's own <header> holds its title and standfirst; the page's header is furniture.
  if (tag === 'HEADER' && el.closest('article') === null) return true;
  if (isEditable(el) || isHidden(el) || hasFurnitureHint(el)) return true;
  if (LINK_DENSITY_TAGS.has(tag) && el.querySelector('a') !== null && linkDensity(el) > MAX_LINK_DENSITY) {
    return true;
  }
  return false;
}

/** Elements whose text can never be shown or read, even when chosen as a root. */
export function isInvisibleOrEditable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return true;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return isEditable(el) || isHidden(el);
}
