/**
 * Works out what the engine derives from its word lists (pattern sources, hash sets, CLDR country
 * names) and writes it to src/analysis/generated/patterns.json (see src/analysis/prebuilt.ts), so
 * that no page pays for building it.
 *   npx tsx scripts/generate-patterns.ts           write the file (the build runs this first)
 *   npx tsx scripts/generate-patterns.ts --check   exit 1 if the file is not what it would write
 * Every module of src/analysis is loaded and the engine then reads the sample article, so that a
 * source built on first use is recorded too.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');
const ANALYSIS = join(ROOT, 'src/analysis');
const OUT = join(ANALYSIS, 'generated/patterns.json');

const recorded = new Map<string, string>();
(globalThis as { __newsLensPatterns?: Map<string, string> }).__newsLensPatterns = recorded;

const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
for (const path of modules(ANALYSIS).sort()) await import(pathToFileURL(path).href);

const { analyze } = await import(pathToFileURL(join(ANALYSIS, 'index.ts')).href);
const { warmUpSteps } = await import(pathToFileURL(join(ANALYSIS, 'incremental.ts')).href);
for (const step of warmUpSteps()) step();
analyze(readFileSync(join(ROOT, 'samples/sample-article.txt'), 'utf8'));
// The link builder's gazetteer is built on its first lookup.
const { lookup } = await import(pathToFileURL(join(ANALYSIS, 'links/gazetteer.ts')).href);
lookup('فرنسا');
/**
 * Sources named `platform:…` come from the platform's CLDR data (Intl), which a Node release may
 * update: the file says which CLDR they came from, and a check under another CLDR leaves them be.
 */
const CLDR = 'meta:cldr';
recorded.set(CLDR, process.versions.cldr ?? 'none');

/** The file's text: one source a line, sorted by key, so that a change shows as a small diff. */
const format = (sources: Map<string, string>) =>
  `{\n${[...sources]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(',\n')}\n}\n`;
const text = format(recorded);
const where = relative(ROOT, OUT);
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  const old = JSON.parse(current) as Record<string, string>;
  const otherCldr = old[CLDR] !== recorded.get(CLDR);
  if (otherCldr)
    for (const key of Object.keys(old))
      if (key.startsWith('platform:') || key === CLDR) recorded.set(key, old[key] as string);
  if (current !== format(recorded)) {
    const stale = Object.keys(old).filter((k) => old[k] !== recorded.get(k)).length;
    const missing = [...recorded.keys()].filter((k) => !(k in old)).length;
    console.error(
      `${where} is out of date (${missing} sources missing, ${stale} stale or unused): run npm run generate`,
    );
    process.exit(1);
  }
  const kept = otherCldr
    ? `; platform data of CLDR ${old[CLDR]} kept, this Node has ${process.versions.cldr}`
    : '';
  console.log(`${where} is up to date (${recorded.size - 1} sources${kept})`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${where}: ${recorded.size - 1} sources, ${(text.length / 1024).toFixed(0)} KB`);
}
