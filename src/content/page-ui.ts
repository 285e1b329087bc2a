/**
 * What the reader uses on a marked page besides the highlights: the tooltip (positioned with
 * Floating UI), the hover that opens it, and the wire links in it. A chunk of its own, loaded
 * after the first highlights are painted (controller.ts), so that none of it stands between the
 * page and its first marks; the link builder (a large gazetteer) loads later still, the first time
 * a wire tooltip opens.
 */
import { caretAt, rangeInView, rectAt } from '../overlay/hit-test';
import { type HoverController, type HoverTarget, watchHover } from '../overlay/hover';
import { createTooltip, type Tooltip } from '../overlay/tooltip';
import type { SearchEngine } from '../shared/settings';
import { type MarkedSentence, type Reading, sentenceAt } from './article';
import type { Translator } from './i18n';
import { type LinkBuilder, loadLinkBuilder, WireLinks } from './links';
import { tooltipContent } from './tooltip-content';

/** The page's state as the UI needs it, read when it needs it (the controller owns it). */
export interface UiState {
  reading(): Reading | null;
  sentences(): readonly MarkedSentence[];
  engine(): SearchEngine;
  translator(): Translator;
}

export class PageUi {
  private readonly tooltip: Tooltip;
  private readonly hover: HoverController;
  private readonly wireLinks: WireLinks;

  constructor(
    private readonly doc: Document,
    private readonly state: UiState,
    loadLinks: () => Promise<LinkBuilder> = loadLinkBuilder,
  ) {
    this.wireLinks = new WireLinks(loadLinks);
    this.tooltip = createTooltip(doc);
    this.hover = watchHover(doc, this.tooltip, (x, y) => this.targetAt(x, y));
  }

  /** Opens the tooltip of `sentence` without the pointer (keyboard command, popup list). */
  open(sentence: MarkedSentence): void {
    this.hover.open(this.target(sentence, 0));
  }

  close(): void {
    this.hover.close();
  }

  dispose(): void {
    this.hover.dispose();
  }

  private target(sentence: MarkedSentence, lineIndex: number): HoverTarget {
    const range = sentence.range;
    const win = this.doc.defaultView;
    const anchor = {
      getBoundingClientRect: () => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect(),
    };
    // Wire links are built lazily: the tooltip opens at once and takes them when they are ready.
    const engine = this.state.engine();
    const links = this.wireLinks;
    const content = () =>
      tooltipContent(sentence.marks, this.state.translator(), {
        linksOf: (m) => links.cached(m, engine),
        engine,
      });
    const reading = this.state.reading();
    if (reading) {
      const page = { doc: this.doc, flat: reading.flat };
      void links.fill(page, sentence.marks, engine)?.then(() => this.tooltip.update(anchor, content()));
    }
    return {
      key: String(sentence.start),
      anchor,
      content: content(),
      inView: () => (win ? rangeInView(range, win) : false),
    };
  }

  private targetAt(x: number, y: number): HoverTarget | null {
    const reading = this.state.reading();
    if (!reading) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const sentence = sentenceAt(reading, this.state.sentences(), caret.node, caret.offset);
    if (!sentence) return null;
    const line = rectAt(sentence.range, x, y);
    if (!line) return null;
    const rects = [...sentence.range.getClientRects()];
    const index = rects.findIndex((r) => r.top === line.top && r.left === line.left);
    return this.target(sentence, Math.max(0, index));
  }
}
