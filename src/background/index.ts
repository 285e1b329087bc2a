/**
 * Background: the reading of articles' text by the engine (reader.ts: one engine for every tab,
 * set up once, instead of one in each page), the badge per tab, the keyboard commands forwarded
 * to the active tab's content script, locale files for tooltips in a language other than the
 * browser's, and (Chromium) the tabs opened before this version, for the popup.
 * The per-tab state is the badge itself (the browser keeps it per tab and resets it on navigation),
 * so nothing is lost when the service worker is stopped.
 */
import browser from 'webextension-polyfill';
import { isStepCommand, isToBackground, type ToContent } from '../shared/messages';
import { browserFamily } from '../shared/browser-family';
import { badgeText } from './badge';
import { READ_PORT, WAKE_PORT } from '../shared/read-port';
import { flattenMessages } from './locale';
import { trackTabsOpenedBefore } from './opened-before';
import { readerHost, warmUpEngine } from './reader';

const BADGE_COLOUR = '#8a5a00';

async function setBadge(tabId: number, sentences: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(sentences) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

async function localeMessages(language: 'ar' | 'en'): Promise<Record<string, string>> {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  return flattenMessages(await response.json());
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isToBackground(message)) return undefined;
  if (message.type === 'marked') {
    const tabId = sender.tab?.id;
    return tabId === undefined ? undefined : setBadge(tabId, message.sentences);
  }
  return localeMessages(message.language);
});

/** Sends a step command to the active tab (also reachable from tests through the worker). */
export async function runCommand(command: string): Promise<boolean> {
  if (!isStepCommand(command)) return false;
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return false;
  const message: ToContent = { type: 'command', command };
  try {
    return (await browser.tabs.sendMessage(tab.id, message)) === true;
  } catch {
    return false; // No content script on that tab (a browser page, or a page not yet loaded).
  }
}

// A content script's reading: only this extension's own scripts may connect (no page can).
browser.runtime.onConnect.addListener((port) => {
  if (port.sender?.id !== browser.runtime.id) return;
  if (port.name === WAKE_PORT) {
    // Answered by closing it, once the engine is set up (the page's text may follow soon).
    warmUpEngine();
    port.disconnect();
    return;
  }
  if (port.name !== READ_PORT) return;
  const host = readerHost();
  port.onMessage.addListener((message: unknown) => {
    const reply = host(message);
    if (reply) port.postMessage(reply);
  });
});

browser.commands.onCommand.addListener((command) => {
  void runCommand(command);
});

// Only Chromium leaves the tabs open at install without the content script (Firefox fills them).
if (browserFamily(location.protocol) === 'chromium') trackTabsOpenedBefore();
