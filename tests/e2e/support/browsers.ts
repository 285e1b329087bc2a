/** Where the real browsers are, and whether they can run here at all. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_EXT = resolve(ROOT, 'dist/chrome');
export const FIREFOX_EXT = resolve(ROOT, 'dist/firefox');
export const OUTPUT_DIR = resolve(ROOT, 'test-output');

function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The binary, or null with a loud warning saying why these tests will be skipped. */
export function findBrowser(names: readonly string[], fallback: string): string | null {
  for (const name of names) {
    const path = which(name);
    if (path) return path;
  }
  if (existsSync(fallback)) return fallback;
  console.warn(
    `\n!!! ${names[0]} is not installed: its end-to-end tests are SKIPPED. ` +
      `Install it (apt-get install -y chromium firefox-esr) to run them.\n`,
  );
  return null;
}
