/**
 * Content-script entry, injected into every page but the known Arabic news sites (those get
 * known-site.ts): a cheap look at the page (enter.ts) and nothing more at start. It is built as one
 * plain script (no module loader, no imports: see `selfContainedEntry` in vite.config.ts), so that
 * a page in another language costs only this. Only a page that may be Arabic loads the rest
 * (article detection, the reading by the background's engine, the highlights,
 * webextension-polyfill): main.ts, as a module of the extension, by its address.
 */
import { enter, type Main } from './enter';
import { builtFiles, MAIN_FILES } from './preload';
// crxjs builds main.ts as a module of its own, web-accessible, and gives its file name here.
import mainScript from './main?script&module';

enter((runtime) => {
  const main = import(/* @vite-ignore */ runtime.getURL(mainScript)) as Promise<Main>;
  // What main.ts's loader is about to import is asked for now, all at once, not each once the
  // module before it has loaded (a chain of extension fetches before the first highlight). The
  // modules' own imports of them are then the same modules; an error surfaces there. The engine
  // is not among them: the background reads the text (background-reading.ts).
  for (const file of new Set(builtFiles(MAIN_FILES)))
    import(/* @vite-ignore */ runtime.getURL(file)).catch(() => {});
  return main;
});
