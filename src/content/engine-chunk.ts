/**
 * What the gate needs to start the engine's chunk loading at once on an article page, in parallel
 * with the rest of the content script, instead of after it (a chain of two extension fetches).
 */

/** A page that says it is an article: its engine chunk is worth fetching before the verdict. */
export const ARTICLE_HINT = 'meta[property="og:type"][content="article" i], article';

/**
 * The engine chunk's file inside the extension (`assets/engine-….js`): the build writes it over
 * this placeholder (vite.config.ts, `engineChunkName`); unbuilt (tests, the CLI), it stays.
 */
export const ENGINE_CHUNK: string = 'anl:engine-chunk';

/** The engine chunk's file, once the build has written it in. */
export const builtEngineChunk = (): string | null => (ENGINE_CHUNK.endsWith('.js') ? ENGINE_CHUNK : null);
