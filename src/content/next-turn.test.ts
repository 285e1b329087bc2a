import { describe, expect, it } from 'vitest';
import { nextTurn } from './next-turn';

describe('nextTurn', () => {
  it('is a real turn, not a microtask: work queued after it still runs before it resolves', async () => {
    let depth = 0;
    const chain = () => {
      if (++depth < 100) queueMicrotask(chain);
    };
    const turn = nextTurn({});
    queueMicrotask(chain);
    await turn;
    expect(depth).toBe(100);
  });

  it("uses the browser's scheduler.yield where there is one", async () => {
    let yielded = 0;
    const scheduler = {
      yield() {
        yielded++;
        return Promise.resolve();
      },
    };
    await nextTurn({ scheduler });
    expect(yielded).toBe(1);
  });
});
