import { describe, expect, test } from 'vitest';
import { type BareRuntime, bareRuntime, wakeBackground } from './bare-runtime';

const runtime = (id: string): BareRuntime => ({
  id,
  getURL: (path) => path,
  onMessage: { addListener: () => {}, removeListener: () => {} },
});

describe('bareRuntime', () => {
  test("takes `browser.runtime` where there is one (Firefox), else Chromium's `chrome.runtime`", () => {
    expect(bareRuntime({ browser: { runtime: runtime('ff') }, chrome: { runtime: runtime('cr') } })?.id).toBe(
      'ff',
    );
    expect(bareRuntime({ chrome: { runtime: runtime('cr') } })?.id).toBe('cr');
  });

  test('is null outside an extension, and when reading the runtime throws (extension gone)', () => {
    expect(bareRuntime({})).toBeNull();
    const gone = {
      get chrome(): never {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(bareRuntime(gone)).toBeNull();
  });
});

describe('wakeBackground', () => {
  test('opens the named port and leaves it to the background to close', () => {
    const opened: string[] = [];
    const closing: (() => void)[] = [];
    wakeBackground(
      {
        ...runtime('cr'),
        connect: ({ name }) => {
          opened.push(name);
          return {
            postMessage: () => {},
            disconnect: () => {},
            onMessage: { addListener: () => {} },
            onDisconnect: { addListener: (l) => closing.push(l) },
          };
        },
      },
      'anl-wake',
    );
    expect(opened).toEqual(['anl-wake']);
    // The close is listened for (Chromium would otherwise report its error as unchecked).
    expect(closing).toHaveLength(1);
  });

  test('leaves the page alone where there is no background to wake', () => {
    expect(() => wakeBackground(runtime('cr'), 'anl-wake')).not.toThrow();
    const gone: BareRuntime = {
      ...runtime('cr'),
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(() => wakeBackground(gone, 'anl-wake')).not.toThrow();
  });
});
