import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
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

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({ manifest: manifestFor(target), browser: target }),
      // Chrome: chunks reachable only through the per-session URL (see scripts/dynamic-url.ts).
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
