/**
 * Tabs that were open when this version of the extension was installed or updated and have loaded
 * no page since. Chromium puts no content script into them (Firefox does), and it hides their
 * address from the extension, so this record is how the popup tells such a tab (reload it) from a
 * page no extension may read. Kept in `storage.session`: in memory, gone with the browser session.
 */
export const OPENED_BEFORE_KEY = 'openedBefore';

/** The tab ids in what storage held (anything else is ignored). */
export function tabIdsIn(stored: unknown): number[] {
  const value = (stored as Record<string, unknown> | null)?.[OPENED_BEFORE_KEY];
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}
