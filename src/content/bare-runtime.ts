/**
 * The extension's runtime as the browser gives it, without webextension-polyfill: the start-up
 * gate needs only `onMessage` with a synchronous `sendResponse`, which Chromium and Firefox
 * share, and loading the polyfill (and copying its namespaces) costs more than the gate itself.
 * Everything past the gate uses the polyfill.
 */
type SendResponse = (reply: unknown) => void;

type Listener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

export interface BareRuntime {
  id?: string;
  onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
}

interface ExtensionGlobals {
  browser?: { runtime?: BareRuntime };
  chrome?: { runtime?: BareRuntime };
}

/** Firefox's (and newer Chromium's) `browser.runtime`, else `chrome.runtime`; null outside an extension. */
export function bareRuntime(scope: object = globalThis): BareRuntime | null {
  try {
    const g = scope as ExtensionGlobals;
    return g.browser?.runtime ?? g.chrome?.runtime ?? null;
  } catch {
    return null;
  }
}
