/**
 * Functions evaluated inside the page (page world). They read what the reader sees: the
 * registered highlights and where a sentence is on screen. Kept free of closures so that both
 * Playwright and Puppeteer can serialise them.
 */

/** Highlight name → the text of each of its ranges. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!registry) return out;
  registry.forEach((highlight, name) => {
    out[name] = [...highlight].map((range) => range.toString());
  });
  return out;
}

/** Scrolls the text fragment into view and returns a point on it (viewport coordinates). */
export function pointOn(fragment: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const at = text.indexOf(fragment);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + 2);
    range.setEnd(node, at + Math.min(fragment.length, 8));
    (node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    if (!rect) return null;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}

/**
 * Whether the extension put anything on the page: highlights, its overlay element, or its
 * highlight styles (adopted the moment it starts analysing an article, before any highlight).
 */
export function extensionTouched(): boolean {
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  let names = 0;
  registry?.forEach((_h, name) => {
    if (name.startsWith('anl-')) names++;
  });
  return (
    names > 0 || document.querySelector('anl-overlay') !== null || document.adoptedStyleSheets.length > 0
  );
}

/**
 * Watches the extension's tooltip from the page and records, at the first moment it becomes
 * visible, the addresses of the links it holds then (before any later update). Call before the
 * first hover; read with `firstTooltip`.
 */
export function watchFirstTooltip(): boolean {
  const host = document.querySelector('anl-overlay');
  const root = host?.shadowRoot;
  const tip = root?.querySelector('[role="tooltip"]') as HTMLElement | null | undefined;
  if (!tip) return false;
  const w = window as unknown as { __anlFirstTooltip?: { links: string[]; text: string } | null };
  w.__anlFirstTooltip = null;
  const record = () => {
    if (w.__anlFirstTooltip || tip.hidden) return;
    w.__anlFirstTooltip = {
      links: [...tip.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      text: tip.textContent ?? '',
    };
  };
  // The observer's callback runs right after the task that showed the tooltip, before any other.
  new MutationObserver(record).observe(tip, { attributes: true, attributeFilter: ['hidden'] });
  record();
  return true;
}

/** What `watchFirstTooltip` recorded: the tooltip's links when it first became visible. */
export function firstTooltip(): { links: string[]; text: string } | null {
  return (
    (window as unknown as { __anlFirstTooltip?: { links: string[]; text: string } | null })
      .__anlFirstTooltip ?? null
  );
}

/**
 * Resolves with the time since navigation start (ms) at which the extension's first highlight
 * was registered, checking every few milliseconds; null if none came within `limit` ms.
 */
export function firstHighlightAt(limit: number): Promise<number | null> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      let found = false;
      registry?.forEach((h, name) => {
        if (name.startsWith('anl-') && h.size > 0) found = true;
      });
      if (found) resolve(performance.now());
      else if (performance.now() - started > limit) resolve(null);
      else setTimeout(check, 5);
    };
    check();
  });
}

/**
 * Brings the text fragment to the middle of the viewport and returns a point on it, or null
 * when it has no box there (tall or wide pages whose element-level scroll would not do).
 */
export function pointInView(fragment: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node.nodeValue ?? '').indexOf(fragment);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + 2);
    range.setEnd(node, at + Math.min(fragment.length, 8));
    (node.parentElement as Element).scrollIntoView({
      block: 'center',
      inline: 'center',
      behavior: 'instant',
    });
    let rect = range.getClientRects()[0];
    if (!rect) return null;
    window.scrollBy({ top: rect.top - window.innerHeight / 2, behavior: 'instant' });
    rect = range.getClientRects()[0];
    if (!rect) return null;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    if (x < 25 || y < 5 || x > window.innerWidth - 5 || y > window.innerHeight - 5) return null;
    return { x, y };
  }
  return null;
}
