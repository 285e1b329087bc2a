/**
 * Section 6: what the content script costs to load. From dist/chrome/manifest.json's content
 * scripts, follow static imports (and the loader's immediate `import(chrome.runtime.getURL(…))`)
 * for the bytes loaded at start; relative dynamic `import("./…")` chunks are what loads later.
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
}

const STATIC_IMPORT = /\bimport\s*(?:[\w*${}\s,]+from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const COMMENT = String.raw`(?:\/\*[\s\S]*?\*\/\s*)?`;
const LOADER_IMPORT = new RegExp(
  String.raw`import\(\s*${COMMENT}(?:chrome|browser)\.runtime\.getURL\(\s*["'\x60]([^"'\x60]+)["'\x60]\s*\)\s*\)`,
  'g',
);
const LAZY_IMPORT = new RegExp(
  String.raw`import\(\s*${COMMENT}["'\x60](\.{1,2}\/[^"'\x60]+\.js)["'\x60]\s*\)`,
  'g',
);
/**
 * The Chrome build's chunks import through the per-session URL (scripts/dynamic-url.ts): their
 * static imports are one awaited load at the head, every other `__anl_url` import is lazy.
 */
const DYNAMIC_URL_HEAD = /^const __anl_url=[^;]*;const\[[^\]]*\]=await Promise\.all\(\[([^\]]*)\]\);/;
const DYNAMIC_URL_IMPORT = /import\(__anl_url\("(\.{1,2}\/[^"]+\.js)"/g;

function sizeOf(root: string, path: string): FileSize {
  const data = readFileSync(path);
  return { file: relative(root, path), bytes: data.length, gzip: gzipSync(data).length };
}

export function measureSize(root: string): SizeResults {
  const manifestPath = join(root, 'manifest.json');
  if (!existsSync(manifestPath))
    return { skipped: `${manifestPath} is missing`, atStart: [], later: [], startBytes: 0, laterBytes: 0 };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(root, f));
  const start = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, set: Set<string>) => {
    if (start.has(file) || set.has(file) || !existsSync(file)) return;
    set.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1] as string), set);
    for (const m of code.matchAll(LOADER_IMPORT)) visit(join(root, m[1] as string), set);
    for (const m of code.matchAll(LAZY_IMPORT)) lazy.add(resolve(dirname(file), m[1] as string));
    const head = DYNAMIC_URL_HEAD.exec(code)?.[0] ?? '';
    for (const m of head.matchAll(DYNAMIC_URL_IMPORT)) visit(resolve(dirname(file), m[1] as string), set);
    for (const m of code.slice(head.length).matchAll(DYNAMIC_URL_IMPORT))
      lazy.add(resolve(dirname(file), m[1] as string));
  };
  for (const e of entries) visit(e, start);
  const laterSet = new Set<string>();
  for (const file of lazy) visit(file, laterSet);
  for (const f of start) laterSet.delete(f);
  const atStart = [...start].map((f) => sizeOf(root, f));
  const later = [...laterSet].map((f) => sizeOf(root, f));
  const sum = (list: FileSize[]) => list.reduce((n, f) => n + f.bytes, 0);
  return { atStart, later, startBytes: sum(atStart), laterBytes: sum(later) };
}
