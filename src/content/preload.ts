/**
 * What the gate needs to start loading the content script's modules at once on a page that may be
 * Arabic — main.ts's chunk and what it imports — instead of one after another (each extension
 * fetch a round trip of its own before the first highlight).
 */

/**
 * The files main.ts's loader imports (its chunk and what that chunk imports statically), comma
 * separated: the build writes them over this placeholder (vite.config.ts, `preloadLists`).
 */
export const MAIN_FILES: string = 'anl:main-files';

/** The files of a list the build has written in; none while unbuilt (tests, the CLI). */
export const builtFiles = (list: string): string[] => (list.endsWith('.js') ? list.split(',') : []);
