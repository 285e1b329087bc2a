/**
 * What the reader uses on a marked page besides the highlights: the tooltip (positioned with
 * Floating UI), the hover that opens it, and the wire links in it. A chunk of its own, loaded
 * after the first highlights are painted (controller.ts), so that none of it stands between the
 * page and its first marks. The wire marks' links are asked for later still (of the background,
 * else of the page's own link builder, a large gazetteer: links.ts): in idle time once this has
 * loaded, when the page has wire marks, ahead of the first hover (`prefillLinks`); a wire tooltip
 * asked for before its links are ready opens once they are.
 */
import { caretAt, rangeInView, rectAt } from '../overlay/hit-test';
import { type HoverController, type HoverTarget, watchHover } from '../overlay/hover';
import { createTooltip, type Tooltip } from '../overlay/tooltip';
import type { SearchEngine } from '../shared/settings';
import { type MarkedSentence, type Reading, sentenceAt } from './article';
import type { Translator } from './i18n';
import { type LinkBuilder, loadLinkBuilder, WireLinks } from './links';
import { tooltipContent } from './tooltip-content';

/** Wire marks whose links are worked out ahead of any hover (the nearest to the reader's view). */
const PREFILL_MARKS = 12;

/** The page's state as the UI needs it, read when it needs it (the controller owns it). */
export interface UiState {
  reading(): Reading | null;
  sentences(): readonly MarkedSentence[];
  engine(): SearchEngine;
  translator(): Translator;
  /** True once the controller has been torn down. */
  stopped(): boolean;
}

/** Idle time (or a 200 ms timeout where the browser has no requestIdleCallback or stays busy). */
function idle(win: Window | null): Promise<void> {
  return new Promise<void>((resolve) => {
    const ric = (win as (Window & { requestIdleCallback?: Window['requestIdleCallback'] }) | null)
      ?.requestIdleCallback;
    if (typeof ric === 'function') ric.call(win, () => resolve(), { timeout: 500 });
    else setTimeout(resolve, 200);
  });
}

export class PageUi {
  private readonly tooltip: Tooltip;
  private readonly hover: HoverController;
  private readonly wireLinks: WireLinks;
  /** The reading whose wire links are being (or have been) worked out ahead of the first hover. */
  private prefilled: { reading: Reading; engine: SearchEngine } | null = null;
  /** Where the pointer last asked for a tooltip (to open it once a waited-for tooltip is ready). */
  private pointer: { x: number; y: number } | null = null;

  /**
   * `pointer`: where the reader's pointer was last seen before this loaded (a hover that came
   * before the tooltip could): its tooltip is opened now.
   */
  constructor(
    private readonly doc: Document,
    private readonly state: UiState,
    loadLinks: () => Promise<LinkBuilder> = loadLinkBuilder,
    pointer: { x: number; y: number } | null = null,
  ) {
    this.wireLinks = new WireLinks(loadLinks);
    this.tooltip = createTooltip(doc);
    this.hover = watchHover(doc, this.tooltip, (x, y) => this.targetAt(x, y));
    this.prefillLinks();
    if (pointer) {
      const target = this.targetAt(pointer.x, pointer.y);
      if (target) this.hover.open(target);
    }
  }

  /**
   * A page with wire marks: every wire mark's links worked out (links.ts: by the background),
   * in idle time after the highlights are painted, so that a wire tooltip has its links the
   * moment it first opens. Called again whenever the marks shown change.
   */
  prefillLinks(): void {
    const reading = this.state.reading();
    const engine = this.state.engine();
    if (!reading || (this.prefilled?.reading === reading && this.prefilled.engine === engine)) return;
    // The wire marks nearest the reader's view first, at most PREFILL_MARKS of them: on a live
    // blog with hundreds, the rest are worked out when hovered (the tooltip waits for them).
    const wired = this.state.sentences().filter((s) => s.marks.some((m) => m.kind === 'wire'));
    if (wired.length === 0) return;
    const middle = (this.doc.defaultView?.innerHeight ?? 0) / 2;
    const distance = (s: MarkedSentence) => Math.abs(s.range.getBoundingClientRect().top - middle);
    const nearest =
      wired.length <= PREFILL_MARKS
        ? wired
        : wired
            .map((s) => ({ s, d: distance(s) }))
            .sort((a, b) => a.d - b.d)
            .slice(0, PREFILL_MARKS)
            .map((x) => x.s);
    const wire = nearest.flatMap((s) => s.marks).filter((m) => m.kind === 'wire');
    this.prefilled = { reading, engine };
    const win = this.doc.defaultView;
    const stale = () =>
      this.state.stopped() || this.state.reading() !== reading || this.state.engine() !== engine;
    const page = { doc: this.doc, flat: reading.flat };
    void idle(win).then(() =>
      stale() ? undefined : this.wireLinks.prefill(page, wire, engine, () => idle(win), stale),
    );
  }

  /**
   * Opens the tooltip of `sentence` without the pointer (keyboard command, popup list), once its
   * wire links are known, if `stillWanted` then.
   */
  open(sentence: MarkedSentence, stillWanted: () => boolean = () => true): void {
    const open = () => {
      if (stillWanted()) this.hover.open(this.target(sentence, 0));
    };
    const ready = this.linksReady(sentence);
    if (ready) void ready.then(open);
    else open();
  }

  close(): void {
    this.hover.close();
  }

  dispose(): void {
    this.hover.dispose();
  }

  /** Resolves when the wire links of the sentence's marks are known; null when they are already. */
  private linksReady(sentence: MarkedSentence): Promise<void> | null {
    const reading = this.state.reading();
    if (!reading) return null;
    const page = { doc: this.doc, flat: reading.flat };
    return this.wireLinks.fill(page, sentence.marks, this.state.engine());
  }

  private target(sentence: MarkedSentence, lineIndex: number): HoverTarget {
    const range = sentence.range;
    const win = this.doc.defaultView;
    const anchor = {
      getBoundingClientRect: () => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect(),
    };
    // Wire links are ready when a tooltip opens (see targetAt); should they not be (the engine
    // changed while it was open), the tooltip takes them when they are.
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
    this.pointer = { x, y };
    const reading = this.state.reading();
    if (!reading) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const sentence = sentenceAt(reading, this.state.sentences(), caret.node, caret.offset);
    if (!sentence) return null;
    const line = rectAt(sentence.range, x, y);
    if (!line) return null;
    // A wire tooltip never opens without its links: hovered before they were worked out ahead,
    // it opens when they are, if the pointer is still on the sentence.
    const ready = this.linksReady(sentence);
    if (ready) {
      void ready.then(() => {
        const at = this.pointer;
        if (!at || this.state.stopped() || this.state.reading() !== reading) return;
        const target = this.targetAt(at.x, at.y);
        if (target?.key === String(sentence.start)) this.hover.open(target);
      });
      return null;
    }
    const rects = [...sentence.range.getClientRects()];
    const index = rects.findIndex((r) => r.top === line.top && r.left === line.left);
    return this.target(sentence, Math.max(0, index));
  }
}
