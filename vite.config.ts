import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { dynamicUrlsOnly } from './scripts/dynamic-url';

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

const COPY = '?anl-private-copy';

/**
 * The content script runs on every page, so it is built as one plain script. crxjs lists a
 * content script that has no imports, exports or dynamic imports in the manifest as it is;
 * anything else it starts through a loader script that `import()`s the entry as a module (a
 * module fetch, compilation and the module loader's own set-up on every page). A module the entry
 * shares with the rest of the extension (the gate's text sampler, the message check) would become
 * a shared chunk that it imports, so the entry and what it imports are given private copies: the
 * same source files, bundled into the entry alone. `scripts/build.mjs` checks the result.
 */
export function selfContainedEntry(entry: string): Plugin {
  const entryId = resolve(import.meta.dirname, entry);
  const ours = (id: string) => id === entryId || id.endsWith(COPY);
  /** Static imports (`import … from 'x'`, `import 'x'`) without a query of their own. */
  const STATIC_IMPORT = /(\bimport\s[^'"()]*?\bfrom\s*|\bimport\s*)(['"])([^'"?]+)\2/g;
  return {
    name: 'anl:self-contained-entry',
    enforce: 'pre',
    // The entry's (and its copies') static imports are asked for as copies; other imports are left
    // alone, e.g. `./main?script&module`, which crxjs resolves to another module's file name.
    transform(code, id) {
      if (!ours(id)) return null;
      return code.replace(STATIC_IMPORT, (_m, head: string, q: string, spec: string) =>
        /\.(json|css)$/.test(spec) ? `${head}${q}${spec}${q}` : `${head}${q}${spec}${COPY}${q}`,
      );
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      selfContainedEntry(CONTENT_ENTRY),
      crx({ manifest: manifestFor(target), browser: target }),
      // Chrome: chunks reachable only through the per-session URL (see scripts/dynamic-url.ts).
      // The content script loads main.ts through runtime.getURL, which gives that URL.
      ...(target === 'chrome' ? [dynamicUrlsOnly({ worker: WORKER })] : []),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
      minify: true,
      sourcemap: false,
      // A content script's dynamic import must not add <link rel=modulepreload> to the page it reads.
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
