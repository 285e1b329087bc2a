// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../shared/settings';
import { emptySummary, type PageSummary } from '../shared/summary';
import { type PopupActions, renderSummary } from './view';

const actions: PopupActions = {
  t: (key) => `[${key}]`,
  showMark: () => {},
  setSite: () => {},
  setKind: () => {},
  openOptions: () => {},
};

function shown(summary: PageSummary): HTMLElement {
  const root = document.createElement('main');
  root.append(...renderSummary(summary, defaultSettings(), actions));
  return root;
}

describe('popup analysis notices', () => {
  it('says how many sentences the engine failed on', () => {
    const page = shown({ ...emptySummary('marked', 'news.example'), failures: 3 });
    expect(page.querySelector('#engine-errors')?.textContent).toBe('[popup_engine_errors] 3');
    expect(page.querySelector('#capped')).toBeNull();
  });

  it('says when only the beginning of a very long page was read', () => {
    const page = shown({
      ...emptySummary('marked', 'news.example'),
      capped: { analysed: 2000, total: 50000 },
    });
    const notice = page.querySelector('#capped')?.textContent ?? '';
    expect(notice.startsWith('[popup_capped]')).toBe(true);
    expect(notice.replace(/\D/g, '')).toBe('200050000');
  });

  it('shows neither notice for an ordinary page', () => {
    const page = shown(emptySummary('marked', 'news.example'));
    expect(page.querySelector('#engine-errors, #capped')).toBeNull();
    expect(page.querySelector('#counts')).not.toBeNull();
  });
});
