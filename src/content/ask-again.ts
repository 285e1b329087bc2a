/**
 * Asking the background again while it starts or stops (an MV3 service worker comes and goes):
 * kept apart from i18n.ts, which needs the extension's API, so that it is tested in node.
 */
/** Waits between the background's tries: it may be starting, or stopping, as the reader switches. */
const RETRY_MS = [200, 600] as const;

/**
 * The locale's messages from the background, asked again when the background is starting or
 * stopping (MV3 service workers come and go) and the answer is an error or empty; rejects after
 * the last try, so that the caller falls back to the browser's own language.
 */
export async function askWithRetries(
  ask: () => Promise<unknown>,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
): Promise<Record<string, unknown>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply: unknown = await ask();
      if (typeof reply === 'object' && reply !== null && Object.keys(reply).length > 0)
        return reply as Record<string, unknown>;
    } catch {
      // The background did not answer this time.
    }
    const delay = RETRY_MS[attempt];
    if (delay === undefined) throw new Error('the background gave no locale messages');
    await wait(delay);
  }
}
