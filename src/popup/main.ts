/**
 * Toolbar popup: asks the tab's content script for its summary and shows it, with the switches.
 * `?tab=ID` selects a tab by id and `?tab=last` the tab used before this one, so that the popup
 * can also be opened in a tab of its own (the end-to-end tests do this).
 */
import browser from 'webextension-polyfill';
import type { ToContent } from '../shared/messages';
import { isSiteEnabled, withKind, withSite } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/store';
import type { PageSummary } from '../shared/summary';
import { type PopupActions, renderSummary, renderUnreachable } from './view';

const HOST_ORIGINS = ['http://*/*', 'https://*/*'];
const app = document.getElementById('app') as HTMLElement;
const t = (key: string) => browser.i18n.getMessage(key) || key;
const inTab =
  new URLSearchParams(location.search).has('tab') || new URLSearchParams(location.search).has('url');

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const id = Number(param);
  if (Number.isInteger(id) && id > 0) return id;
  const tabs = await browser.tabs.query({ currentWindow: true });
  if (param === 'last') {
    const self = await browser.tabs.getCurrent();
    const others = tabs
      .filter((t) => t.id !== self?.id)
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    return others[0]?.id;
  }
  return tabs.find((t) => t.active)?.id;
}

async function ask(tabId: number, message: ToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

async function render(): Promise<void> {
  const tabId = await targetTab();
  const settings = await loadSettings();
  let summary: PageSummary | null = null;
  if (tabId !== undefined) {
    try {
      summary = (await ask(tabId, { type: 'summary' })) as PageSummary;
    } catch {
      summary = null;
    }
  }
  const actions: PopupActions = {
    t,
    showMark(index) {
      if (tabId === undefined) return;
      void ask(tabId, { type: 'show-mark', index }).then(() => {
        if (!inTab) window.close();
      });
    },
    setSite(enabled) {
      if (!summary) return;
      void saveSettings(withSite(settings, summary.hostname, enabled)).then(later);
    },
    setKind(kind, enabled) {
      void saveSettings(withKind(settings, kind, enabled)).then(later);
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
  if (!summary) {
    const granted = await browser.permissions.contains({ origins: HOST_ORIGINS });
    app.replaceChildren(
      ...renderUnreachable(!granted, actions, () => {
        // Must run in the click's user gesture: no await before it.
        void browser.permissions.request({ origins: HOST_ORIGINS }).then((ok) => {
          if (ok) app.replaceChildren(...renderUnreachable(false, actions, () => {}));
        });
      }),
    );
    return;
  }
  if (!isSiteEnabled(settings, summary.hostname)) summary.status = 'site-off';
  app.replaceChildren(...renderSummary(summary, settings, actions));
}

// The content script applies a change when storage tells it; ask again once it has.
function later(): void {
  setTimeout(() => void render(), 250);
}

void render();
