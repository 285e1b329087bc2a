/** Keeps the record of tabs opened before this version (see shared/opened-before.ts); Chromium only. */
import browser from 'webextension-polyfill';
import { OPENED_BEFORE_KEY, tabIdsIn } from '../shared/opened-before';

/** One change at a time: each reads the record, then writes it. */
let queue: Promise<void> = Promise.resolve();
function change(update: (ids: number[]) => Promise<number[]> | number[]): void {
  queue = queue
    .then(async () => {
      const area = browser.storage.session;
      const before = tabIdsIn(await area.get(OPENED_BEFORE_KEY));
      const after = await update(before);
      if (after.length !== before.length || after.some((id, i) => id !== before[i]))
        await area.set({ [OPENED_BEFORE_KEY]: after });
    })
    .catch(() => {});
}

export function trackTabsOpenedBefore(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Only a new or updated extension misses its content scripts (not a browser update).
    if (reason !== 'install' && reason !== 'update') return;
    change(async () =>
      (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
    );
  });
  // A tab that starts loading a page gets the content script; a closed one is gone.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') change((ids) => ids.filter((id) => id !== tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => change((ids) => ids.filter((id) => id !== tabId)));
}
