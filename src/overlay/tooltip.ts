/**
 * The tooltip: one `role="tooltip"` element in the overlay's open shadow root, reset with
 * `all: initial` so page styles cannot leak in, positioned with Floating UI so it stays on screen.
 * All text is set with `textContent`; nothing from the page is ever parsed as HTML.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { MarkKind } from '../analysis/types';
import { overlayRoot } from './host';
import { KIND_STYLES } from './styles';

export interface TooltipLine {
  label: string;
  value: string;
}

export interface TooltipLink {
  text: string;
  href: string;
}

/** One mark's part of the tooltip; several kinds on one sentence show as several sections. */
export interface TooltipSection {
  kind: MarkKind;
  title: string;
  lines: TooltipLine[];
  links: TooltipLink[];
}

export interface TooltipContent {
  lang: string;
  dir: 'rtl' | 'ltr';
  sections: TooltipSection[];
}

/** Where the tooltip points: anything with a client rect (a range, or the pointer). */
export interface Anchor {
  getBoundingClientRect(): DOMRect;
}

const CSS = `
.tip{all:initial;box-sizing:border-box;position:fixed;top:0;left:0;z-index:2147483647;max-width:min(360px,90vw);
 padding:8px 10px;border-radius:8px;background:#1f2328;color:#f6f8fa;font:13px/1.5 system-ui,"Segoe UI",Tahoma,sans-serif;
 box-shadow:0 4px 16px rgb(0 0 0 / .35);border:1px solid #57606a;display:block;}
.tip[hidden]{display:none}
.tip[dir=ltr]{direction:ltr;text-align:left}
.tip[dir=rtl]{direction:rtl;text-align:right}
.tip[dir=rtl]{font-family:"Noto Naskh Arabic","Segoe UI",Tahoma,system-ui,sans-serif;font-size:14px}
.sec{display:block;padding:4px 0}
.sec+.sec{border-top:1px solid #57606a;margin-top:4px;padding-top:6px}
.title{display:block;font-weight:700;padding-inline-start:8px;border-inline-start:4px solid}
.line{display:block;margin-top:2px}
.label{color:#b1bac4;unicode-bidi:isolate}
a{color:#79c0ff;text-decoration:underline;cursor:pointer}
a:focus-visible{outline:2px solid #79c0ff}
`;

export interface Tooltip {
  readonly element: HTMLElement;
  show(anchor: Anchor, content: TooltipContent): void;
  hide(): void;
  isOpen(): boolean;
  /** The anchor it currently points at (to close it when that scrolls away). */
  anchor(): Anchor | null;
  reposition(): void;
}

function renderSection(doc: Document, section: TooltipSection): HTMLElement {
  const sec = doc.createElement('div');
  sec.className = 'sec';
  sec.dataset.kind = section.kind;
  const title = doc.createElement('div');
  title.className = 'title';
  title.style.borderColor = KIND_STYLES[section.kind].line;
  title.textContent = section.title;
  sec.append(title);
  for (const line of section.lines) {
    const row = doc.createElement('div');
    row.className = 'line';
    const label = doc.createElement('span');
    label.className = 'label';
    label.textContent = `${line.label}: `;
    const value = doc.createElement('bdi');
    value.textContent = line.value;
    row.append(label, value);
    sec.append(row);
  }
  for (const link of section.links) {
    const row = doc.createElement('div');
    row.className = 'line';
    const a = doc.createElement('a');
    a.href = link.href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.textContent = link.text;
    row.append(a);
    sec.append(row);
  }
  return sec;
}

export function createTooltip(doc: Document): Tooltip {
  const root = overlayRoot(doc);
  const style = doc.createElement('style');
  style.textContent = CSS;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.id = 'anl-tooltip';
  tip.hidden = true;
  root.append(style, tip);
  let current: Anchor | null = null;
  let generation = 0;

  const place = () => {
    const anchor = current;
    if (!anchor) return;
    const run = ++generation;
    void computePosition(anchor, tip, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [offset(8), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      if (run !== generation) return;
      tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  };

  return {
    element: tip,
    show(anchor, content) {
      tip.lang = content.lang;
      tip.dir = content.dir;
      tip.replaceChildren(...content.sections.map((s) => renderSection(doc, s)));
      tip.hidden = false;
      current = anchor;
      place();
    },
    hide() {
      tip.hidden = true;
      current = null;
      generation++;
    },
    isOpen: () => !tip.hidden,
    anchor: () => current,
    reposition: place,
  };
}
