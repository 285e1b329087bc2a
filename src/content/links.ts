/**
 * A wire mark's links to the original report, worked out ahead of the reader's first hover, by
 * the background (its builder set up once for every tab) or, where it cannot, by the page's own
 * builder. That carries a large gazetteer, so it is a chunk of its own, never loaded at start. On
 * a page with wire marks the tooltip's chunk (page-ui.ts) asks for every wire mark's links in
 * idle time after the highlights are painted (`prefill`), one mark a turn; a tooltip asked for
 * before that waits for its links (`fill`). Each mark's links are kept.
 * Building a link reads the page only: nothing is fetched.
 */
import type { LinkOptions } from '../analysis/links';
import type { Mark, OutletLink } from '../analysis/types';
import type { FlatText } from '../page/flat';
import { pageTitle } from '../page/headline';
import { publishedDate } from '../page/published-date';
import { offsetAt } from '../page/ranges';
import type { SearchEngine } from '../shared/settings';
import { BackgroundPort } from './background-reading';

/** Works out a wire mark's links: in the page (the builder's chunk) or in the background. */
export interface LinkBuilder {
  linksForMark(text: string, mark: Mark, options: LinkOptions): OutletLink[] | Promise<OutletLink[]>;
}

/**
 * The link builder in the page, as its own chunk, imported from here (the tooltip's chunk). Not
 * through the engine's entry: with the import() inside the engine's chunk, removing the add-on in
 * Firefox while a page was open lost that page (tests/e2e/safety-firefox.test.ts, 2026-12-06).
 */
export const loadLocalLinkBuilder = (): Promise<LinkBuilder> => import('../analysis/links');

/** A links port unused this long is closed (opened again for the next mark). */
const PORT_IDLE_MS = 10_000;

/**
 * The links worked out in the background, over a port that holds the page's text (sent again
 * only when the text changed): its gazetteer is set up once there, not in every page. Where the
 * background cannot answer, the page loads its own builder and asks it.
 */
export function loadLinkBuilder(scope: object = globalThis): Promise<LinkBuilder> {
  let port: BackgroundPort | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let local: Promise<LinkBuilder> | null = null;
  const inPage = () => {
    local ??= loadLocalLinkBuilder();
    return local;
  };
  return Promise.resolve({
    async linksForMark(text, mark, options) {
      if (!local) {
        clearTimeout(idle);
        if (!port?.isOpen || port.text !== text) {
          port?.close();
          port = BackgroundPort.open(text, scope);
        }
        if (port) {
          const open = port;
          try {
            return await open.links(mark, options);
          } catch {
            // The background went away or refused: this page's own builder from now on.
          } finally {
            // The marks are worked out one after another, then the port is let go (the
            // background need not hold the text, nor stay up, for a page read long ago). One
            // timer for all: marks asked for together must not leave an older one to close it.
            clearTimeout(idle);
            idle = setTimeout(() => open.close(), PORT_IDLE_MS);
          }
        }
      }
      return (await inPage()).linksForMark(text, mark, options);
    },
  });
}

/** What the builder needs of the page besides the mark. */
export interface ArticlePage {
  doc: Document;
  flat: FlatText;
}

const HEADING = /^H[1-6]$/;
/** "Headline - Site" / "Headline | Site": the site's name is no keyword. */
const TITLE_SUFFIX = /\s+[|\-–—]\s+/;

/** The headline: the first article block when it is a heading, else the longest part of the title. */
export function articleHeadline(doc: Document, flat: FlatText): string {
  const first = flat.blocks[0];
  if (first && HEADING.test(first.tagName.toUpperCase())) return (first.textContent ?? '').trim();
  const parts = pageTitle(doc).split(TITLE_SUFFIX);
  return parts.reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
}

function httpUrl(a: HTMLAnchorElement): string | null {
  try {
    const url = new URL(a.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Article blocks and the <article> around them: a credit link often sits in its byline. */
function anchorsOf(flat: FlatText): HTMLAnchorElement[] {
  const roots = new Set<Element>();
  for (const block of flat.blocks) {
    roots.add(block);
    const frame = block.closest('article');
    if (frame) roots.add(frame);
  }
  const found = new Set<HTMLAnchorElement>();
  for (const root of roots) {
    const own = root.closest('a[href]');
    if (own) found.add(own as HTMLAnchorElement);
    for (const a of root.querySelectorAll('a[href]')) found.add(a as HTMLAnchorElement);
  }
  return [...found];
}

/**
 * The article's own http(s) links, nearest the span [start, end) of the flat text first (a
 * link inside it counts as nearest); links outside the flattened text come last, in page order.
 */
export function articleLinks(flat: FlatText, start: number, end: number): string[] {
  const placed = anchorsOf(flat).map((a, order) => {
    const at = offsetAt(flat, a, 0);
    const distance = at === null ? Number.POSITIVE_INFINITY : at < start ? start - at : Math.max(0, at - end);
    return { url: httpUrl(a), distance, order };
  });
  placed.sort((a, b) => a.distance - b.distance || a.order - b.order);
  const urls: string[] = [];
  for (const { url } of placed) if (url && !urls.includes(url)) urls.push(url);
  return urls;
}

/** The links' options that come from the page as a whole. */
type PageOptions = Pick<LinkOptions, 'date' | 'url' | 'title'>;

/** Links per mark and engine, built once; the builder is loaded on first use. */
export class WireLinks {
  private builder: Promise<LinkBuilder> | null = null;
  private readonly cache = new WeakMap<Mark, Map<SearchEngine, OutletLink[]>>();
  private readonly pending = new WeakMap<Mark, Map<SearchEngine, Promise<void>>>();
  private readonly pages = new WeakMap<FlatText, PageOptions>();

  constructor(private readonly load: () => Promise<LinkBuilder> = loadLinkBuilder) {}

  /** The links of `mark` for `engine` once worked out; [] when the builder could not be loaded. */
  cached(mark: Mark, engine: SearchEngine): OutletLink[] | undefined {
    return this.cache.get(mark)?.get(engine);
  }

  /**
   * Works out the links of the wire marks among `marks` that have none yet; resolves when they
   * are in the cache. Null when there is nothing to do (the tooltip already has everything).
   */
  fill(page: ArticlePage, marks: readonly Mark[], engine: SearchEngine): Promise<void> | null {
    const missing = marks.filter(
      (m) => m.kind === 'wire' && m.outlets?.length && this.cached(m, engine) === undefined,
    );
    if (missing.length === 0) return null;
    return Promise.all(missing.map((m) => this.fillOne(page, m, engine))).then(() => {});
  }

  /**
   * Works out the links of every wire mark in `marks` ahead of any hover, one mark per turn
   * (`turn` gives the page its turn between them); stops when `cancelled`. Loads the builder first.
   */
  async prefill(
    page: ArticlePage,
    marks: readonly Mark[],
    engine: SearchEngine,
    turn: () => Promise<void>,
    cancelled: () => boolean = () => false,
  ): Promise<void> {
    const wire = marks.filter((m) => m.kind === 'wire' && m.outlets?.length);
    if (wire.length === 0) return;
    this.builder ??= this.load();
    await this.builder.catch(() => undefined);
    // The builder's chunk was set up in the task that ends here; its indexes are built by the first
    // mark's links, in a task of their own.
    await turn();
    for (const mark of wire) {
      if (cancelled()) return;
      if (this.cached(mark, engine) !== undefined) continue;
      await this.fillOne(page, mark, engine);
      await turn();
    }
  }

  private fillOne(page: ArticlePage, mark: Mark, engine: SearchEngine): Promise<void> {
    const inFlight = this.pending.get(mark)?.get(engine);
    if (inFlight) return inFlight;
    this.builder ??= this.load();
    const work = this.builder
      .then((builder) => builder.linksForMark(page.flat.text, mark, this.options(page, mark, engine)))
      .catch((error: unknown) => {
        // Without the builder the tooltip falls back to the outlet's home page.
        console.warn('[news-lens] links', error);
        this.builder = null;
        return [];
      })
      .then((links) => {
        this.store(this.cache, mark, engine, links);
      });
    this.store(this.pending, mark, engine, work);
    return work;
  }

  private options(page: ArticlePage, mark: Mark, engine: SearchEngine): LinkOptions {
    return { ...this.aboutPage(page), pageLinks: articleLinks(page.flat, mark.start, mark.end), engine };
  }

  /** What the links take from the page as a whole: read once per reading, not once per mark. */
  private aboutPage(page: ArticlePage): PageOptions {
    let about = this.pages.get(page.flat);
    if (!about) {
      about = {
        date: publishedDate(page.doc),
        url: page.doc.location?.href,
        title: articleHeadline(page.doc, page.flat),
      };
      this.pages.set(page.flat, about);
    }
    return about;
  }

  private store<T>(
    map: WeakMap<Mark, Map<SearchEngine, T>>,
    mark: Mark,
    engine: SearchEngine,
    value: T,
  ): void {
    const byEngine = map.get(mark) ?? new Map<SearchEngine, T>();
    byEngine.set(engine, value);
    map.set(mark, byEngine);
  }
}
