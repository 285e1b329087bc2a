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
  /** Only http(s) addresses are shown; anything else is left out. */
  href: string;
  /** Said after the link, e.g. that the article itself gave it. */
  note?: string;
  /** The link's address for another query, when the link is a search the reader may edit. */
  rebuild?: (query: string) => string;
}

/** The search words, in a field the reader may edit before following a search link. */
export interface TooltipQuery {
  /** The field's accessible name, e.g. "Edit the search". */
  label: string;
  value: string;
}

/** A button that copies `value` to the clipboard and then says `done`. */
export interface TooltipCopy {
  label: string;
  done: string;
  value: string;
}

/** One mark's part of the tooltip; several kinds on one sentence show as several sections. */
export interface TooltipSection {
  kind: MarkKind;
  title: string;
  lines: TooltipLine[];
  links: TooltipLink[];
  /** Shown after the links. */
  after?: TooltipLine[];
  /** An editable query: the search links (those with `rebuild`) follow what the reader types. */
  query?: TooltipQuery;
  copy?: TooltipCopy;
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
.note{color:#b1bac4}
button{all:initial;box-sizing:border-box;display:inline-block;margin-top:4px;padding:1px 8px;border:1px solid #8b949e;
 border-radius:4px;color:#f6f8fa;background:#30363d;font:inherit;font-size:12px;cursor:pointer}
button:hover{background:#3d444d}
button:focus-visible{outline:2px solid #79c0ff}
.copy-buffer{position:fixed;top:0;left:0;width:1px;height:1px;opacity:0}
input{all:initial;box-sizing:border-box;display:block;width:100%;margin-top:4px;padding:2px 6px;border:1px solid #8b949e;
 border-radius:4px;color:#f6f8fa;background:#0d1117;font:inherit;font-size:13px;direction:ltr;text-align:left;unicode-bidi:plaintext}
input:focus-visible{outline:2px solid #79c0ff}
`;

export interface Tooltip {
  readonly element: HTMLElement;
  show(anchor: Anchor, content: TooltipContent): void;
  hide(): void;
  isOpen(): boolean;
  /** The anchor it currently points at (to close it when that scrolls away). */
  anchor(): Anchor | null;
  reposition(): void;
  /** Redraws the content if the tooltip is still open on `anchor` (late details, e.g. links). */
  update(anchor: Anchor, content: TooltipContent): void;
}

/** A link is shown only when it parses as an http(s) address. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Copies in a user gesture: the async clipboard API where the page is a secure context, else the
 * older copy command on a hidden selection (plain-http pages have no navigator.clipboard).
 */
async function copyText(doc: Document, parent: Node, value: string): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard) {
    try {
      await clipboard.writeText(value);
      return true;
    } catch {
      // Refused (no permission, no focus): try the old way below.
    }
  }
  const buffer = doc.createElement('textarea');
  buffer.className = 'copy-buffer';
  buffer.value = value;
  buffer.readOnly = true;
  parent.appendChild(buffer);
  try {
    buffer.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    buffer.remove();
  }
}

function renderLine(doc: Document, line: TooltipLine): HTMLElement {
  const row = doc.createElement('div');
  row.className = 'line';
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = `${line.label}: `;
  const value = doc.createElement('bdi');
  value.textContent = line.value;
  row.append(label, value);
  return row;
}

function renderLink(
  doc: Document,
  link: TooltipLink,
  anchors?: Map<HTMLAnchorElement, TooltipLink>,
): HTMLElement | null {
  const href = safeHref(link.href);
  if (!href) return null;
  const row = doc.createElement('div');
  row.className = 'line';
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = link.text;
  anchors?.set(a, link);
  row.append(a);
  if (link.note) {
    const note = doc.createElement('span');
    note.className = 'note';
    note.textContent = ` (${link.note})`;
    row.append(note);
  }
  return row;
}

function renderCopy(doc: Document, copy: TooltipCopy, current: () => string = () => copy.value): HTMLElement {
  const row = doc.createElement('div');
  row.className = 'line';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = copy.label;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    void copyText(doc, row, current()).then((ok) => {
      if (ok) button.textContent = copy.done;
    });
  });
  row.append(button);
  return row;
}

/**
 * The editable query: typing re-points every search link (its `rebuild`) at the new words, and the
 * "searched for" line says them; Enter follows the first search link. Keys typed here stay here
 * (the page's own shortcuts do not see them).
 */
function renderQuery(
  doc: Document,
  query: TooltipQuery,
  anchors: Map<HTMLAnchorElement, TooltipLink>,
  shown: HTMLElement | undefined,
  onChange: (value: string) => void,
): HTMLElement {
  const row = doc.createElement('div');
  row.className = 'line';
  const input = doc.createElement('input');
  input.type = 'search';
  input.value = query.value;
  input.spellcheck = false;
  input.setAttribute('aria-label', query.label);
  input.title = query.label;
  input.addEventListener('input', () => {
    const value = input.value;
    for (const [a, link] of anchors) {
      if (!link.rebuild) continue;
      const href = safeHref(link.rebuild(value));
      if (href) a.href = href;
    }
    if (shown) shown.textContent = value.trim();
    onChange(value);
  });
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const first = [...anchors].find(([, link]) => link.rebuild)?.[0];
    first?.click();
  });
  for (const type of ['keyup', 'keypress'] as const) input.addEventListener(type, (e) => e.stopPropagation());
  row.append(input);
  return row;
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
  for (const line of section.lines) sec.append(renderLine(doc, line));
  const anchors = new Map<HTMLAnchorElement, TooltipLink>();
  for (const link of section.links) {
    const row = renderLink(doc, link, anchors);
    if (row) sec.append(row);
  }
  let shown: HTMLElement | undefined;
  for (const line of section.after ?? []) {
    const row = renderLine(doc, line);
    // The line that says the query follows the edits.
    if (section.query && line.value === section.query.value) shown ??= row.querySelector('bdi') ?? undefined;
    sec.append(row);
  }
  let current = section.query?.value ?? section.copy?.value ?? '';
  const copy = section.copy;
  const copyRow = copy ? renderCopy(doc, copy, () => current || copy.value) : undefined;
  if (section.query)
    sec.append(
      renderQuery(doc, section.query, anchors, shown, (value) => {
        current = value.trim();
        // "Copied" was about the words before the edit.
        const button = copyRow?.querySelector('button');
        if (button && copy) button.textContent = copy.label;
      }),
    );
  if (copyRow) sec.append(copyRow);
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

  const draw = (content: TooltipContent) => {
    tip.lang = content.lang;
    tip.dir = content.dir;
    tip.replaceChildren(...content.sections.map((s) => renderSection(doc, s)));
  };

  return {
    element: tip,
    show(anchor, content) {
      draw(content);
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
    update(anchor, content) {
      if (tip.hidden || current !== anchor) return;
      draw(content);
      place();
    },
  };
}
