/**
 * The content script's part for pages that may be Arabic, loaded by the gate (index.ts) as a
 * module of the extension: the session (reading the page, the background's reading of its text,
 * the highlights), which loads the tooltip after the first highlights and then, on a page with
 * wire marks, the link builder. The engine is loaded in the page only when the background cannot
 * read (article.ts).
 */
import { startSession } from './session';

/** `storedSettings`: the gate's `storage.sync.get` of the settings, asked for before this loaded. */
export function start(storedSettings: Promise<unknown> | null): Promise<void> {
  return startSession({ storedSettings });
}
