/**
 * Saved pages of real outlets, kept OUTSIDE the repository (their markup and text belong to the
 * outlets; the project commits none of it). The directory comes from REAL_PAGES_DIR, else
 * `../real-pages` beside the checkout, else /work/real-pages; it holds `articles/*.html` (Arabic
 * news articles), `negatives/*.html` (pages that must never be marked) and a SOURCES.md naming
 * where each page was taken from. Tests that need it skip, saying so, when it is absent.
 *
 * `servable` turns a saved page into what the tests serve from 127.0.0.1: its scripts inert
 * (JSON-LD, which is data, kept), and every outside resource removed, so that nothing leaves the
 * machine and no page script runs; the page's own markup and inline styles are kept as they are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** The real-page directory, or null when none is present. */
export function realPagesDir(): string | null {
  const candidates = [process.env.REAL_PAGES_DIR, resolve(ROOT, '../real-pages'), '/work/real-pages'];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, 'articles'))) return dir;
  }
  return null;
}

export function warnAbsent(what: string): void {
  console.warn(
    `\n!!! No real-page directory (set REAL_PAGES_DIR, or put one at ../real-pages): ${what} SKIPPED.\n`,
  );
}

export interface RealPage {
  /** File name without .html, e.g. `youm7`. */
  name: string;
  kind: 'article' | 'negative';
  file: string;
  html: string;
}

function listHtml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

export function realPages(dir: string): RealPage[] {
  const out: RealPage[] = [];
  for (const [sub, kind] of [
    ['articles', 'article'],
    ['negatives', 'negative'],
  ] as const) {
    for (const f of listHtml(join(dir, sub))) {
      const file = join(dir, sub, f);
      out.push({ name: basename(f, '.html'), kind, file, html: readFileSync(file, 'utf8') });
    }
  }
  return out;
}

/** The outlet column of SOURCES.md for each file name, where the table names one. */
export function outletNames(dir: string): Map<string, string> {
  const names = new Map<string, string>();
  const sources = join(dir, 'SOURCES.md');
  if (!existsSync(sources)) return names;
  for (const line of readFileSync(sources, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const file = cells[2];
    if (file?.endsWith('.html') && cells[3]) names.set(basename(file, '.html'), cells[3]);
  }
  return names;
}

/** Script types that are data, never run: kept as they are. */
const DATA_SCRIPT = /^\s*application\/(ld\+json|json)\s*$/i;
const OUTSIDE = /^\s*(?:https?:)?\/\//i;

/**
 * The page as served to the browsers: scripts inert, outside resources gone. Uses a regular
 * expression pass over the markup (the pages are fixed files; this is a test harness, not a
 * sanitiser for hostile input).
 */
export function servable(html: string): string {
  let out = html;
  // Scripts: JSON-LD kept; every other script made inert by its type (its text stays in the DOM,
  // as on the live page, where link density and text counts see it).
  out = out.replace(/<script\b([^>]*)>/gi, (_m, attrs: string) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '';
    if (DATA_SCRIPT.test(type)) return `<script${attrs}>`;
    const rest = attrs
      .replace(/\btype\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')
      .replace(/\bsrc\s*=/i, 'data-src=');
    return `<script type="text/x-inert"${rest}>`;
  });
  // Event-handler attributes would run page code.
  out = out.replace(/<[a-z][^>]*>/gi, (tag) =>
    tag.replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''),
  );
  // No base, refresh or preconnect to elsewhere.
  out = out.replace(/<base\b[^>]*>/gi, '');
  out = out.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
  // Outside resources: stylesheets, preloads, icons, images, frames, media.
  out = out.replace(/<link\b[^>]*>/gi, (tag) =>
    /\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i.test(tag) ||
    /rel\s*=\s*["']?(?:stylesheet|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest|icon)/i.test(
      tag,
    )
      ? ''
      : tag,
  );
  out = out.replace(
    /\b(src|srcset|data-src|data-srcset|poster|background)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi,
    (m, attr: string, value: string) => {
      const v = value.replace(/^["']|["']$/g, '');
      return OUTSIDE.test(v) || /^\//.test(v) || attr.toLowerCase().includes('srcset')
        ? `data-removed-${attr}=""`
        : m;
    },
  );
  out = out.replace(/url\(\s*(["']?)(?:https?:)?\/\/[^)]*\)/gi, 'url()');
  out = out.replace(/@import\s+[^;]+;/gi, '');
  return out;
}

/** The page's own address (canonical link or og:url), where it names one. */
export function originalUrl(html: string): URL | null {
  const tag =
    /<link\b[^>]*rel\s*=\s*["']?canonical["']?[^>]*>/i.exec(html)?.[0] ??
    /<meta\b[^>]*property\s*=\s*["']og:url["'][^>]*>/i.exec(html)?.[0];
  const value = tag ? /\b(?:href|content)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] : undefined;
  try {
    return value ? new URL(value) : null;
  } catch {
    return null;
  }
}

/** The response headers the pages are served with: nothing may load from elsewhere. */
export const REAL_PAGE_CSP = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:",
};
