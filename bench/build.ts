/** The built Chrome extension the browser bench loads: rebuilt when missing or older than its sources. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_DIST = resolve(process.env.BENCH_EXTENSION ?? join(ROOT, 'dist/chrome'));

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** Build dist/chrome unless it is newer than src/, the manifest and the locales. Returns what it did. */
export function ensureChromeBuild(log: (line: string) => void): 'fresh' | 'built' | 'external' | 'failed' {
  if (process.env.BENCH_EXTENSION) return 'external';
  const built = join(CHROME_DIST, 'manifest.json');
  const sources = Math.max(
    ...['src', 'manifest.json', '_locales', 'icons', 'vite.config.ts'].map((p) => newest(join(ROOT, p))),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return 'fresh';
  log('browser: dist/chrome is missing or older than src — building it (node scripts/build.mjs chrome)…');
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), 'chrome'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return r.status === 0 ? 'built' : 'failed';
}

/**
 * A private copy of the build, so that a rebuild of dist/ by someone else during the run
 * cannot change the extension under the bench; the size figures read the same copy.
 */
export function snapshotBuild(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'anl-bench-ext-'));
  const dir = join(root, 'chrome');
  cpSync(CHROME_DIST, dir, { recursive: true });
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
