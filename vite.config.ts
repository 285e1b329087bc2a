import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CrxPlugin, crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { build, defineConfig, type Plugin, type Rolldown } from 'vite';
import { dynamicUrlsOnly } from './scripts/dynamic-url';
import { knownSiteMatches } from './src/page/domains';

/** ANL_NO_MINIFY=1 builds readable chunks, for reading a CPU profile by function name (bench/functions.ts). */
const MINIFY = !process.env.ANL_NO_MINIFY;

type Target = 'chrome' | 'firefox';

/** The service worker's source, as manifest.json names it. */
const WORKER: string = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'))
  .background.service_worker;

/** The one manifest.json, adapted to the target browser: Firefox takes background scripts, not a worker. */
export function manifestFor(target: Target): ManifestV3Export {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  if (target === 'chrome') {
    // Chromium files every origin also listed as optional under "optional", and then answers
    // permissions.contains false for it until that optional grant, though the content script runs
    // there. Without them, contains() for a page's origin says whether the reader left the site's
    // access on; a withheld site (site access "on click" or "on specific sites") can still be
    // requested (permissions.request grants a withheld required origin).
    delete manifest.optional_host_permissions;
  }
  if (target === 'firefox') {
    const worker: string = manifest.background.service_worker;
    manifest.background = { scripts: [worker], type: 'module' };
    // AMO requires data_collection_permissions, which Firefox knows from 140 (142 on Android);
    // a lower minimum makes `web-ext lint` warn.
    manifest.browser_specific_settings = {
      gecko: {
        id: 'arabic-news-lens@example.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

/** The content script injected into every page (the manifest's `content_scripts[0].js[0]`). */
export const CONTENT_ENTRY = 'src/content/index.ts';

/**
 * A module graph of its own for `entry`: the entry and every module it imports are given private
 * copies (the same source files, under `tag`), so that nothing in it is shared with the rest of the
 * extension and the bundler puts it in as few files as the graph allows. `dynamic`: dynamic imports
 * of a literal path (`import('./page-ui')`) join the private graph too. Other imports are left
 * alone, e.g. `./main?script&module`, which crxjs resolves to another module's file name.
 */
export function privateGraph(entry: string, tag: string, { dynamic = false } = {}): Plugin {
  const COPY = `?anl-${tag}`;
  const entryId = resolve(import.meta.dirname, entry);
  const ours = (id: string) => id === entryId || id.endsWith(COPY);
  /** Static imports and re-exports (`import … from 'x'`, `import 'x'`, `export … from 'x'`) without a query. */
  const STATIC_IMPORT = /(\b(?:import|export)\s[^'"()]*?\bfrom\s*|\bimport\s*)(['"])([^'"?]+)\2/g;
  /** Dynamic imports of a literal relative path, and type-only `import('x')` alike. */
  const DYNAMIC_IMPORT = /(\bimport\(\s*)(['"])(\.{1,2}\/[^'"?]+)\2/g;
  const copy = (head: string, q: string, spec: string) =>
    /\.(json|css)$/.test(spec) ? `${head}${q}${spec}${q}` : `${head}${q}${spec}${COPY}${q}`;
  return {
    name: `anl:private-graph:${tag}`,
    enforce: 'pre',
    transform(code, id) {
      if (!ours(id)) return null;
      const out = code.replace(STATIC_IMPORT, (_m, head: string, q: string, spec: string) =>
        copy(head, q, spec),
      );
      return dynamic
        ? out.replace(DYNAMIC_IMPORT, (_m, head: string, q: string, spec: string) => copy(head, q, spec))
        : out;
    },
    async resolveId(source, importer, options) {
      if (!source.endsWith(COPY) || !importer) return null;
      const from = importer.endsWith(COPY) ? importer.slice(0, -COPY.length) : importer;
      const resolved = await this.resolve(source.slice(0, -COPY.length), from, {
        ...options,
        skipSelf: true,
      });
      if (!resolved || resolved.external) return resolved;
      return `${resolved.id}${COPY}`;
    },
    load(id) {
      return id.endsWith(COPY) ? readFileSync(id.slice(0, -COPY.length), 'utf8') : null;
    },
  };
}

/**
 * The content script runs on every page, so it is built as one plain script. crxjs lists a
 * content script that has no imports, exports or dynamic imports in the manifest as it is;
 * anything else it starts through a loader script that `import()`s the entry as a module (a
 * module fetch, compilation and the module loader's own set-up on every page). A module the entry
 * shares with the rest of the extension (the gate's text sampler, the message check) would become
 * a shared chunk that it imports, so the entry and what it imports are given private copies.
 * `scripts/build.mjs` checks the result.
 */
export const selfContainedEntry = (entry: string): Plugin => privateGraph(entry, 'private-copy');

/** What the gate loads on a page that may be Arabic (`./main?script&module` in CONTENT_ENTRY). */
export const CONTENT_MAIN = 'src/content/main.ts';
/**
 * The modules `root` loads statically (all levels), worked out when the module graph is complete,
 * for the output's one chunk group: everything on the way to the first highlight then comes in one
 * file, main.ts's, instead of the bundler's common chunks (each a request, a redirect and a
 * response handled on the page's main thread). The engine is not on that way (the background
 * reads the text): the chunks a page loads only later or when the background cannot read (the
 * tooltip, the link builder, the engine in the page) are left to the bundler, so that loading the
 * tooltip does not bring the detectors.
 */
function staticClosure(root: string): { plugin: Plugin; members: Set<string> } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: 'anl:static-closure',
    buildEnd() {
      members.clear();
      const pending = [root];
      while (pending.length > 0) {
        const id = pending.pop() as string;
        if (members.has(id)) continue;
        const info = this.getModuleInfo(id);
        if (!info) continue;
        members.add(id);
        pending.push(...info.importedIds);
      }
    },
  };
  return { plugin, members };
}

/**
 * Writes into the gate (the chunks that carry src/content/preload.ts's placeholder) the files it
 * starts loading at once on a page that may be Arabic: main.ts's chunk with its static imports
 * (not the engine's: the background reads the text; the page loads the engine only when it cannot).
 * Fails the build when the list is empty or no chunk carries its placeholder.
 */
function preloadLists(): Plugin {
  return {
    name: 'anl:preload-lists',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      /** `roots` and every chunk they import statically, transitively. */
      const closure = (roots: readonly string[]) => {
        const seen = new Set<string>();
        const pending = [...roots];
        while (pending.length > 0) {
          const file = pending.pop() as string;
          if (seen.has(file)) continue;
          seen.add(file);
          const chunk = bundle[file];
          if (chunk?.type === 'chunk') pending.push(...chunk.imports);
        }
        return [...seen];
      };
      const loader = chunks.find((c) => c.facadeModuleId === resolve(import.meta.dirname, CONTENT_MAIN));
      if (!loader) throw new Error('preload lists: no chunk for main.ts');
      const placeholder = 'anl:main-files';
      const files = closure(loader.imports);
      if (files.length === 0) throw new Error(`preload lists: ${placeholder} is empty`);
      const carriers = chunks.filter((c) => c.code.includes(placeholder));
      if (carriers.length === 0) throw new Error(`preload lists: no chunk carries ${placeholder}`);
      for (const c of carriers) c.code = c.code.replaceAll(placeholder, files.join(','));
    },
  };
}

/**
 * The engine and the link builder that a page loads only when the background cannot answer
 * (content/article.ts, content/links.ts), left out of the known sites' script: in their place, a
 * module that says the background could not. The content script retries the background once;
 * should it still fail, the page is left unmarked (and a wire tooltip links the outlet's home).
 */
function withoutPageEngine(): Plugin {
  const STUBS: Record<string, { importer: string; id: string; code: string }> = {
    './sliced-analysis': {
      importer: 'src/content/article.ts',
      id: '\0anl:no-page-engine',
      code: 'export function analyseSliced() { return Promise.reject(new Error("the background could not read this page")); }',
    },
    '../analysis/links': {
      importer: 'src/content/links.ts',
      id: '\0anl:no-page-links',
      code: 'export function linksForMark() { throw new Error("the background could not work out the links"); }',
    },
  };
  return {
    name: 'anl:without-page-engine',
    enforce: 'pre',
    resolveId(source, importer) {
      const stub = STUBS[source];
      return stub && importer?.endsWith(stub.importer) ? stub.id : null;
    },
    load(id) {
      return Object.values(STUBS).find((s) => s.id === id)?.code ?? null;
    },
  };
}

/** The known sites' content script (src/content/known-site.ts), as the build writes it. */
export const KNOWN_SITE_SCRIPT = 'assets/known-site.js';

/**
 * The content script of the known Arabic news sites (page/domains.ts): known-site.ts and everything
 * it loads, the tooltip's chunk among them, built apart as one plain script (a build of its own:
 * one output can have only one entry whose dynamic imports are inlined), and listed in the
 * manifest for those sites, which the gate's entry then leaves out. The browser injects a listed
 * script ready, with no fetch of an extension file before the first highlight. Without the engine
 * and the link builder in the page (`withoutPageEngine`): the background reads the text and works
 * out the links, and the browser then compiles a fifth of the code on the page's main thread.
 */
function knownSiteScript(target: Target): CrxPlugin {
  const matches = knownSiteMatches();
  return {
    name: 'anl:known-site-script',
    apply: 'build',
    enforce: 'post',
    async buildStart() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        mode: target,
        build: {
          write: false,
          target: target === 'firefox' ? 'firefox140' : 'chrome120',
          minify: MINIFY,
          lib: {
            entry: resolve(import.meta.dirname, 'src/content/known-site.ts'),
            formats: ['iife'],
            name: 'anlKnownSite',
            fileName: () => KNOWN_SITE_SCRIPT,
          },
          rolldownOptions: { output: { codeSplitting: false } },
        },
        plugins: [withoutPageEngine()],
      });
      const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
      const files = outputs.flatMap((o) => o.output);
      const chunk = files.find((f) => f.type === 'chunk');
      if (chunk?.type !== 'chunk' || files.length !== 1)
        throw new Error(
          `known-site script: expected one file, got ${files.map((f) => f.fileName).join(', ')}`,
        );
      this.emitFile({ type: 'asset', fileName: KNOWN_SITE_SCRIPT, source: chunk.code });
    },
    renderCrxManifest(manifest) {
      const scripts = manifest.content_scripts ?? [];
      const gate = scripts[0];
      if (!gate || scripts.length !== 1) throw new Error('known-site script: expected the gate alone');
      gate.exclude_matches = matches;
      // At document_idle, not the gate's document_start: evaluating this whole script then would hold
      // up the page's own parsing, and with no fetch to start early there is little to win.
      scripts.push({
        matches,
        js: [KNOWN_SITE_SCRIPT],
        run_at: 'document_idle',
        all_frames: gate.all_frames,
      });
      manifest.content_scripts = scripts;
      return manifest;
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const contentMain = staticClosure(resolve(import.meta.dirname, CONTENT_MAIN));
  return {
    plugins: [
      selfContainedEntry(CONTENT_ENTRY),
      // The rest of the content script (main.ts, the engine, the tooltip, the link builder) shares
      // no module with the extension's pages or worker: each module loaded on the way to the first
      // highlight is a request, a redirect and a response handled on the page's main thread, so
      // main.ts and everything it imports statically come as one file, not seven.
      privateGraph(CONTENT_MAIN, 'content', { dynamic: true }),
      contentMain.plugin,
      crx({ manifest: manifestFor(target), browser: target }),
      preloadLists(),
      knownSiteScript(target),
      // Chrome: chunks reachable only through the per-session URL (see scripts/dynamic-url.ts).
      // The content script loads main.ts through runtime.getURL, which gives that URL.
      ...(target === 'chrome' ? [dynamicUrlsOnly({ worker: WORKER })] : []),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
      minify: MINIFY,
      sourcemap: false,
      // A content script's dynamic import must not add <link rel=modulepreload> to the page it reads.
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // The engine's generated data, which the service worker's engine imports too: a
              // chunk of its own (imports nothing), not inside the page's fallback engine chunk.
              { name: 'patterns', test: /generated\/patterns\.json$/, priority: 2 },
              {
                name: 'content-main',
                test: (id: string) => contentMain.members.has(id),
                priority: 1,
              },
            ],
          },
        },
      },
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
