/**
 * Content-script entry for the known Arabic news sites (page/domains.ts, listed in the manifest by
 * the build): the same start as index.ts, with main.ts, the engine, the tooltip and the link
 * builder carried in this one plain script (built apart, `knownSiteScript` in vite.config.ts).
 * The browser injects it ready, so on the sites readers use most the first highlight waits for no
 * extension fetch (in Chromium each is a request, a redirect to the per-session address and a
 * response, handled on the page's busy main thread), and the page sees no extension address asked
 * for. Everywhere else index.ts keeps a page in another language to a few milliseconds.
 */
import { enter } from './enter';
import { nextTurn } from './next-turn';

// The build inlines main.ts as a module set up when first imported; a turn first, so that the
// script's own compiling and the session's start are tasks apart, not one long task.
enter(() => nextTurn().then(() => import('./main')));
