/**
 * The article's headline: the <h1> that reads like the page's title (og:title, <title>), not a
 * logo; failing that, an element marked as the headline whose text matches og:title.
 */
import { isHidden, visibleLength } from './exclude';

const NOT_HEADLINE_ANCESTORS = 'nav, footer, aside, [role="navigation"], [role="contentinfo"]';

/** Words of a title, lower-cased, split at anything that is not a letter or digit. */
function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/** Words shared with the reference title, relative to the longer of the two (a logo shares few). */
function overlap(candidate: string, reference: Set<string>): number {
  const own = words(candidate);
  if (own.size === 0 || reference.size === 0) return 0;
  let shared = 0;
  for (const w of own) if (reference.has(w)) shared++;
  return shared / Math.max(own.size, reference.size);
}

export function pageTitle(doc: Document): string {
  const og = doc.querySelector(
    'meta[property="og:title"], meta[name="og:title"], meta[name="twitter:title"]',
  );
  return og?.getAttribute('content') ?? doc.title ?? '';
}

function visible(el: Element): boolean {
  if (el.closest(NOT_HEADLINE_ANCESTORS) !== null) return false;
  for (let e: Element | null = el; e !== null; e = e.parentElement) if (isHidden(e)) return false;
  return visibleLength(el.textContent ?? '') >= 2;
}

/** A short headline must echo the page title; an unrelated short <h1> is usually the site's logo. */
function plausible(el: Element, title: Set<string>): boolean {
  if (overlap(el.textContent ?? '', title) >= 0.3) return true;
  return visibleLength(el.textContent ?? '') >= 8 && el.querySelector('a[href="/"]') === null;
}

function score(el: Element, title: Set<string>, body: Element | undefined): number {
  let s = 1 + 3 * overlap(el.textContent ?? '', title);
  if (body !== undefined) {
    // Before the body and close to it (same <article>/<main>, or a near common ancestor).
    if (body.compareDocumentPosition(el) & 2) s += 1;
    const frame = el.closest('article, main, [role="main"]');
    if (frame?.contains(body)) s += 1;
  }
  // A logo: an image, or a link to the site's home.
  if (el.querySelector('img, svg') !== null) s -= 2;
  return s;
}

export function findHeadline(doc: Document, body: Element | undefined): Element | null {
  const title = words(pageTitle(doc));
  let best: Element | null = null;
  let bestScore = 0;
  for (const h1 of doc.querySelectorAll('h1')) {
    if (!visible(h1) || !plausible(h1, title)) continue;
    const s = score(h1, title, body);
    if (s > bestScore) {
      bestScore = s;
      best = h1;
    }
  }
  if (best !== null) return best;
  for (const el of doc.querySelectorAll(
    '[itemprop="headline"], .headline, .article-title, .entry-title, h2',
  )) {
    if (visible(el) && overlap(el.textContent ?? '', title) >= 0.6) return el;
  }
  return null;
}
