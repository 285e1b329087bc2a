// Builds the unpacked extension for both browsers: dist/chrome and dist/firefox.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * The content script runs on every page but the known sites: it must be one plain script, without
 * crxjs's module loader and without static imports (see `selfContainedEntry` in vite.config.ts),
 * and the module it loads on pages that may be Arabic must be web-accessible. The known sites get
 * a second plain script that carries everything and loads nothing.
 */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*{$]|["'`])|\bexport\s/;

function checkContentScript(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const scripts = manifest.content_scripts ?? [];
  const files = scripts.flatMap((c) => c.js ?? []);
  if (scripts.length !== 2 || files.length !== 2)
    throw new Error(`${dir}: expected the gate and the known sites' script, found ${files.join(', ')}`);
  const [file, knownSite] = files;
  const code = readFileSync(join(dir, file), 'utf8');
  if (/-loader\b/.test(file) || STATIC_IMPORT.test(code))
    throw new Error(
      `${dir}: the content script ${file} is not a plain script (a module loader or an import crept in)`,
    );
  // The known sites' script carries everything (vite.config.ts, knownSiteScript): no import of any
  // kind, and exactly the sites the gate leaves out.
  const known = readFileSync(join(dir, knownSite), 'utf8');
  if (STATIC_IMPORT.test(known) || /\bimport\(/.test(known))
    throw new Error(`${dir}: the known sites' script ${knownSite} imports something`);
  const [gate, sites] = scripts;
  if (!sites.matches?.length || JSON.stringify(gate.exclude_matches) !== JSON.stringify(sites.matches))
    throw new Error(`${dir}: the gate does not leave out exactly the known sites`);
  const main = /getURL\([^)]*\)/.test(code) && /"(assets\/main[^"]*\.js)"/.exec(code)?.[1];
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []);
  if (!main || !exposed.includes(main))
    throw new Error(`${dir}: the module the content script loads (${main}) is not web-accessible`);
  // The files the gate starts loading at once (src/content/preload.ts): none of them the engine,
  // and every one web-accessible.
  const preloaded = [...code.matchAll(/["'`]((?:assets\/[^"'`,]+\.js,?)+)["'`]/g)].flatMap((m) =>
    m[1].split(','),
  );
  // The engine is not among them: the background reads the text, and a page loads the engine
  // only when it cannot (src/content/article.ts), so no page sets it up for nothing.
  if (preloaded.length === 0) throw new Error(`${dir}: the content script preloads nothing`);
  if (preloaded.some((f) => /^assets\/sliced-analysis-/.test(f)))
    throw new Error(`${dir}: the content script preloads the engine chunk`);
  for (const f of preloaded)
    if (!exposed.includes(f))
      throw new Error(`${dir}: the content script preloads ${f}, which is not web-accessible`);
}

// The engine's derived patterns are written down before bundling (src/analysis/prebuilt.ts), so a
// build never ships a stale copy of them.
const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-patterns.ts'], {
  stdio: 'inherit',
});
if (generated.status !== 0) throw new Error('scripts/generate-patterns.ts failed');

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const mode of targets) {
  await build({ mode, logLevel: 'warn' });
  checkContentScript(`dist/${mode}`);
  console.log(`built dist/${mode}`);
}
