/**
 * Paints marks without touching the article's DOM: one `Highlight` per kind in `CSS.highlights`,
 * styled by a single constructed stylesheet adopted by the document.
 *
 * Fallback: where the Custom Highlight API is missing (Firefox before 140, Safari before 17.2,
 * Chromium before 105) translucent boxes are drawn from the ranges' client rects inside the
 * overlay's shadow root instead; they do not follow reflow until the next repaint call.
 */
import type { MarkKind } from '../analysis/types';
import { overlayRoot } from './host';
import { highlightCss, highlightName, KIND_STYLES } from './styles';

export type RangesByKind = ReadonlyMap<MarkKind, readonly Range[]>;

export interface Painter {
  paint(ranges: RangesByKind): void;
  clear(): void;
}

export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

function adoptSheet(doc: Document, css: string): CSSStyleSheet | null {
  const win = doc.defaultView;
  if (!win) return null;
  try {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    return null;
  }
}

function highlightPainter(doc: Document): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  let sheet: CSSStyleSheet | null = null;
  const names = new Set<string>();
  return {
    paint(ranges) {
      // Re-adopt if the page replaced its adopted sheets since the last paint.
      if (!sheet || !doc.adoptedStyleSheets.includes(sheet)) sheet = adoptSheet(doc, highlightCss());
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
      for (const [kind, list] of ranges) {
        if (list.length === 0) continue;
        const name = highlightName(kind);
        win.CSS.highlights.set(name, new win.Highlight(...list));
        names.add(name);
      }
    },
    clear() {
      for (const name of names) win.CSS.highlights.delete(name);
      names.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = null;
    },
  };
}

function boxPainter(doc: Document): Painter {
  let layer: HTMLElement | null = null;
  return {
    paint(ranges) {
      layer?.remove();
      layer = doc.createElement('div');
      layer.setAttribute('style', 'position:absolute;top:0;left:0;pointer-events:none;');
      const win = doc.defaultView;
      const dx = win?.scrollX ?? 0;
      const dy = win?.scrollY ?? 0;
      for (const [kind, list] of ranges) {
        const style = KIND_STYLES[kind];
        for (const range of list) {
          for (const r of range.getClientRects()) {
            const box = doc.createElement('div');
            box.setAttribute(
              'style',
              `position:absolute;left:${r.left + dx}px;top:${r.top + dy}px;width:${r.width}px;` +
                `height:${r.height}px;background:${style.background};` +
                `border-bottom:2px ${style.underline === 'wavy' ? 'dashed' : style.underline} ${style.line};`,
            );
            layer.append(box);
          }
        }
      }
      overlayRoot(doc).append(layer);
    },
    clear() {
      layer?.remove();
      layer = null;
    },
  };
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return win && supportsHighlights(win) ? highlightPainter(doc) : boxPainter(doc);
}
