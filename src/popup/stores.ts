/**
 * Sites where a browser keeps every extension out, content scripts included, although it may show
 * the extension their address: its extension store and (Firefox) a few of its own sites.
 */
import type { BrowserFamily } from '../shared/browser-family';

/** Host → path prefix ('' for the whole host). */
const CLOSED_SITES: Record<BrowserFamily, Record<string, string>> = {
  chromium: {
    'chromewebstore.google.com': '',
    'chrome.google.com': '/webstore',
    // Edge is a Chromium browser too; its own store is closed there (elsewhere the script runs and answers).
    'microsoftedge.microsoft.com': '/addons',
  },
  // Firefox's default `extensions.webextensions.restrictedDomains`.
  firefox: Object.fromEntries(
    [
      'accounts-static.cdn.mozilla.net',
      'accounts.firefox.com',
      'addons.cdn.mozilla.net',
      'addons.mozilla.org',
      'api.accounts.firefox.com',
      'content.cdn.mozilla.net',
      'discovery.addons.mozilla.org',
      'install.mozilla.org',
      'oauth.accounts.firefox.com',
      'profile.accounts.firefox.com',
      'support.mozilla.org',
      'sync.services.mozilla.com',
    ].map((host) => [host, '']),
  ),
};

export function isStorePage(browser: BrowserFamily, url: URL): boolean {
  const prefix = CLOSED_SITES[browser][url.hostname.toLowerCase()];
  return prefix !== undefined && url.pathname.startsWith(prefix);
}
