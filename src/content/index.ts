/**
 * Content-script entry, injected into every page but the known Arabic news sites (those get
 * known-site.ts): a cheap look at the page (enter.ts) and nothing more at start. It is built as one
 * plain script (no module loader, no imports: see `selfContainedEntry` in vite.config.ts), so that
 * a page in another language costs only this. Only a page that may be Arabic loads the rest
 * (article detection, the engine, the highlights, webextension-polyfill): main.ts, as a module of
 * the extension, by its address.
 */
import { enter, type Main } from './enter';
import { ARTICLE_HINT, builtFiles, ENGINE_FILES, MAIN_FILES } from './preload';
// crxjs builds main.ts as a module of its own, web-accessible, and gives its file name here.
import mainScript from './main?script&module';

enter((runtime) => {
  const main = import(/* @vite-ignore */ runtime.getURL(mainScript)) as Promise<Main>;
  // What main.ts's loader is about to import, and on a page that calls itself an article the
  // engine, are asked for now, all at once, not each once the module before it has loaded (a
  // chain of extension fetches before the first highlight). The modules' own imports of them are
  // then the same modules; an error surfaces there.
  const files = builtFiles(MAIN_FILES);
  if (document.querySelector(ARTICLE_HINT)) files.push(...builtFiles(ENGINE_FILES));
  for (const file of new Set(files)) import(/* @vite-ignore */ runtime.getURL(file)).catch(() => {});
  return main;
});
