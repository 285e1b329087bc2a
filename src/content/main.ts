/**
 * The content script's part for pages that may be Arabic, loaded by the gate (index.ts) as a
 * module of the extension: the session (reading, the engine, the highlights), which loads the
 * tooltip after the first highlights and then, on a page with wire marks, the link builder.
 */
import { loadEngine } from './article';
import { ARTICLE_HINT } from './preload';
import { startSession } from './session';

/** `storedSettings`: the gate's `storage.sync.get` of the settings, asked for before this loaded. */
export function start(storedSettings: Promise<unknown> | null): Promise<void> {
  // The engine's chunk is fetched and set up while the settings arrive and the page is read,
  // instead of after the verdict (a waterfall of two loads before the first highlight). Only on a
  // page that calls itself an article; a failure here is met again, and reported, when it is used.
  // In a build the gate has already asked for the chunk (index.ts): this is the same module.
  if (document.querySelector(ARTICLE_HINT)) loadEngine().catch(() => {});
  return startSession({ storedSettings });
}
