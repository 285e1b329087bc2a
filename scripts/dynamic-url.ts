/**
 * Chrome build: keep a page from learning that the extension is installed.
 *
 * The content script loads its chunks with `import()`, so they are `web_accessible_resources`,
 * and with a fixed extension id any page could fetch `chrome-extension://<id>/assets/…` to see
 * whether the extension is there. With `use_dynamic_url: true` Chrome serves them only through a
 * per-session id (`chrome.runtime.getURL` gives it to the content script), never the fixed one.
 *
 * Two steps, both after the crx plugin:
 * 1. `use_dynamic_url: true` on every web-accessible entry (the crx plugin writes `false` for
 *    the chunks of declared content scripts and has no option for it);
 * 2. the imports between those chunks made absolute, through `chrome.runtime.getURL`. Chrome
 *    redirects a dynamic URL to the fixed one, so a chunk's relative imports (`./x.js`) resolve
 *    against the fixed id and are refused (Chromium issue 363027634). So `import{a as b}from"./x.js"`
 *    becomes `const{a:b}=await import(…("assets/x.js"))` and ``import(`./x.js`)`` becomes
 *    `import(…("assets/x.js"))`, where … is `chrome.runtime.getURL` in a content script (see
 *    HELPER_CODE below).
 *
 * Firefox needs neither: every installation has its own random moz-extension:// host.
 */
import { posix } from 'node:path';
import type { CrxPlugin } from '@crxjs/vite-plugin';

/**
 * The helper each rewritten chunk starts with: in a content script the per-session URL
 * (`chrome.runtime.getURL` gives it for a resource with `use_dynamic_url`); in the extension's
 * own pages (popup, options), whose CSP allows only their own origin, the file beside this one.
 */
const HELPER = '__anl_url';
/** Starts loading modules that a dynamic import is about to need, without waiting for them. */
const PRELOAD = '__anl_pre';
const HELPER_CODE = `const ${HELPER}=(r,a)=>globalThis.location?.protocol==="chrome-extension:"?new URL(r,import.meta.url).href:chrome.runtime.getURL(a),${PRELOAD}=l=>{for(const u of l)import(u).catch(()=>{})};`;

/** One leading static import of rolldown's (minified) output, at `lastIndex`. */
const STATIC_IMPORT =
  /\s*import\s*(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}\s*|\*\s*as\s+([\w$]+)\s*)?(?:from\s*)?(["'])(\.{1,2}\/[^"']+)\4\s*;?/y;
const DYNAMIC_IMPORT = /\bimport\(\s*(["'`])(\.{1,2}\/[^"'`$]+)\1\s*\)/g;
/** A re-export, e.g. the whole of an entry whose modules went to a chunk group: `export{t as start}from"./x.js";`. */
const RE_EXPORT = /\bexport\s*\{([^}]*)\}\s*from\s*(["'])(\.{1,2}\/[^"']+)\2\s*;?/g;
const RELATIVE_LEFT = /\bfrom\s*["'`]\.{1,2}\/|\bimport\s*["'`]\.{1,2}\/|\bimport\(\s*["'`]\.{1,2}\//;

/** `a as b, c` → `a:b,c` (a destructuring pattern). */
function pattern(named: string): string {
  return named
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const [from, to] = s.split(/\s+as\s+/);
      if (!from || !/^[\w$]+$/.test(from) || (to !== undefined && !/^[\w$]+$/.test(to)))
        throw new Error(`unexpected import binding: ${s}`);
      return to === undefined ? from : `${from}:${to}`;
    })
    .join(',');
}

/**
 * Rewrites the relative imports of chunk `fileName` (a path inside the extension) into imports of
 * absolute extension URLs. Throws on an import it does not understand, so the build fails rather
 * than ship a chunk that cannot load.
 *
 * Rewritten, a chunk asks for its imports only once it runs, and they for theirs once they run: a
 * chain of round trips (content script → session → engine → its data took four, ~50 ms each, on
 * the way to the first highlight). With `closureOf` (a chunk's static imports, transitively),
 * every module below an import is asked for at once: a static import's whole closure joins the
 * awaited load, and a dynamic import first starts loading its closure. A module that imports
 * this chunk back is left to its own turn (awaiting it here would wait for ourselves).
 */
export function absoluteImports(
  code: string,
  fileName: string,
  closureOf: (file: string) => readonly string[] = () => [],
): string {
  const dir = posix.dirname(fileName);
  const url = (specifier: string) =>
    `${HELPER}(${JSON.stringify(specifier)},${JSON.stringify(posix.join(dir, specifier))})`;
  const relative = (file: string) => {
    const r = posix.relative(dir, file);
    return r.startsWith('.') ? r : `./${r}`;
  };
  /** What loading `file` will load, less this chunk and anything that waits for it. */
  const below = (file: string) =>
    closureOf(file).filter((f) => f !== fileName && f !== file && !closureOf(f).includes(fileName));
  const modules: string[] = [];
  const staticFiles: string[] = [];
  const bindings: string[] = [];
  STATIC_IMPORT.lastIndex = 0;
  let end = 0;
  for (let m = STATIC_IMPORT.exec(code); m; m = STATIC_IMPORT.exec(code)) {
    const [, defaultName, named, namespace, , specifier] = m;
    const n = `__anl_m${modules.length}`;
    modules.push(`import(${url(specifier as string)})`);
    staticFiles.push(posix.join(dir, specifier as string));
    if (namespace) bindings.push(`${namespace}=${n}`);
    const parts: string[] = [];
    if (defaultName) parts.push(`default:${defaultName}`);
    if (named !== undefined && named.trim() !== '') parts.push(pattern(named));
    if (parts.length > 0) bindings.push(`{${parts.join(',')}}=${n}`);
    end = STATIC_IMPORT.lastIndex;
  }
  const direct = new Set(staticFiles);
  for (const file of staticFiles)
    for (const more of below(file))
      if (!direct.has(more)) {
        direct.add(more);
        modules.push(`import(${url(relative(more))})`);
      }
  let head = '';
  if (modules.length > 0) {
    const names = modules.map((_, i) => `__anl_m${i}`);
    head = `const[${names.join(',')}]=await Promise.all([${modules.join(',')}]);`;
    if (bindings.length > 0) head += `const ${bindings.join(',')};`;
  }
  let reExports = 0;
  const rest = code
    .slice(end)
    .replace(DYNAMIC_IMPORT, (_all, _q, specifier: string) => {
      const more = below(posix.join(dir, specifier));
      if (more.length === 0) return `import(${url(specifier)})`;
      return `(${PRELOAD}([${more.map((f) => url(relative(f))).join(',')}]),import(${url(specifier)}))`;
    })
    .replace(RE_EXPORT, (_all, named: string, _q, specifier: string) => {
      // `export{a as b}from"./x.js"` → `const{a:__anl_e0}=await import(…);export{__anl_e0 as b};`
      const local: string[] = [];
      const exported: string[] = [];
      for (const part of pattern(named).split(',')) {
        const [from, to = from] = part.split(':') as [string, string?];
        const name = `__anl_e${reExports++}`;
        local.push(`${from}:${name}`);
        exported.push(`${name} as ${to}`);
      }
      // What the re-exported chunk imports is asked for at once, as for a static import.
      const more = below(posix.join(dir, specifier));
      const pre = more.length > 0 ? `${PRELOAD}([${more.map((f) => url(relative(f))).join(',')}]);` : '';
      return `${pre}const{${local.join(',')}}=await import(${url(specifier)});export{${exported.join(',')}};`;
    });
  const out = head === '' && rest === code ? code : HELPER_CODE + head + rest;
  const left = RELATIVE_LEFT.exec(out);
  if (left)
    throw new Error(
      `${fileName}: a relative import is left after the rewrite near «${out.slice(left.index, left.index + 60)}»`,
    );
  return out;
}

/**
 * `worker`: the service worker's source (manifest.json's `background.service_worker`). A service
 * worker may not use top-level await, so no module it imports may be rewritten.
 */
export function dynamicUrlsOnly({ worker }: { worker: string }): CrxPlugin {
  return {
    name: 'anl:web-accessible-dynamic-url',
    enforce: 'post',
    // Runs in the crx plugin's generateBundle, after its own web-accessible-resources step.
    renderCrxManifest(manifest, bundle) {
      const exposed = new Set<string>();
      for (const entry of manifest.web_accessible_resources ?? []) {
        if (!('matches' in entry)) continue;
        entry.use_dynamic_url = true;
        for (const r of entry.resources) if (r.endsWith('.js')) exposed.add(r);
      }
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const workerModules = new Set<string>();
      const pending = chunks.filter((c) => c.facadeModuleId?.endsWith(worker)).map((c) => c.fileName);
      if (pending.length === 0) throw new Error(`no chunk for the service worker ${worker}`);
      while (pending.length > 0) {
        const file = pending.pop() as string;
        if (workerModules.has(file)) continue;
        workerModules.add(file);
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') pending.push(...chunk.imports);
      }
      const closures = new Map<string, string[]>();
      const closureOf = (file: string): string[] => {
        let known = closures.get(file);
        if (known) return known;
        const seen = new Set<string>();
        const pending = [file];
        while (pending.length > 0) {
          const next = bundle[pending.pop() as string];
          if (next?.type !== 'chunk') continue;
          for (const f of next.imports) {
            if (seen.has(f) || !exposed.has(f)) continue;
            pending.push(f);
            seen.add(f);
          }
        }
        known = [...seen].sort();
        closures.set(file, known);
        return known;
      };
      for (const chunk of chunks) {
        if (!exposed.has(chunk.fileName)) continue;
        const rewritten = absoluteImports(chunk.code, chunk.fileName, closureOf);
        if (rewritten === chunk.code) continue;
        if (workerModules.has(chunk.fileName))
          throw new Error(`${chunk.fileName} is shared with the service worker and has imports`);
        chunk.code = rewritten;
      }
      return manifest;
    },
  };
}
