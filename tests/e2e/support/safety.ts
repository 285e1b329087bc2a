/**
 * What the page-safety tests need besides the shared support: a fixture server that can send a
 * strict Content-Security-Policy and generate very long articles, and probes that run in the
 * page's own world (installed before any script of the page or the extension).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { PAGES_DIR } from './server';

export const STRICT_CSP = "default-src 'none'";

export interface SafetyServer {
  origin: string;
  /** A fixture page; with `csp` it is served under `Content-Security-Policy: default-src 'none'`. */
  url(page: string, options?: { csp?: boolean }): string;
  /** A generated article of about `chars` characters of text (our own sentences, numbered). */
  longArticle(chars: number): string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// Our own sentences: a plain one, an unnamed source, a denial, a non-response, a wire credit.
const LONG_PARAGRAPHS = [
  'ويشهد سوق الخضار في المدينة ازدحاماً كبيراً منذ ساعات الصباح الأولى مع اقتراب العيد.',
  'وقال مصدر في غرفة التجارة طلب عدم الكشف عن هويته إن الأسعار ارتفعت بنسبة كبيرة هذا الأسبوع.',
  'ونفت وزارة التموين في بيان صحة الأنباء عن نقص في مخزون الدقيق في المخابز الحكومية.',
  'ولم ترد شركة النقل العام على طلب للتعليق على تأخر الحافلات في الأحياء الشرقية.',
  'وذكرت وكالة فرانس برس أن عشرات التجار أغلقوا محالهم احتجاجاً على ارتفاع الإيجارات.',
  'ويعمل في السوق أكثر من ألفي بائع يأتون من القرى المجاورة كل يوم منذ الفجر.',
];

export function longArticleHtml(chars: number): string {
  const parts: string[] = [
    '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
    '<title>تقرير طويل جداً عن أسواق المدينة | صحيفة الاختبار</title>',
    '<meta property="og:type" content="article"></head><body><main><article>',
    '<h1>تقرير طويل جداً عن أسواق المدينة</h1><time datetime="2025-05-14">14 مايو 2025</time>',
  ];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const text = `${LONG_PARAGRAPHS[i % LONG_PARAGRAPHS.length]} (${i + 1})`;
    parts.push(`<p>${text}</p>`);
    size += text.length + 1;
  }
  parts.push('</article></main></body></html>');
  return parts.join('\n');
}

export async function serveSafetyPages(): Promise<SafetyServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    const headers: Record<string, string> = {};
    if (url.searchParams.has('csp')) headers['content-security-policy'] = STRICT_CSP;
    if (url.pathname === '/generated/long') {
      const chars = Number(url.searchParams.get('chars') ?? '0');
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] as string });
      res.end(longArticleHtml(chars));
      return;
    }
    const path = normalize(decodeURIComponent(url.pathname));
    const file = join(PAGES_DIR, path);
    if (!file.startsWith(PAGES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        res.writeHead(200, {
          ...headers,
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end('not found'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (page, options = {}) => `${origin}/${page}${options.csp ? '?csp=1' : ''}`,
    longArticle: (chars) => `${origin}/generated/long?chars=${chars}`,
    requests,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Init script (page world, before the page's scripts): from DOMContentLoaded on — the content
 * script runs after it — records every mutation of the document, every dialog the page tries to
 * open, the long tasks the page's observer sees, and the frames the page painted while the
 * extension worked: from the moment its highlight styles are adopted (it starts reading an
 * article) until WORK_RANGES highlights are registered — the reading and the first slices of the
 * analysis, which on a huge page take many frames unless one of them blocks the page (counting
 * only up to the first highlight made the count a measure of speed: fewer frames on a faster run,
 * 4 against 7–8 for the same build on a busier machine). Read back with `readRecorder`.
 */
export const WORK_RANGES = 1_000;
/**
 * Frames a huge page paints in that time when the analysis is sliced, and the fewest a run may
 * see, by browser. Session 11 measured 28–47 in full test runs on the 2-core machine, and with the
 * slices made one long task (SLICE_MS 10 → 100,000) 6 in Chromium and 9 in Firefox. Session 13,
 * same machine class, Chromium 150: 11–14 sliced (12 alone, 14 in a full run; the page's own
 * renderings of a 3.5 M-character document after each batch of highlights take 400–800 ms, and
 * the session's first commit counts the same), 4 as one long task; Firefox ESR 140: 22 sliced.
 * Each floor sits between the two (docs/test-checks.md).
 */
export const FRAMES_WHILE_WORKING = { chromium: 8, firefox: 15 } as const;
export const RECORDER_SCRIPT = `(() => {
  const state = { mutations: [], dialogs: [], longTasks: [], framesWhileWorking: 0 };
  const frame = () => {
    let ranges = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights !== undefined) CSS.highlights.forEach((h) => { ranges += h.size; });
    const working = ranges < ${WORK_RANGES};
    if (document.adoptedStyleSheets.length > 0 && working) state.framesWhileWorking++;
    if (working) requestAnimationFrame(frame);
  };
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(frame));
  Object.defineProperty(window, '__safety', { value: state });
  for (const name of ['alert', 'confirm', 'prompt']) {
    const original = window[name];
    window[name] = function (...args) { state.dialogs.push(name + ':' + String(args[0])); return original.apply(this, args); };
  }
  const describe = (node) => {
    if (!node) return 'null';
    if (node.nodeType === 3) return '#text';
    return (node.localName || node.nodeName) + (node.id ? '#' + node.id : '');
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const added = [...r.addedNodes].map(describe).join(',');
      const removed = [...r.removedNodes].map(describe).join(',');
      state.mutations.push(r.type + ' ' + describe(r.target) + (r.attributeName ? ' @' + r.attributeName : '') +
        (added ? ' +' + added : '') + (removed ? ' -' + removed : ''));
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface RecorderState {
  mutations: string[];
  dialogs: string[];
  longTasks: number[];
  /** Frames painted between the extension's start on an article and its WORK_RANGES-th highlight. */
  framesWhileWorking: number;
  /** Set by the markup in the article text, were it ever to run. */
  pwned: unknown;
  images: number;
  scripts: number;
  overlayHosts: number;
  title: string;
}

/** Page function: what the recorder saw, and traces any injected markup would leave. */
export function readRecorder(): RecorderState {
  const w = window as unknown as {
    __safety: { mutations: string[]; dialogs: string[]; longTasks: number[]; framesWhileWorking: number };
    __pwned?: unknown;
  };
  return {
    mutations: [...w.__safety.mutations],
    dialogs: [...w.__safety.dialogs],
    longTasks: [...w.__safety.longTasks],
    framesWhileWorking: w.__safety.framesWhileWorking,
    pwned: w.__pwned ?? null,
    images: document.images.length,
    scripts: document.scripts.length,
    overlayHosts: document.querySelectorAll('anl-overlay').length,
    title: document.title,
  };
}

/** Page function: the tooltip's own computed look, read through its open shadow root. */
export function tooltipLook(): {
  display: string;
  visibility: string;
  opacity: string;
  position: string;
  background: string;
  width: number;
  height: number;
  inViewport: boolean;
} | null {
  const host = document.querySelector('anl-overlay');
  const tip = host?.shadowRoot?.querySelector('[role="tooltip"]');
  if (!(tip instanceof HTMLElement)) return null;
  const style = getComputedStyle(tip);
  const rect = tip.getBoundingClientRect();
  return {
    display: style.display,
    visibility: style.visibility,
    opacity: style.opacity,
    position: style.position,
    background: style.backgroundColor,
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    inViewport: rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
  };
}

/** Page function: the tooltip's text, or '' when there is none. */
export function tooltipText(): string {
  const tip = document.querySelector('anl-overlay')?.shadowRoot?.querySelector('[role="tooltip"]');
  return tip instanceof HTMLElement && !tip.hidden ? (tip.textContent ?? '') : '';
}

/** Mutations that are not the extension's one addition: its host appended to <html>. */
export function foreignMutations(mutations: readonly string[]): string[] {
  return mutations.filter((m) => m !== 'childList html +anl-overlay' && m !== 'childList html -anl-overlay');
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Minimal CDP session surface (Playwright's), so this file needs no browser import. */
export interface TraceSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
  on(event: string, listener: (payload: { value?: unknown }) => void): unknown;
  once(event: string, listener: () => void): unknown;
}

/**
 * Chromium only: the renderer main-thread tasks while `work` runs, from a CDP trace (the page's
 * own longtask observer does not see content-script tasks reliably). Milliseconds, longest first.
 */
export async function mainThreadTasks(cdp: TraceSession, work: () => Promise<void>): Promise<number[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...((e.value ?? []) as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // Tasks are the outermost complete events of a main thread.
  const lastEnd = new Map<string, number>();
  const tasks: number[] = [];
  const onMain = events
    .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  for (const e of onMain) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (lastEnd.get(thread) ?? 0)) continue;
    lastEnd.set(thread, e.ts + (e.dur ?? 0));
    tasks.push((e.dur ?? 0) / 1000);
  }
  return tasks.sort((a, b) => b - a);
}

/**
 * Waits until the extension's page UI has loaded (it comes after the first highlights and adds
 * the shadow host): before that, a count of the page's mutations is not yet the settled one.
 */
export async function pageUiLoaded(tab: {
  waitForFunction(fn: () => boolean, arg?: undefined, options?: { timeout?: number }): Promise<unknown>;
}): Promise<void> {
  await tab.waitForFunction(
    () => document.documentElement.querySelector(':scope > anl-overlay') !== null,
    undefined,
    {
      timeout: 30_000,
    },
  );
}
