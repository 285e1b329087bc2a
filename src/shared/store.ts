/** Settings in `browser.storage.sync`, for the extension pages and the content script alike. */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}
