/** Launching Debian's Chromium through playwright-core, with and without the built extension. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { PROBE_SCRIPT } from './probe';

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * A known Arabic news site (src/page/domains.ts), which the bench's browsers resolve to this
 * machine: the article served under its name is read by the known sites' content script.
 */
export const KNOWN_SITE_HOST = 'www.alweeam.com.sa';

const QUIET = [
  `--host-resolver-rules=MAP ${KNOWN_SITE_HOST} 127.0.0.1`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface Launched {
  context: BrowserContext;
  version: string;
  close(): Promise<void>;
}

/** A fresh headless profile; with `extension`, that unpacked extension is loaded. */
export async function launch(executablePath: string, extension: string | null): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'anl-bench-'));
  const args = extension
    ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET]
    : QUIET;
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args });
  await context.addInitScript({ content: PROBE_SCRIPT });
  const version = context.browser()?.version() ?? (await versionFromPage(context));
  return {
    context,
    version,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function versionFromPage(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}

/** The main isolate's used JS heap after a full garbage collection, in bytes (CDP). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  } finally {
    await cdp.detach();
  }
}

/**
 * Stops the extension's background (its service worker), as Chromium does after 30 s idle: the
 * next page's reading then pays for starting it and setting up its engine. Asked of the
 * ServiceWorker domain from a page of the extension's own origin (the page's own would not reach
 * it); resolves once it is stopped (or after two seconds).
 */
export async function stopBackground(context: BrowserContext, id: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${id}/manifest.json`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.every((v) => v.runningStatus === 'stopped')) resolve();
      });
      setTimeout(resolve, 2_000);
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** Wait for the extension's service worker, so the first measured page does not pay for its start. */
export async function extensionId(context: BrowserContext): Promise<string | null> {
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 10_000 }).catch(() => null));
  return worker ? (new URL(worker.url()).host ?? null) : null;
}
