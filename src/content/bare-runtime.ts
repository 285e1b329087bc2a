/**
 * The extension's runtime as the browser gives it, without webextension-polyfill: the start-up
 * gate needs only `onMessage` with a synchronous `sendResponse`, and `getURL` to load the rest,
 * which Chromium and Firefox share; loading the polyfill (and copying its namespaces) costs more
 * than the gate itself. Everything past the gate uses the polyfill.
 */
type SendResponse = (reply: unknown) => void;

type Listener = (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean;

/** A port as Chromium and Firefox give it (the gate's wake-up, background-reading.ts's reading). */
export interface BarePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface BareRuntime {
  id?: string;
  lastError?: unknown;
  getURL(path: string): string;
  connect?(info: { name: string }): BarePort;
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
 * Starts the background, if stopped, and has it set up its engine while this page's script loads
 * and reads the page (shared/read-port.ts, WAKE_PORT): the text then finds it ready. The
 * background closes the port when done; nothing is sent on it.
 */
export function wakeBackground(runtime: BareRuntime, name: string): void {
  try {
    const port = runtime.connect?.({ name });
    // Read, so that Chromium does not report a closed port as unchecked.
    port?.onDisconnect.addListener(() => void runtime.lastError);
  } catch {
    // No background to wake (the extension went away): the reading will find out and fall back.
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
