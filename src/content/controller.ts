/**
 * The page's state in the content script: the current reading, the sentences shown, the
 * highlights and tooltip, and the place in the list for the keyboard command.
 */
import { createPainter, type PaintItem, type Painter } from '../overlay/highlights';
import { removeOverlay } from '../overlay/host';
import { caretAt, rangeInView, rectAt } from '../overlay/hit-test';
import { type HoverController, type HoverTarget, watchHover } from '../overlay/hover';
import { createTooltip, type Tooltip } from '../overlay/tooltip';
import type { MarkKind } from '../analysis/types';
import type { StepCommand } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { emptyCounts, emptySummary, type PageSummary, summarize } from '../shared/summary';
import {
  isNotRead,
  type MarkedSentence,
  markedSentences,
  analyseReading,
  type Reading,
  readArticleText,
  sentenceAt,
  stillAttached,
} from './article';
import type { NotArticleReason } from '../page/detect';
import type { FlatText } from '../page/flat';
import { HUGE_TEXT, looksLikeArabicArticle, readHugePage, textExceeds } from './huge-page';
import type { Translator } from './i18n';
import { type LinkBuilder, loadLinkBuilder, WireLinks } from './links';
import { nextTurn } from './next-turn';
import { TEXT_CAP } from './text-cap';
import { tooltipContent } from './tooltip-content';

/** Wire marks whose links are worked out ahead of any hover (the nearest to the reader's view). */
const PREFILL_MARKS = 12;

/** Stands for the text of a huge page while it is being read (never equal to real text). */
const HUGE = '\u0000huge';

/** Idle time (or a 200 ms timeout where the browser has no requestIdleCallback or stays busy). */
function idle(win: Window | null): Promise<void> {
  return new Promise<void>((resolve) => {
    const ric = (win as (Window & { requestIdleCallback?: Window['requestIdleCallback'] }) | null)
      ?.requestIdleCallback;
    if (typeof ric === 'function') ric.call(win, () => resolve(), { timeout: 500 });
    else setTimeout(resolve, 200);
  });
}

/** After the next frame has rendered (or 100 ms, where a hidden tab renders none). */
function afterFrame(win: Window | null): Promise<void> {
  return new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      setTimeout(resolve, 0);
    };
    win?.requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

interface Ui {
  tooltip: Tooltip;
  hover: HoverController;
}

export class PageController {
  private reading: Reading | null = null;
  private sentences: MarkedSentence[] = [];
  private ui: Ui | null = null;
  private painter: Painter | null = null;
  private cursor = -1;
  private readonly wireLinks: WireLinks;
  /** Bumped by every new reading: an analysis still running for an older one gives up. */
  private generation = 0;
  /** The text an analysis is running on, so that a page mutating around it does not restart it. */
  private pendingText: string | null = null;
  /** Why the page was last given up on (told to the popup); null while it may be an article. */
  private rejected: NotArticleReason | null = null;
  private stopped = false;
  /** The reading whose wire links are being (or have been) worked out ahead of the first hover. */
  private prefilled: { reading: Reading; engine: string } | null = null;
  /** Where the pointer last asked for a tooltip (to open it once a waited-for tooltip is ready). */
  private pointer: { x: number; y: number } | null = null;

  constructor(
    private readonly doc: Document,
    private settings: Settings,
    private translator: Translator,
    /** Told the number of marked sentences whenever it changes (the badge). */
    private readonly onCount: (sentences: number, byKind: Record<MarkKind, number>) => void,
    /** Loads the link builder's chunk, the first time a wire tooltip opens. */
    loadLinks: () => Promise<LinkBuilder> = loadLinkBuilder,
  ) {
    this.wireLinks = new WireLinks(loadLinks);
  }

  private get hostname(): string {
    return this.doc.location?.hostname ?? '';
  }

  private get enabled(): boolean {
    return isSiteEnabled(this.settings, this.hostname);
  }

  /** Re-reads the page if its article text may have changed; cheap when nothing did. */
  refresh(): void {
    if (this.stopped) return;
    if (!this.enabled) {
      this.cancel();
      this.reading = null;
      this.render();
      return;
    }
    const previous = this.reading;
    if (textExceeds(this.doc, HUGE_TEXT)) {
      // Read once; again only when what was read has left the page.
      const settled = previous !== null && previous.total !== undefined && stillAttached(previous);
      if (!settled && this.pendingText !== HUGE) void this.analyseHuge();
      return;
    }
    const known = previous ? { href: previous.href, blocks: previous.flat.blocks } : null;
    const read = readArticleText(this.doc, known);
    const flat = isNotRead(read) ? null : read;
    this.rejected = isNotRead(read) ? read.rejected : null;
    const unchanged = previous && flat && flat.text === previous.flat.text && stillAttached(previous);
    if (unchanged || (!previous && !flat)) return;
    if (flat && flat.text === this.pendingText) return;
    void this.analyse(flat, previous);
  }

  /** Analyses in slices (the page stays responsive); the newest reading wins. */
  private async analyse(flat: FlatText | null, previous: Reading | null): Promise<void> {
    const run = this.cancel();
    this.pendingText = flat?.text ?? null;
    const current = () => run === this.generation && !this.stopped;
    // An article: its highlight styles go in now, while the engine works (see highlights.ts).
    if (flat) this.ensurePainter().prepare();
    const next = flat ? await analyseReading(flat, previous, { cancelled: () => !current() }) : null;
    if (!current()) return;
    this.pendingText = null;
    this.reading = next;
    this.render();
  }

  /** A page with far more text than the cap: read from the top by the bounded reader, in slices. */
  private async analyseHuge(): Promise<void> {
    const run = this.cancel();
    this.pendingText = HUGE;
    const current = () => run === this.generation && !this.stopped;
    // Given up: pendingText stays HUGE so that page changes do not start this again.
    this.rejected = looksLikeArabicArticle(this.doc) ? null : 'not-article';
    if (this.rejected) return;
    // The restyle the styles cause, in a frame of its own before the reader asks for styles.
    this.ensurePainter().prepare(true);
    await afterFrame(this.doc.defaultView);
    if (!current()) return;
    const read = await readHugePage(
      this.doc,
      TEXT_CAP,
      () => nextTurn(),
      () => !current(),
    );
    if (!read || !current()) return;
    const next = await analyseReading(read.flat, null, { cancelled: () => !current() });
    if (!next || !current()) return;
    this.pendingText = null;
    // Marks a reading by the bounded reader (`total`), capped or not.
    this.reading = { ...next, total: read.total ?? read.flat.text.length };
    this.render();
  }

  private cancel(): number {
    this.pendingText = null;
    return ++this.generation;
  }

  updateSettings(settings: Settings, translator: Translator): void {
    this.settings = settings;
    this.translator = translator;
    this.ui?.hover.close();
    if (!this.enabled) this.reading = null;
    // Kinds only filter the marks already found; a site switched back on is read afresh.
    this.render();
    this.refresh();
  }

  private render(): void {
    this.sentences = this.reading ? markedSentences(this.reading, this.settings.kinds) : [];
    this.cursor = Math.min(this.cursor, this.sentences.length - 1);
    if (this.sentences.length > 0) {
      this.ensureUi();
      // In document order: the painter registers the first ones first.
      const items: PaintItem[] = [];
      for (const s of this.sentences) {
        // The range is made when the painter first needs it.
        for (const m of s.marks)
          items.push({
            kind: m.kind,
            get range() {
              return s.range;
            },
          });
      }
      this.ensurePainter().paint(items);
    } else {
      this.painter?.clear();
      this.ui?.hover.close();
    }
    this.prefillLinks();
    // Counts only: the full summary (an excerpt per mark) is built when the popup asks.
    const byKind = emptyCounts();
    for (const s of this.sentences) for (const m of s.marks) byKind[m.kind] += 1;
    this.onCount(this.sentences.length, byKind);
  }

  /**
   * A page with wire marks: the link builder is loaded, and every wire mark's links worked out,
   * in idle time after the highlights are first painted, so that a wire tooltip has its links
   * the moment it first opens.
   */
  private prefillLinks(): void {
    const reading = this.reading;
    const engine = this.settings.searchEngine;
    if (!reading || (this.prefilled?.reading === reading && this.prefilled.engine === engine)) return;
    // The wire marks nearest the reader's view first, at most PREFILL_MARKS of them: on a live
    // blog with hundreds, the rest are worked out when hovered (the tooltip waits for them).
    const wired = this.sentences.filter((s) => s.marks.some((m) => m.kind === 'wire'));
    if (wired.length === 0) return;
    const win0 = this.doc.defaultView;
    const middle = (win0?.innerHeight ?? 0) / 2;
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
    const stale = () => this.stopped || this.reading !== reading || this.settings.searchEngine !== engine;
    const page = { doc: this.doc, flat: reading.flat };
    void afterFrame(win)
      .then(() => idle(win))
      .then(() => (stale() ? undefined : this.wireLinks.prefill(page, wire, engine, () => idle(win), stale)));
  }

  /** Resolves when the wire links of the sentence's marks are known; null when they are already. */
  private linksReady(sentence: MarkedSentence): Promise<void> | null {
    if (!this.reading) return null;
    const page = { doc: this.doc, flat: this.reading.flat };
    return this.wireLinks.fill(page, sentence.marks, this.settings.searchEngine);
  }

  private ensureUi(): Ui {
    if (this.ui) return this.ui;
    const tooltip = createTooltip(this.doc);
    const hover = watchHover(this.doc, tooltip, (x, y) => this.targetAt(x, y));
    this.ui = { tooltip, hover };
    return this.ui;
  }

  private ensurePainter(): Painter {
    this.painter ??= createPainter(this.doc);
    return this.painter;
  }

  private target(sentence: MarkedSentence, lineIndex: number): HoverTarget {
    const range = sentence.range;
    const win = this.doc.defaultView;
    const anchor = {
      getBoundingClientRect: () => range.getClientRects()[lineIndex] ?? range.getBoundingClientRect(),
    };
    // Wire links are ready when a tooltip opens (see targetAt); should they not be (the engine
    // changed while it was open), the tooltip takes them when they are.
    const engine = this.settings.searchEngine;
    const links = this.wireLinks;
    const content = () =>
      tooltipContent(sentence.marks, this.translator, { linksOf: (m) => links.cached(m, engine), engine });
    if (this.reading) {
      const page = { doc: this.doc, flat: this.reading.flat };
      void links.fill(page, sentence.marks, engine)?.then(() => this.ui?.tooltip.update(anchor, content()));
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
    if (!this.reading) return null;
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    const sentence = sentenceAt(this.reading, this.sentences, caret.node, caret.offset);
    if (!sentence) return null;
    const line = rectAt(sentence.range, x, y);
    if (!line) return null;
    // A wire tooltip never opens without its links: hovered before they were worked out ahead,
    // it opens when they are, if the pointer is still on the sentence.
    const ready = this.linksReady(sentence);
    if (ready) {
      const reading = this.reading;
      void ready.then(() => {
        const at = this.pointer;
        if (!at || this.reading !== reading || !this.ui) return;
        const target = this.targetAt(at.x, at.y);
        if (target?.key === String(sentence.start)) this.ui.hover.open(target);
      });
      return null;
    }
    const rects = [...sentence.range.getClientRects()];
    const index = rects.findIndex((r) => r.top === line.top && r.left === line.left);
    return this.target(sentence, Math.max(0, index));
  }

  /** Scrolls to the sentence carrying mark number `markIndex` of the summary and opens its tooltip. */
  showMark(markIndex: number): boolean {
    const mark = this.visibleMarks()[markIndex];
    if (!mark) return false;
    const at = this.sentences.findIndex((s) => s.start === mark.start);
    return this.showSentence(at);
  }

  step(command: StepCommand): boolean {
    if (this.sentences.length === 0) return false;
    const n = this.sentences.length;
    const next = command === 'next-mark' ? this.cursor + 1 : this.cursor - 1;
    return this.showSentence(((next % n) + n) % n);
  }

  private showSentence(index: number): boolean {
    const sentence = this.sentences[index];
    if (!sentence || !this.ui) return false;
    this.cursor = index;
    const element = sentence.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const ui = this.ui;
    const open = () => {
      if (this.cursor === index && this.sentences[index] === sentence)
        ui.hover.open(this.target(sentence, 0));
    };
    const ready = this.linksReady(sentence);
    if (ready) void ready.then(open);
    else open();
    return true;
  }

  private visibleMarks() {
    return this.sentences.flatMap((s) => s.marks);
  }

  summary(): PageSummary {
    if (!this.enabled) return emptySummary('site-off', this.hostname);
    if (!this.reading) {
      // An analysis under way and no verdict against the page: the popup says it is being read.
      if (this.pendingText !== null && this.rejected === null) return emptySummary('reading', this.hostname);
      return emptySummary('not-article', this.hostname, this.rejected ?? 'not-article');
    }
    const { flat, failures, analysed } = this.reading;
    const summary = summarize(flat.text, this.visibleMarks(), this.hostname);
    if (failures > 0) summary.failures = failures;
    const total = this.reading.total ?? flat.text.length;
    if (analysed < total) summary.capped = { analysed, total };
    return summary;
  }

  /** The extension was reloaded or removed: leave the page as it was. */
  teardown(): void {
    this.stopped = true;
    this.cancel();
    this.painter?.clear();
    if (this.ui) {
      this.ui.hover.dispose();
      this.ui = null;
    }
    removeOverlay(this.doc);
    this.reading = null;
    this.sentences = [];
  }
}
