/** The popup for a tab with no summary to show: what the reader should know, and the one fix if any. */
import type { PopupState, RestrictedReason } from './state';
import { el } from './view';

type Notice = Extract<PopupState, { kind: 'reading' | 'withheld' | 'stale' | 'restricted' }>;

export interface NoticeActions {
  t(key: string): string;
  /** Asks for access to the site (must run in the click itself: a user gesture). */
  grant(origin: string): void;
  reload(): void;
}

const RESTRICTED: Record<RestrictedReason, string> = {
  'browser-page': 'popup_restricted_browser',
  store: 'popup_restricted_store',
  file: 'popup_restricted_file',
  pdf: 'popup_restricted_pdf',
};

/** The message key that says what this state is. */
export function noticeKey(state: Notice): string {
  if (state.kind === 'restricted') return RESTRICTED[state.why];
  return `popup_${state.kind}`;
}

function button(id: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { id, className: 'primary', textContent: label });
  b.addEventListener('click', onClick);
  return b;
}

export function renderNotice(state: Notice, a: NoticeActions): Node[] {
  const text = el('p', { id: 'status', textContent: a.t(noticeKey(state)) });
  const nodes: Node[] = [el('h1', { textContent: a.t('popup_title') })];
  if (state.kind === 'withheld') {
    const grant = button('grant', a.t('popup_withheld_grant'), () => a.grant(state.origin));
    nodes.push(el('div', { className: 'warn' }, text, grant));
  } else if (state.kind === 'stale') {
    nodes.push(el('div', { className: 'warn' }, text, button('reload', a.t('popup_stale_reload'), a.reload)));
  } else {
    nodes.push(text);
  }
  return nodes;
}
