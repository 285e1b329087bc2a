/**
 * The shape the maintainers rely on (DESIGN.md, issue 10): small engine modules, and a content script
 * that reaches the engine only through its public entries, so a detector can be split or renamed
 * without touching the page code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Word lists and the outlet registry: data, whose length is the number of entries. */
const DATA = [/^src\/analysis\/lexicons\//, /^src\/analysis\/outlets\.ts$/];

describe('engine modules', () => {
  it('no code file under src/analysis is over 400 lines', () => {
    const long = sources(join(src, 'analysis'))
      .map((path) => ({ file: relative(root, path), lines: readFileSync(path, 'utf8').split('\n').length }))
      .filter(({ file }) => !DATA.some((d) => d.test(file)))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});

/**
 * The engine's public entries: `analyze`, the piecewise reader and where its pieces end, the lazily
 * loaded link builder, the outlets' names and links for the tooltip, types.
 */
const PUBLIC = new Set([
  'analysis',
  'analysis/index',
  'analysis/incremental',
  'analysis/links',
  'analysis/outlet-links',
  'analysis/pieces',
  'analysis/types',
]);
const IMPORT = /(?:from|import)\s*\(?\s*'([^']+)'/g;

describe('content script', () => {
  it('imports the engine only through its public entries', () => {
    const reaches: string[] = [];
    for (const path of sources(join(src, 'content'))) {
      for (const [, spec] of readFileSync(path, 'utf8').matchAll(IMPORT)) {
        if (!spec?.startsWith('.')) continue;
        const target = relative(src, resolve(path, '..', spec));
        if (target.startsWith('analysis') && !PUBLIC.has(target))
          reaches.push(`${relative(root, path)} → ${target}`);
      }
    }
    expect(reaches).toEqual([]);
  });
});
