// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../shared/settings';
import { emptySummary, type NotArticleReason } from '../shared/summary';
import { renderNotice } from './notices';
import type { PopupState } from './state';
import { renderSummary } from './view';

/** The extension's own messages, as browser.i18n gives them. */
function messages(language: 'ar' | 'en'): (key: string) => string {
  const file = join(process.cwd(), '_locales', language, 'messages.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key) => json[key]?.message ?? `MISSING ${key}`;
}

/** Every state the popup can be in, by a name for the test. */
const STATES: Record<string, PopupState> = {
  reading: { kind: 'reading' },
  withheld: { kind: 'withheld', origin: 'https://news.example/*' },
  stale: { kind: 'stale' },
  'restricted browser page': { kind: 'restricted', why: 'browser-page' },
  'restricted store': { kind: 'restricted', why: 'store' },
  'restricted file': { kind: 'restricted', why: 'file' },
  'restricted pdf': { kind: 'restricted', why: 'pdf' },
  'site off': { kind: 'site-off', summary: emptySummary('site-off', 'news.example') },
  ...Object.fromEntries(
    (['language', 'front-page', 'not-article'] as NotArticleReason[]).map((why) => [
      `not an article: ${why}`,
      { kind: 'not-article', why, summary: emptySummary('not-article', 'news.example', why) },
    ]),
  ),
};

interface Shown {
  root: HTMLElement;
  granted: string[];
  reloads: number;
}

function show(state: PopupState, t: (key: string) => string): Shown {
  const shown: Shown = { root: document.createElement('main'), granted: [], reloads: 0 };
  const nodes =
    state.kind === 'site-off' || state.kind === 'not-article' || state.kind === 'article'
      ? renderSummary(state.summary, defaultSettings(), {
          t,
          showMark: () => {},
          setSite: () => {},
          setKind: () => {},
          openOptions: () => {},
        })
      : renderNotice(state, {
          t,
          grant: (origin) => shown.granted.push(origin),
          reload: () => shown.reloads++,
        });
  shown.root.append(...nodes);
  return shown;
}

const statusOf = (shown: Shown) => shown.root.querySelector('#status')?.textContent ?? '';

describe.each(['en', 'ar'] as const)('the popup in %s', (language) => {
  const t = messages(language);

  it('says something of its own in each state, in this language', () => {
    const texts = Object.entries(STATES).map(([name, state]) => [name, statusOf(show(state, t))]);
    for (const [name, text] of texts) {
      expect(text, name).not.toMatch(/MISSING|^$/);
      if (language === 'ar') expect(text, name).toMatch(/[\u0600-\u06ff]{3}/);
    }
    expect(new Set(texts.map(([, text]) => text)).size).toBe(texts.length);
  });

  it('names no browser in any state (it may be running in either)', () => {
    const browsers = /firefox|chrom|edge|mozilla|فايرفوكس|فيرفكس|كروم/i;
    for (const [name, state] of Object.entries(STATES)) {
      expect(show(state, t).root.textContent, name).not.toMatch(browsers);
    }
  });

  it("offers the grant only where the reader withheld the site's access, for that site", () => {
    for (const [name, state] of Object.entries(STATES)) {
      const shown = show(state, t);
      const grant = shown.root.querySelector<HTMLButtonElement>('#grant');
      expect(grant !== null, name).toBe(state.kind === 'withheld');
      grant?.click();
      if (grant) expect(shown.granted).toEqual(['https://news.example/*']);
      if (grant) expect(grant.textContent).toBe(t('popup_withheld_grant'));
    }
  });

  it('offers a reload only for a page opened before the extension was installed or updated', () => {
    for (const [name, state] of Object.entries(STATES)) {
      const shown = show(state, t);
      const reload = shown.root.querySelector<HTMLButtonElement>('#reload');
      expect(reload !== null, name).toBe(state.kind === 'stale');
      reload?.click();
      expect(shown.reloads, name).toBe(state.kind === 'stale' ? 1 : 0);
    }
  });

  it('keeps the site switch where the page answered, so the reader can switch the site back on', () => {
    const off = show(STATES['site off'] as PopupState, t).root;
    expect(off.querySelector<HTMLInputElement>('#site-switch')?.checked).toBe(false);
    expect(off.querySelector('#grant, #reload')).toBeNull();
  });
});

describe('the message files', () => {
  it('have the same keys in Arabic and English', () => {
    const keys = (language: string) =>
      Object.keys(
        JSON.parse(readFileSync(join(process.cwd(), '_locales', language, 'messages.json'), 'utf8')),
      );
    expect(keys('ar').sort()).toEqual(keys('en').sort());
  });
});
