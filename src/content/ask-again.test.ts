import { describe, expect, it } from 'vitest';
import { askWithRetries } from './ask-again';

const noWait = async () => {};

describe('asking the background for the chosen language', () => {
  it('asks again when the background is starting or stopping, and uses the first full answer', async () => {
    const answers: unknown[] = [new Error('Could not establish connection'), {}, { kindDenial: 'نفي رسمي' }];
    let asked = 0;
    const messages = await askWithRetries(async () => {
      const next = answers[asked++];
      if (next instanceof Error) throw next;
      return next;
    }, noWait);
    expect(asked).toBe(3);
    expect(messages).toEqual({ kindDenial: 'نفي رسمي' });
  });

  it('gives up after three tries, so that the tooltip falls back to the browser language', async () => {
    let asked = 0;
    await expect(
      askWithRetries(async () => {
        asked++;
        return undefined;
      }, noWait),
    ).rejects.toThrow(/no locale messages/);
    expect(asked).toBe(3);
  });
});
