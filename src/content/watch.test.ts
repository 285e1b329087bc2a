// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { overlayRoot, removeOverlay } from '../overlay/host';
import { watchPage } from './watch';

const settle = () => new Promise((r) => setTimeout(r, 600));
let stop = () => {};

afterEach(() => {
  stop();
  removeOverlay(document);
  document.body.innerHTML = '';
});

describe('watching the page', () => {
  it("re-reads after the page's own changes", async () => {
    let calls = 0;
    stop = watchPage(document, () => calls++);
    const p = document.createElement('p');
    p.textContent = 'فقرة جديدة في الخبر';
    document.body.append(p);
    await settle();
    expect(calls).toBe(1);
  });

  it("does not re-read for the extension's own overlay coming, changing or going", async () => {
    let calls = 0;
    stop = watchPage(document, () => calls++);
    const root = overlayRoot(document);
    root.append(document.createElement('div'));
    removeOverlay(document);
    await settle();
    expect(calls).toBe(0);
  });
});
