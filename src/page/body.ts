/**
 * Which element(s) hold the article body: the container with the most paragraph text, found by
 * scoring every paragraph and crediting its parent and grandparent (the readability approach).
 * Class names only nudge the score; the text decides.
 */
import { isExcluded, linkDensity, tokensOf, visibleLength } from './exclude';

/** Share (0..1) of a text that counts towards the body, e.g. the share in the page's script. */
export type TextWeight = (text: string) => number;

export interface BodyOptions {
  weigh?: TextWeight;
}

/** Shortest paragraph (non-space characters) that counts as prose. */
const MIN_PARAGRAPH = 25;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'LI', 'DD']);
/** Elements that may carry body text directly, separated by <br> rather than <p>. */
const TEXT_CONTAINER_TAGS = new Set(['DIV', 'TD', 'SECTION', 'ARTICLE', 'MAIN', 'FONT', 'CENTER']);
const BODY_HINTS = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'entrycontent',
  'post',
  'postbody',
  'story',
  'storybody',
  'text',
  'main',
  'news',
  'details',
  'detail',
  'fieldnamebody',
  'maintext',
]);

/** Memoised "is this element or an ancestor left out of the text" up to `stop`. */
export class ExclusionCache {
  private readonly memo = new Map<Element, boolean>();

  excluded(el: Element | null): boolean {
    if (el === null || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    const result = isExcluded(el) || this.excluded(el.parentElement);
    this.memo.set(el, result);
    return result;
  }
}

function directTextLength(el: Element): number {
  let n = 0;
  for (const child of el.childNodes) if (child.nodeType === 3) n += visibleLength(child.textContent ?? '');
  return n;
}

function hintFactor(el: Element): number {
  return tokensOf(el).some((t) => BODY_HINTS.has(t)) ? 1.25 : 1;
}

function credit(scores: Map<Element, number>, el: Element | null, amount: number): void {
  if (el === null || el.tagName === 'HTML') return;
  scores.set(el, (scores.get(el) ?? 0) + amount);
}

/** Scores each candidate container by the paragraph text it holds. */
export function scoreContainers(
  doc: Document,
  cache: ExclusionCache,
  weigh: TextWeight,
): Map<Element, number> {
  const scores = new Map<Element, number>();
  const root = doc.body;
  if (!root) return scores;
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    const isParagraph = PARAGRAPH_TAGS.has(tag);
    if (!isParagraph && !TEXT_CONTAINER_TAGS.has(tag)) continue;
    const length = isParagraph ? visibleLength(el.textContent ?? '') : directTextLength(el);
    if (length < MIN_PARAGRAPH) continue;
    // A list item or quote inside a paragraph-scored element would count twice.
    if (isParagraph && el.parentElement?.closest('p, li, blockquote, pre') != null) continue;
    if (cache.excluded(el)) continue;
    const text = el.textContent ?? '';
    const weight = weigh(text) * (1 - linkDensity(el));
    if (weight <= 0) continue;
    const score = weight * (1 + Math.min(length / 100, 3));
    if (isParagraph) {
      credit(scores, el.parentElement, score);
      credit(scores, el.parentElement?.parentElement ?? null, score / 2);
    } else {
      credit(scores, el, score);
      credit(scores, el.parentElement, score / 2);
    }
  }
  for (const [el, score] of scores) scores.set(el, score * hintFactor(el));
  return scores;
}

/** The body container and any sibling that continues it (a body split by an inline ad), in document order. */
export function findBody(doc: Document, options: BodyOptions = {}, cache = new ExclusionCache()): Element[] {
  const weigh = options.weigh ?? (() => 1);
  const scores = scoreContainers(doc, cache, weigh);
  let top: Element | null = null;
  let best = 0;
  for (const [el, score] of scores) {
    if (score > best) {
      best = score;
      top = el;
    }
  }
  if (top === null) return [];
  const parent = top.parentElement;
  if (parent === null || top.tagName === 'BODY') return [top];
  const threshold = Math.max(3, best * 0.25);
  const out: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) out.push(sibling);
    else if ((scores.get(sibling) ?? 0) >= threshold && !cache.excluded(sibling)) out.push(sibling);
  }
  return out;
}
