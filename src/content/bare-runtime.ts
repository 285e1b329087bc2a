/**
 * The extension's runtime as the browser gives it, without webextension-polyfill: the start-up
 * gate needs only `onMessage` with a synchronous `sendResponse`, and `getURL` to load the rest,
 * which Chromium and Firefox share; loading the polyfill (and copying its namespaces) costs more
 * than the gate itself. Everything past the gate uses the polyfill.
 */
type SendResponse = (reply: unknown) => void;

type Listener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

export interface BareRuntime {
  id?: string;
  getURL(path: string): string;
  onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
}

/** A storage area as the browser gives it: `get` answers with a promise (Chromium MV3, Firefox). */
export interface BareStorageArea {
  get(key: string): Promise<unknown>;
}

interface ExtensionGlobals {
  browser?: { runtime?: BareRuntime; storage?: { sync?: BareStorageArea } };
  chrome?: { runtime?: BareRuntime; storage?: { sync?: BareStorageArea } };
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

/**
 * `storage.sync.get(key)` as the browser answers it, without the polyfill; null where the area is
 * missing or withheld (reading it throws), or the request fails at once.
 */
export function bareSyncGet(key: string, scope: object = globalThis): Promise<unknown> | null {
  try {
    const g = scope as ExtensionGlobals;
    const area = g.browser?.storage?.sync ?? g.chrome?.storage?.sync;
    return area ? area.get(key) : null;
  } catch {
    return null;
  }
}
