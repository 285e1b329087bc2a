/**
 * Calls `onChange` (debounced) when the page may have new article text: DOM mutations outside
 * the extension's own overlay, and single-page-app navigations (History API). Content scripts
 * live in an isolated world and cannot wrap the page's `history.pushState`, so navigation is
 * seen through `popstate`, the Navigation API where it exists, and the URL changing under the
 * mutations a navigation causes.
 */
import { isOverlayNode } from '../overlay/host';

const DEBOUNCE_MS = 400;
/** A page that never stops mutating (tickers, ads) is still re-read this often. */
const MAX_WAIT_MS = 2_000;

/** A change inside the extension's overlay, or the overlay's host itself coming or going. */
export function isOwnChange(record: MutationRecord): boolean {
  if (isOverlayNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => isOverlayNode(n));
}

export function watchPage(doc: Document, onChange: () => void): () => void {
  const win = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const run = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (firstPending === 0) firstPending = now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now)));
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwnChange(r))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  win?.addEventListener('popstate', schedule);
  const nav = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  nav?.addEventListener('navigatesuccess', schedule);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    nav?.removeEventListener('navigatesuccess', schedule);
  };
}
