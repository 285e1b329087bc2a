/**
 * The page's state in the content script: the current reading, the sentences shown, the
 * highlights, and the place in the list for the keyboard command. The tooltip and what opens it
 * (page-ui.ts) are loaded after the first highlights are painted.
 */
import type { Mark, MarkKind } from '../analysis/types';
import { createPainter, type PaintItem, type Painter } from '../overlay/highlights';
import { removeOverlay } from '../overlay/host';
import type { NotArticleReason } from '../page/detect';
import type { FlatText } from '../page/flat';
import { toRange, visibleSpan } from '../page/ranges';
import type { StepCommand } from '../shared/messages';
import { defaultSettings, isSiteEnabled, type Settings } from '../shared/settings';
import { emptyCounts, emptySummary, type PageSummary, summarize } from '../shared/summary';
import {
  analyseReading,
  isNotRead,
  type MarkedSentence,
  markedSentences,
  type Reading,
  readArticleText,
  stillAttached,
} from './article';
import { HUGE_TEXT, looksLikeArabicArticle, readHugePage, textExceeds } from './huge-page';
import type { Translator } from './i18n';
import type { LinkBuilder } from './links';
import { nextTurn } from './next-turn';
import type { PageUi } from './page-ui';
import { type Progress, type SlicedOptions, type Viewport, viewportOf } from './slices';
import { TEXT_CAP } from './text-cap';

/** Stands for the text of a huge page while it is being read (never equal to real text). */
const HUGE = '\u0000huge';

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

/** Below the viewport's bottom, marks this many viewport heights further down are painted early too. */
const EARLY_SCREENS = 1;
/** On a huge page, the text of its top read and analysed first (a few screens of it). */
const TOP_CHARS = 12_000;

export class PageController {
  private reading: Reading | null = null;
  private sentences: MarkedSentence[] = [];
  /** The tooltip and hover, once loaded (after the first paint). */
  private ui: Promise<PageUi | null> | null = null;
  private loadedUi: PageUi | null = null;
  private painter: Painter | null = null;
  private cursor = -1;
  /** Bumped by every new reading: an analysis still running for an older one gives up. */
  private generation = 0;
  /** The text an analysis is running on, so that a page mutating around it does not restart it. */
  private pendingText: string | null = null;
  /** Why the page was last given up on (told to the popup); null while it may be an article. */
  private rejected: NotArticleReason | null = null;
  /** What the early paint of the running reading shows (kind:start:end …), to paint only changes. */
  private earlyShown = '';
  private stopped = false;
  private translator: Translator | null = null;
  private translatorLoading: Promise<Translator | null> = Promise.resolve(null);
  /** Where the reader's pointer is while the tooltip loads (a hover before it could open). */
  private pointer: { x: number; y: number } | null = null;
  private stopWatchingPointer = () => {};
  private settings: Settings;
  /**
   * False until the reader's settings have come (`settle`; a round trip through the browser, tens
   * of milliseconds while a page loads): meanwhile the page is read and its text analysed, but
   * nothing on it is shown or changed, for they may say the site is off.
   */
  private settled: boolean;
  /** The first screenful's marks, found before the settings came: painted when they do. */
  private heldEarly: { flat: FlatText; view: Viewport; progress: Progress } | null = null;
  /** A huge page's reading, put off until the settings come (it restyles the page first). */
  private deferredHuge = false;

  constructor(
    private readonly doc: Document,
    /** The reader's settings; null while they load (then `settle` gives them). */
    settings: Settings | null,
    translator: Promise<Translator>,
    /** Told the number of marked sentences whenever it changes (the badge). */
    private readonly onCount: (sentences: number, byKind: Record<MarkKind, number>) => void,
    /** Loads the link builder's chunk (in idle time once the tooltip has loaded; tests pass their own). */
    private readonly loadLinks?: () => Promise<LinkBuilder>,
  ) {
    this.settings = settings ?? defaultSettings();
    this.settled = settings !== null;
    this.useTranslator(translator);
  }

  /** The reader's settings have come: what was found meanwhile is shown, if the site is on. */
  settle(settings: Settings, translator: Promise<Translator>): void {
    if (this.settled || this.stopped) return;
    this.settings = settings;
    this.settled = true;
    this.useTranslator(translator);
    const held = this.heldEarly;
    this.heldEarly = null;
    if (!this.enabled) {
      this.refresh();
      return;
    }
    if (this.reading) this.render();
    else if (this.pendingText !== null) {
      this.ensurePainter().prepare();
      if (held) this.paintEarly(held.flat, held.view, held.progress);
    }
    if (this.deferredHuge) {
      this.deferredHuge = false;
      this.refresh();
    }
  }

  /** The tooltip's words: the newest translator once it has loaded (it is needed only on hover). */
  private useTranslator(translator: Promise<Translator>): void {
    const loading = translator.then(
      (t) => {
        if (this.translatorLoading === loading) this.translator = t;
        return t;
      },
      () => null,
    );
    this.translatorLoading = loading;
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
      if (!this.settled) {
        this.deferredHuge = true;
        return;
      }
      // Read once; again only when what was read has left the page.
      const settled = previous !== null && previous.total !== undefined && stillAttached(previous);
      if (!settled && this.pendingText !== HUGE)
        this.analyseHuge().catch((error: unknown) => {
          // Unread, as in analyse(); pendingText stays HUGE, so page changes do not start it again.
          console.warn('[news-lens] the page could not be read', error);
        });
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
    let next: Reading | null = null;
    try {
      // The text goes to the background at once, before the page's styles change (where the screen
      // is measured first, a longer text, the measuring then lays out nothing again).
      const analysis = flat ? analyseReading(flat, previous, this.slicedOptions(flat, current)) : null;
      // An article: its highlight styles go in now, while the engine works (see highlights.ts).
      if (flat && this.settled) this.ensurePainter().prepare();
      next = await analysis;
    } catch (error) {
      // Neither the background nor an engine in the page could read it: the page stays unmarked
      // (what was shown early is cleared) until its text changes.
      if (!current()) return;
      this.pendingText = null;
      this.reading = null;
      this.render();
      console.warn('[news-lens] the article could not be read', error);
      return;
    }
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
    await this.paintTop(current);
    if (!current()) return;
    const read = await readHugePage(
      this.doc,
      TEXT_CAP,
      () => nextTurn(),
      () => !current(),
    );
    if (!read || !current()) return;
    const next = await analyseReading(read.flat, null, this.slicedOptions(read.flat, current));
    if (!next || !current()) return;
    this.pendingText = null;
    // Marks a reading by the bounded reader (`total`), capped or not.
    this.reading = { ...next, total: read.total ?? read.flat.text.length };
    this.render();
  }

  /**
   * How to analyse `flat`: in slices, giving up when `current` turns false, and, on a page not yet
   * marked, painting the marks of the first screenful as soon as they are found (the viewport's
   * text first when the reader is not at the top), long before the whole text is read.
   */
  private slicedOptions(flat: FlatText, current: () => boolean): SlicedOptions {
    const cancelled = () => !current();
    const win = this.doc.defaultView;
    // A page already marked keeps its marks until the new reading is complete.
    const shown = this.reading !== null && stillAttached(this.reading);
    if (!win || shown) return { cancelled };
    // Measured when first needed (it may lay the page out): a text read in one go never needs it.
    let view: Viewport | null | undefined;
    const measure = () => {
      view ??= visibleSpan(flat, win, win.innerHeight * (1 + EARLY_SCREENS));
      return view;
    };
    return {
      cancelled,
      viewport: measure,
      onProgress: (progress) => {
        const screen = measure();
        if (!current() || !screen) return false;
        this.paintEarly(flat, screen, progress);
        // Until the in-order reading has passed the viewport: from there on it is final.
        return progress.readTo < screen.to;
      },
    };
  }

  /**
   * Paints the marks found so far on and near the screen: the in-order reading's, final, and
   * beyond it those read ahead. Replaced by the full paint when the analysis ends.
   */
  private paintEarly(flat: FlatText, view: Viewport, progress: Progress): void {
    if (!this.settled) {
      // The marks arrays grow as the reading goes on: a copy of what was found so far.
      this.heldEarly = {
        flat,
        view,
        progress: { ...progress, marks: [...progress.marks], ahead: [...progress.ahead] },
      };
      return;
    }
    const near = (m: Mark) => m.end > view.from && m.start < view.to && this.settings.kinds[m.kind];
    const marks = [
      ...progress.marks.filter(near),
      ...progress.ahead.filter((m) => m.start >= progress.readTo && near(m)),
    ];
    const shown = marks.map((m) => `${m.kind}:${m.start}:${m.end}`).join(' ');
    if (marks.length === 0 || shown === this.earlyShown) return;
    this.earlyShown = shown;
    const items: PaintItem[] = [];
    for (const m of marks) {
      const range = toRange(flat, m.start, m.end);
      if (range) items.push({ kind: m.kind, range });
    }
    this.ensurePainter().paint(items, { partial: true });
    this.loadUiSoon();
  }

  /**
   * A huge page's top, read and analysed on its own before the whole page is: its marks on
   * screen are painted long before the bounded reader has been through all of the page. They are
   * final, for an in-order reading finds the marks of a text's start from that start alone.
   */
  private async paintTop(current: () => boolean): Promise<void> {
    const win = this.doc.defaultView;
    const top = await readHugePage(
      this.doc,
      TOP_CHARS,
      () => nextTurn(),
      () => !current(),
    );
    // Nothing more below: the whole reading that follows is as quick.
    if (!top || top.total === null || !current() || !win) return;
    const options = this.slicedOptions(top.flat, current);
    const view = viewportOf(options);
    if (!view) return;
    const reading = await analyseReading(top.flat, null, options);
    if (!reading || !current()) return;
    this.paintEarly(top.flat, view, {
      marks: reading.marks,
      readTo: reading.analysed,
      ahead: [],
      aheadSpan: null,
    });
  }

  private cancel(): number {
    this.pendingText = null;
    this.earlyShown = '';
    this.heldEarly = null;
    return ++this.generation;
  }

  updateSettings(settings: Settings, translator: Promise<Translator>): void {
    if (!this.settled) {
      this.settle(settings, translator);
      return;
    }
    this.settings = settings;
    this.useTranslator(translator);
    this.loadedUi?.close();
    if (!this.enabled) this.reading = null;
    // Kinds only filter the marks already found; a site switched back on is read afresh.
    this.render();
    this.refresh();
  }

  private render(): void {
    // Before the settings come, a finished reading waits (`settle` renders it).
    if (!this.settled) return;
    this.sentences = this.reading ? markedSentences(this.reading, this.settings.kinds) : [];
    this.cursor = Math.min(this.cursor, this.sentences.length - 1);
    if (this.sentences.length > 0) {
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
      this.loadUiSoon();
    } else {
      this.painter?.clear();
      this.loadedUi?.close();
    }
    this.loadedUi?.prefillLinks();
    // Counts only: the full summary (an excerpt per mark) is built when the popup asks.
    const byKind = emptyCounts();
    for (const s of this.sentences) for (const m of s.marks) byKind[m.kind] += 1;
    this.onCount(this.sentences.length, byKind);
  }

  /**
   * Loads the tooltip and hover after the next frame (the first highlights are on screen by then);
   * where the pointer goes meanwhile is noted, so that a hover that came first still opens its tooltip.
   */
  private loadUiSoon(): void {
    if (this.ui || this.stopped) return;
    this.watchPointer();
    this.ui = afterFrame(this.doc.defaultView).then(() => this.loadUi());
  }

  private watchPointer(): void {
    this.stopWatchingPointer();
    const onMove = (event: MouseEvent) => {
      // Only the reader's own pointer (as in hover.ts).
      if (event.isTrusted) this.pointer = { x: event.clientX, y: event.clientY };
    };
    const onLeave = (event: MouseEvent) => {
      if (event.isTrusted && !event.relatedTarget) this.pointer = null;
    };
    this.doc.addEventListener('mousemove', onMove, { capture: true, passive: true });
    this.doc.addEventListener('mouseout', onLeave, { capture: true, passive: true });
    this.stopWatchingPointer = () => {
      this.doc.removeEventListener('mousemove', onMove, { capture: true });
      this.doc.removeEventListener('mouseout', onLeave, { capture: true });
      this.stopWatchingPointer = () => {};
    };
  }

  private ensureUi(): Promise<PageUi | null> {
    this.ui ??= this.loadUi();
    return this.ui;
  }

  private async loadUi(): Promise<PageUi | null> {
    try {
      const [{ PageUi }] = await Promise.all([import('./page-ui'), this.translatorLoading]);
      if (this.stopped) return null;
      const state = {
        reading: () => this.reading,
        sentences: () => this.sentences,
        engine: () => this.settings.searchEngine,
        translator: () => this.translator ?? { language: 'en' as const, t: (key: string) => key },
        stopped: () => this.stopped,
      };
      const pointer = this.pointer;
      this.stopWatchingPointer();
      this.pointer = null;
      this.loadedUi = new PageUi(this.doc, state, this.loadLinks, pointer);
      return this.loadedUi;
    } catch (error) {
      // The extension went away under the page, or the chunk failed: try again when next needed.
      this.ui = null;
      console.warn('[news-lens] ui', error);
      return null;
    }
  }

  private ensurePainter(): Painter {
    this.painter ??= createPainter(this.doc);
    return this.painter;
  }

  /** Scrolls to the sentence carrying mark number `markIndex` of the summary and opens its tooltip. */
  showMark(markIndex: number): Promise<boolean> {
    const mark = this.visibleMarks()[markIndex];
    if (!mark) return Promise.resolve(false);
    const at = this.sentences.findIndex((s) => s.start === mark.start);
    return this.showSentence(at);
  }

  step(command: StepCommand): Promise<boolean> {
    if (this.sentences.length === 0) return Promise.resolve(false);
    const n = this.sentences.length;
    const next = command === 'next-mark' ? this.cursor + 1 : this.cursor - 1;
    return this.showSentence(((next % n) + n) % n);
  }

  private async showSentence(index: number): Promise<boolean> {
    const sentence = this.sentences[index];
    if (!sentence) return false;
    this.cursor = index;
    const element = sentence.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const ui = await this.ensureUi();
    // The page may have been read again meanwhile: open the tooltip only if the sentence is still
    // shown (and, once its wire links are known, still the one stepped to).
    if (!ui || !this.sentences.includes(sentence)) return false;
    ui.open(sentence, () => this.cursor === index && this.sentences[index] === sentence);
    return true;
  }

  private visibleMarks() {
    return this.sentences.flatMap((s) => s.marks);
  }

  summary(): PageSummary {
    if (!this.settled) return emptySummary('reading', this.hostname);
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
    this.stopWatchingPointer();
    this.pointer = null;
    this.loadedUi?.dispose();
    this.loadedUi = null;
    removeOverlay(this.doc);
    this.reading = null;
    this.sentences = [];
  }
}
