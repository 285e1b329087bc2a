/** Settings in `browser.storage.sync`, for the extension pages and the content script alike. */
import browser from 'webextension-polyfill';
import { readSettings, SETTINGS_KEY, type SettingsArea, type Settings } from './settings';

/** The sync area, or null where the browser withholds it (reading `storage` itself may throw). */
function syncArea(): SettingsArea | null {
  try {
    return browser.storage?.sync ?? null;
  } catch {
    return null;
  }
}

/** The reader's settings; the defaults when storage is unavailable or holds something broken. */
export function loadSettings(): Promise<Settings> {
  return readSettings(syncArea());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}
