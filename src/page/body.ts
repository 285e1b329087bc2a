/**
 * Which element(s) hold the article body: the container with the most paragraph text, found by
 * scoring every paragraph and crediting its parent and grandparent (the readability approach).
 * Class names only nudge the score; the text decides.
 */
import {
  isExcluded,
  isLinkList,
  isStructurallyExcluded,
  linkDensity,
  namesBody,
  tokensOf,
  visibleLength,
} from './exclude';

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

/**
 * Memoised "is this element left out of the text": the element by every rule (its own link
 * density included), its ancestors only by the rules that hold for all they contain (tags,
 * roles, classes, hidden, editable). A wrapper whose menus and related lists make it mostly
 * links does not veto the article inside it: each candidate is judged on its own text.
 */
export class ExclusionCache {
  private readonly memo = new Map<Element, boolean>();
  private readonly own = new Map<Element, boolean>();

  excluded(el: Element | null): boolean {
    if (el === null || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    let result = this.own.get(el);
    if (result === undefined) {
      result = isLinkList(el) || this.structural(el);
      this.own.set(el, result);
    }
    return result;
  }

  /** Left out with everything inside it (the element or an ancestor, structurally). */
  structural(el: Element | null): boolean {
    if (el === null || el.tagName === 'BODY' || el.tagName === 'HTML') return false;
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    const result = isStructurallyExcluded(el) || this.structural(el.parentElement);
    this.memo.set(el, result);
    return result;
  }
}

/** Phrasing elements: text inside them runs on with the text around them. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
]);

/** One run of text between <br>s (or blocks) directly in a container: its length and linked share. */
interface TextRun {
  length: number;
  linked: number;
  text: string;
}

/**
 * The runs of text a container holds itself, split at <br> and at block children: a body
 * written as text and <br> in a <div> (no <p>) is a list of paragraphs, each scored as one.
 */
function directRuns(el: Element): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun = { length: 0, linked: 0, text: '' };
  const end = () => {
    if (current.length > 0) runs.push(current);
    current = { length: 0, linked: 0, text: '' };
  };
  for (const child of el.childNodes) {
    if (child.nodeType === 3) {
      const data = child.textContent ?? '';
      current.length += visibleLength(data);
      current.text += data;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'BR') {
      end();
    } else if (INLINE_TAGS.has(tag)) {
      if (isExcluded(element)) continue;
      const data = element.textContent ?? '';
      const n = visibleLength(data);
      current.length += n;
      current.text += data;
      if (tag === 'A') current.linked += n;
      else
        for (const a of element.querySelectorAll('a')) current.linked += visibleLength(a.textContent ?? '');
    } else {
      end();
    }
  }
  end();
  return runs;
}

function hintFactor(el: Element): number {
  if (namesBody(el)) return 1.5;
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
  const paragraphScore = (length: number, weight: number) => weight * (1 + Math.min(length / 100, 3));
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toUpperCase();
    if (PARAGRAPH_TAGS.has(tag)) {
      const length = visibleLength(el.textContent ?? '');
      if (length < MIN_PARAGRAPH) continue;
      // A list item or quote inside a paragraph-scored element would count twice.
      if (el.parentElement?.closest('p, li, blockquote, pre') != null) continue;
      if (cache.excluded(el) || cache.structural(el.parentElement)) continue;
      const weight = weigh(el.textContent ?? '') * (1 - linkDensity(el));
      if (weight <= 0) continue;
      const score = paragraphScore(length, weight);
      credit(scores, el.parentElement, score);
      credit(scores, el.parentElement?.parentElement ?? null, score / 2);
    } else if (TEXT_CONTAINER_TAGS.has(tag)) {
      // Text written straight into a container, paragraph by paragraph between <br>s.
      let scored = false;
      for (const run of directRuns(el)) {
        if (run.length < MIN_PARAGRAPH) continue;
        if (!scored && (cache.structural(el) || isLinkList(el))) break;
        scored = true;
        const weight = weigh(run.text) * (1 - run.linked / run.length);
        if (weight <= 0) continue;
        const score = paragraphScore(run.length, weight);
        credit(scores, el, score);
        credit(scores, el.parentElement, score / 2);
      }
    }
  }
  for (const [el, score] of scores) scores.set(el, score * hintFactor(el));
  return scores;
}

/** The body container and any sibling that continues it (a body split by an inline ad), in document order. */
export function findBody(doc: Document, options: BodyOptions = {}, cache = new ExclusionCache()): Element[] {
  const weigh = options.weigh ?? (() => 1);
  const raw = scoreContainers(doc, cache, weigh);
  // Readability's last step: a candidate's score shrinks with its own share of link text. Worked
  // out lazily (it reads the candidate's whole text): candidates are taken best raw score first,
  // and none whose raw score is below the best final score can win.
  const finals = new Map<Element, number>();
  const final = (el: Element): number => {
    let score = finals.get(el);
    if (score === undefined) {
      score = (raw.get(el) ?? 0) * (1 - linkDensity(el));
      finals.set(el, score);
    }
    return score;
  };
  let top: Element | null = null;
  let best = 0;
  for (const [el, score] of [...raw].sort((a, b) => b[1] - a[1])) {
    if (score <= best) break;
    if (final(el) > best) {
      best = final(el);
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
    else if ((raw.get(sibling) ?? 0) >= threshold && final(sibling) >= threshold && !cache.excluded(sibling))
      out.push(sibling);
  }
  return out;
}
