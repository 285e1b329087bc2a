/**
 * Toolbar popup: learns what it can about the tab (the content script's answer, the address and
 * loading status the browser shows, access to the tab's own origin), decides what to say
 * (state.ts) and shows it, with the switches or the one fix that helps.
 * `?tab=ID` selects a tab by id and `?tab=last` the tab used before this one, so that the popup
 * can also be opened in a tab of its own (the end-to-end tests do this).
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { ToContent } from '../shared/messages';
import { OPENED_BEFORE_KEY, tabIdsIn } from '../shared/opened-before';
import { type Settings, withKind, withSite } from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/store';
import type { PageSummary } from '../shared/summary';
import { type NoticeActions, renderNotice } from './notices';
import {
  browserFamily,
  decideState,
  isWebPage,
  originPattern,
  type PopupState,
  parseUrl,
  type TabFacts,
} from './state';
import { type PopupActions, renderSummary } from './view';

const app = document.getElementById('app') as HTMLElement;
const t = (key: string) => browser.i18n.getMessage(key) || key;
const params = new URLSearchParams(location.search);
const inTab = params.has('tab') || params.has('url');
const family = browserFamily(location.protocol);
/** While a page is being read, ask again this often. */
const READING_POLL_MS = 500;

document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';

async function findTabId(): Promise<number | undefined> {
  const param = params.get('tab');
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

/** Everything the decision needs; the questions that cost something only when no script answered. */
async function factsOf(tab: Tabs.Tab, disabledSites: string[]): Promise<TabFacts> {
  const id = tab.id as number;
  const reply = (await ask(id, { type: 'summary' }).catch(() => null)) as PageSummary | null;
  let access: boolean | null = null;
  let openedBefore = false;
  if (!reply) {
    const url = parseUrl(tab.url);
    // The tab's own origin: a wildcard pattern would also ask about every other site.
    if (url && isWebPage(url))
      access = await browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => null);
    if (family === 'chromium') {
      const stored = await browser.storage.session.get(OPENED_BEFORE_KEY).catch(() => null);
      openedBefore = tabIdsIn(stored).includes(id);
    }
  }
  const loading = tab.status === 'loading';
  return { browser: family, url: tab.url, loading, reply, access, openedBefore, disabledSites };
}

let tabId: number | undefined;
/** Bumped by each render: an older one still waiting for answers draws nothing. */
let generation = 0;
let poll: ReturnType<typeof setTimeout> | undefined;
/** The notice on display, so that asking again does not rebuild it. */
let shown = '';
/** Looks left after the tab finished loading: its content script starts a moment after. */
let settleChecks = 0;
const SETTLE_CHECKS = 6;

async function render(): Promise<void> {
  const run = ++generation;
  clearTimeout(poll);
  const tab = tabId === undefined ? undefined : await browser.tabs.get(tabId).catch(() => undefined);
  const settings = await loadSettings();
  const state: PopupState = tab
    ? decideState(await factsOf(tab, settings.disabledSites))
    : { kind: 'restricted', why: 'browser-page' };
  if (run !== generation) return;
  // Being read, or just loaded and the content script perhaps not started yet: ask again soon.
  const settling = settleChecks > 0 && (state.kind === 'restricted' || state.kind === 'stale');
  if (settling) settleChecks--;
  if (state.kind === 'reading' || settling) poll = setTimeout(() => void render(), READING_POLL_MS);
  if (state.kind === 'article' || state.kind === 'site-off' || state.kind === 'not-article') {
    shown = '';
    app.replaceChildren(...renderSummary(state.summary, settings, summaryActions(state.summary, settings)));
    return;
  }
  // The same notice again (a poll) stays as it is: a button is not replaced under the pointer.
  const key = JSON.stringify(state);
  if (key === shown) return;
  shown = key;
  app.replaceChildren(...renderNotice(state, NOTICE_ACTIONS));
}

const NOTICE_ACTIONS: NoticeActions = {
  t,
  grant(origin) {
    // Called in the click itself (a user gesture), with nothing awaited before it.
    void browser.permissions.request({ origins: [origin] }).then((granted) => {
      if (granted) void render();
    });
  },
  reload() {
    if (tabId !== undefined) void browser.tabs.reload(tabId);
  },
};

function summaryActions(summary: PageSummary, settings: Settings): PopupActions {
  return {
    t,
    showMark(index) {
      if (tabId === undefined) return;
      void ask(tabId, { type: 'show-mark', index }).then(() => {
        if (!inTab) window.close();
      });
    },
    setSite(enabled) {
      void saveSettings(withSite(settings, summary.hostname, enabled)).then(later);
    },
    setKind(kind, enabled) {
      void saveSettings(withKind(settings, kind, enabled)).then(later);
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
  };
}

// The content script applies a change when storage tells it; ask again once it has.
function later(): void {
  setTimeout(() => void render(), 250);
}

void findTabId().then((id) => {
  tabId = id;
  // A reload (ours or the reader's) or a navigation in the tab: say what it is now.
  browser.tabs.onUpdated.addListener((updated, info) => {
    if (updated !== tabId || !info.status) return;
    if (info.status === 'complete') settleChecks = SETTLE_CHECKS;
    void render();
  });
  // Right after an install or update the background may still be writing down which tabs were
  // open before it (background/opened-before.ts): when it has, a tab it lists is "stale", not a
  // page no extension may read.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'session' && OPENED_BEFORE_KEY in changes) void render();
  });
  return render();
});
