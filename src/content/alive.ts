import browser from 'webextension-polyfill';

/** False once the extension was reloaded or removed under the page (its runtime is gone). */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
