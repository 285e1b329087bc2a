/**
 * Section 6: what the content script costs to load. From dist/chrome/manifest.json's content
 * scripts, follow static imports (and the loader's immediate `import(chrome.runtime.getURL(…))`)
 * for the bytes loaded at start; every other script the content script may load (the
 * web-accessible ones) is what loads later, on pages that may be Arabic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface SizeResults {
  skipped?: string;
  atStart: FileSize[];
  later: FileSize[];
  startBytes: number;
  laterBytes: number;
  /** Every script a content script may load (the manifest's and the web-accessible ones). */
  scripts: FileSize[];
  /** The known news sites' script (the manifest's second entry), which they get instead of the gate. */
  knownSites: FileSize[];
}

const STATIC_IMPORT = /\bimport\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const COMMENT = String.raw`(?:\/\*[\s\S]*?\*\/\s*)?`;
const LOADER_IMPORT = new RegExp(
  String.raw`import\(\s*${COMMENT}(?:chrome|browser)\.runtime\.getURL\(\s*["'\x60]([^"'\x60]+)["'\x60]\s*\)\s*\)`,
  'g',
);

function sizeOf(root: string, path: string): FileSize {
  const data = readFileSync(path);
  return { file: relative(root, path), bytes: data.length, gzip: gzipSync(data).length };
}

export function measureSize(root: string): SizeResults {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath))
    return {
      skipped: `${manifestPath} is missing`,
      atStart: [],
      later: [],
      startBytes: 0,
      laterBytes: 0,
      scripts: [],
      knownSites: [],
    };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources?: string[] }[];
  };
  // Every page but the known sites gets the first entry (the gate); those get the second instead.
  const [gate, ...known] = manifest.content_scripts ?? [];
  const entries = (gate?.js ?? []).map((f) => join(root, f));
  const knownFiles = new Set(known.flatMap((c) => c.js ?? []));
  const start = new Set<string>();
  const visit = (file: string, set: Set<string>) => {
    if (start.has(file) || set.has(file) || !existsSync(file)) return;
    set.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1] as string), set);
    for (const m of code.matchAll(LOADER_IMPORT)) visit(join(root, m[1] as string), set);
  };
  for (const e of entries) visit(e, start);
  const sum = (list: FileSize[]) => list.reduce((n, f) => n + f.bytes, 0);
  const reachable = new Set([
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []),
  ]);
  const scripts = [...reachable]
    .filter((f) => f.endsWith('.js') && existsSync(join(root, f)))
    .map((f) => sizeOf(root, join(root, f)));
  const atStart = [...start].map((f) => sizeOf(root, f));
  // Everything else a content script may load: only on pages that may be Arabic, or later still.
  const later = scripts.filter((f) => !start.has(join(root, f.file)) && !knownFiles.has(f.file));
  const knownSites = scripts.filter((f) => knownFiles.has(f.file));
  return { atStart, later, startBytes: sum(atStart), laterBytes: sum(later), scripts, knownSites };
}
