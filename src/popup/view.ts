/** Builds the popup's DOM from a page summary; text only through textContent. */
import { MARK_KINDS, type MarkKind } from '../analysis/types';
import { outletById } from '../analysis/outlets';
import { KIND_STYLES } from '../overlay/styles';
import type { Settings } from '../shared/settings';
import type { NotArticleReason, PageSummary } from '../shared/summary';

export const SITE_OFF = 'popup_site_off';
/** The message for each reason a page is not read. */
export const NOT_ARTICLE: Record<NotArticleReason, string> = {
  language: 'popup_not_arabic',
  'front-page': 'popup_front_page',
  'not-article': 'popup_not_article',
};

export interface PopupActions {
  t(key: string): string;
  showMark(index: number): void;
  setSite(enabled: boolean): void;
  setKind(kind: MarkKind, enabled: boolean): void;
  openOptions(): void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<'id' | 'className' | 'textContent', string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export function swatch(kind: MarkKind): HTMLElement {
  const s = KIND_STYLES[kind];
  const span = el('span', { className: 'swatch' });
  span.style.background = s.background;
  // Border styles have no `wavy`; dashed stands in for it in this small sample.
  span.style.borderBottom = `2px ${s.underline === 'wavy' ? 'dashed' : s.underline} ${s.line}`;
  span.setAttribute('aria-hidden', 'true');
  return span;
}

function countsTable(summary: PageSummary, a: PopupActions): HTMLElement {
  const table = el('table', { id: 'counts' });
  for (const kind of MARK_KINDS) {
    const row = el('tr', {}, el('td', {}, swatch(kind), a.t(`kind_${kind}`)));
    row.append(el('td', { className: 'n', id: `count-${kind}`, textContent: String(summary.counts[kind]) }));
    table.append(row);
  }
  const total = el('tr', {}, el('td', { textContent: a.t('popup_sentences') }));
  total.append(el('td', { className: 'n', id: 'sentences', textContent: String(summary.sentences) }));
  table.append(total);
  return table;
}

function sourcing(summary: PageSummary, a: PopupActions): HTMLElement[] {
  const table = el('table', { id: 'sourcing' });
  const row = (label: string, id: string, value: number) => {
    const tr = el('tr', {}, el('td', { textContent: label }));
    tr.append(el('td', { className: 'n', id, textContent: String(value) }));
    table.append(tr);
  };
  row(a.t('popup_unnamed'), 'unnamed', summary.unnamedSources);
  row(a.t('popup_named'), 'named', summary.wireByOutlet.length);
  for (const [id, n] of summary.wireByOutlet) {
    const tr = el(
      'tr',
      { className: 'outlet' },
      el('td', { textContent: `· ${outletById(id)?.english ?? id}` }),
    );
    tr.append(el('td', { className: 'n', textContent: String(n) }));
    table.append(tr);
  }
  return [el('h2', { textContent: a.t('popup_sourcing') }), table];
}

function markList(summary: PageSummary, a: PopupActions): HTMLElement[] {
  const list = el('ol', { id: 'marks' });
  for (const mark of summary.marks) {
    const button = el(
      'button',
      {},
      el('span', { className: 'kind' }, swatch(mark.kind), a.t(`kind_${mark.kind}`)),
    );
    const excerpt = el('bdi', { className: 'excerpt', textContent: mark.excerpt });
    excerpt.dir = 'auto';
    button.append(excerpt);
    button.addEventListener('click', () => a.showMark(mark.index));
    list.append(el('li', {}, button));
  }
  return [el('h2', { textContent: a.t('popup_marks') }), list];
}

function checkbox(id: string, label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = el('input', { id });
  input.type = 'checkbox';
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('label', {}, input, label);
}

function switches(summary: PageSummary, settings: Settings, a: PopupActions): HTMLElement[] {
  const box = el('div', { id: 'switches' });
  box.append(
    checkbox(
      'site-switch',
      `${a.t('popup_site_switch')} (${summary.hostname})`,
      summary.status !== 'site-off',
      a.setSite,
    ),
  );
  for (const kind of MARK_KINDS) {
    box.append(
      checkbox(`kind-${kind}`, a.t(`kind_${kind}`), settings.kinds[kind], (on) => a.setKind(kind, on)),
    );
  }
  const options = el('button', { id: 'open-options', textContent: a.t('popup_options') });
  options.addEventListener('click', a.openOptions);
  box.append(options);
  return [el('h2', { textContent: a.t('popup_switches') }), box];
}

/** What the reader should know about the analysis itself: failures, and a page over the cap. */
export function analysisNotices(summary: PageSummary, a: PopupActions): HTMLElement[] {
  const notices: HTMLElement[] = [];
  if (summary.failures) {
    const p = el('p', {
      id: 'engine-errors',
      className: 'warn',
      textContent: `${a.t('popup_engine_errors')} `,
    });
    p.append(el('span', { className: 'n', textContent: String(summary.failures) }));
    notices.push(p);
  }
  if (summary.capped) {
    const { analysed, total } = summary.capped;
    const p = el('p', { id: 'capped', className: 'warn', textContent: `${a.t('popup_capped')} ` });
    p.append(el('bdi', { textContent: `${analysed.toLocaleString()} / ${total.toLocaleString()}` }));
    notices.push(p);
  }
  return notices;
}

/** The page's summary and the switches; a page switched off or not an article says so instead. */
export function renderSummary(summary: PageSummary, settings: Settings, a: PopupActions): Node[] {
  const nodes: Node[] = [el('h1', { textContent: a.t('popup_title') })];
  if (summary.status === 'site-off') nodes.push(el('p', { id: 'status', textContent: a.t(SITE_OFF) }));
  else if (summary.status === 'not-article')
    nodes.push(el('p', { id: 'status', textContent: a.t(NOT_ARTICLE[summary.notArticle ?? 'not-article']) }));
  else {
    nodes.push(...analysisNotices(summary, a));
    nodes.push(countsTable(summary, a), ...sourcing(summary, a));
    if (summary.marks.length > 0) nodes.push(...markList(summary, a));
  }
  nodes.push(...switches(summary, settings, a));
  return nodes;
}
