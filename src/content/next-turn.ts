/**
 * Gives the page a turn (input, rendering, its own tasks) and resolves right after. Not
 * `setTimeout(0)`: nested timeouts are clamped to 4 ms, which on a long page added a fifth to
 * every 15 ms slice of work. `scheduler.yield` where the browser has it (Chromium), else a
 * message through a MessageChannel (not clamped).
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function nextTurn(scope: object = globalThis): Promise<void> {
  const scheduler = (scope as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return (scheduler as YieldingScheduler).yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
