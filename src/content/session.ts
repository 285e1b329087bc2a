/**
 * The content script on a page that may be Arabic (main.ts, loaded by the gate in index.ts):
 * article detection → flatten → engine → highlights, then the tooltip. Re-reads the page when it
 * changes, answers the popup, steps through marks on the keyboard command, and goes quiet when the
 * extension is reloaded or removed under it.
 */
import browser from 'webextension-polyfill';
import type { MarkKind } from '../analysis/types';
import { isToContent, type ToBackground, type ToContent } from '../shared/messages';
import { parseSettings, readSettings, SETTINGS_KEY, type TooltipLanguage } from '../shared/settings';
import { loadSettings } from '../shared/store';
import { PageController } from './controller';
import { loadTranslator, type Translator } from './i18n';
import type { LinkBuilder } from './links';
import { watchPage } from './watch';

function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** The reader's language, else the browser's own (which needs no message to the background). */
function translator(choice: TooltipLanguage): Promise<Translator> {
  return loadTranslator(choice).catch(() => loadTranslator('auto'));
}

export interface SessionOptions {
  /** `storage.sync.get` of the settings, already asked for (by the gate); else asked for here. */
  storedSettings?: Promise<unknown> | null;
  /** Loads the link builder's chunk (by default its own dynamic import). */
  loadLinks?: () => Promise<LinkBuilder>;
}

/**
 * Reads and marks the page, and keeps it marked. The tooltip's words are not waited for: they
 * are needed only once the reader hovers a mark.
 */
export async function startSession({ storedSettings, loadLinks }: SessionOptions = {}): Promise<void> {
  const settingsLoading = storedSettings ? readSettings({ get: () => storedSettings }) : loadSettings();
  let lastCount = -1;
  const report = (sentences: number, byKind: Record<MarkKind, number>) => {
    if (sentences === lastCount) return;
    lastCount = sentences;
    send({ type: 'marked', sentences, byKind });
  };
  // The page is read, and its text analysed, while the settings come; shown once they have.
  const translating = settingsLoading.then((s) => translator(s.language));
  const controller = new PageController(document, null, translating, report, loadLinks);
  let stopWatching = () => {};

  const goQuiet = () => {
    stopWatching();
    controller.teardown();
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
  };
  function send(message: ToBackground): void {
    if (!contextAlive()) {
      goQuiet();
      return;
    }
    browser.runtime.sendMessage(message).catch(() => {
      if (!contextAlive()) goQuiet();
    });
  }
  const guarded = (work: () => void) => () => {
    if (contextAlive()) work();
    else goQuiet();
  };

  function onMessage(message: unknown): Promise<unknown> | undefined {
    if (!isToContent(message)) return undefined;
    return Promise.resolve(handle(message));
  }
  function handle(message: ToContent): unknown {
    switch (message.type) {
      case 'summary':
        return controller.summary();
      case 'show-mark':
        return controller.showMark(message.index);
      case 'command':
        return controller.step(message.command);
    }
  }
  async function onStorage(changes: Record<string, browser.Storage.StorageChange>, area: string) {
    if (area !== 'sync' || !(SETTINGS_KEY in changes)) return;
    if (!contextAlive()) {
      goQuiet();
      return;
    }
    const settings = parseSettings(changes[SETTINGS_KEY]?.newValue);
    controller.updateSettings(settings, translator(settings.language));
  }

  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  stopWatching = watchPage(
    document,
    guarded(() => controller.refresh()),
  );
  controller.refresh();
  controller.settle(await settingsLoading, translating);
}
