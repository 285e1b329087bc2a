import { describe, expect, test } from 'vitest';
import { type BareRuntime, bareRuntime } from './bare-runtime';

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
