import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarks } from '../analysis/engine';
import { linksForMark } from '../analysis/links';
import type { Mark, OutletLink } from '../analysis/types';
import type { Translator } from './i18n';
import { tooltipContent } from './tooltip-content';

const tr: Translator = { language: 'en', t: (key) => `[${key}]` };
const TEXT =
  'العراق يوقف صادرات النفط إلى إيران\n' +
  'ذكرت وكالة رويترز أن وزارة النفط العراقية في بغداد أوقفت شحنات الوقود المتجهة إلى إيران.\n' +
  'وقالت وكالة فرانس برس إن البرلمان العراقي سيناقش القرار الأسبوع المقبل.\n';
const REPORT = 'https://www.reuters.com/world/iraq-halts-fuel-2024-03-02/';

function wire(outlet: string): Mark {
  const mark = findMarks(TEXT).find((m) => m.kind === 'wire' && m.outlets?.includes(outlet));
  if (!mark) throw new Error(`no ${outlet} credit found in the fixture`);
  return mark;
}

function sectionFor(mark: Mark, links: OutletLink[] | undefined) {
  const content = tooltipContent([mark], tr, { linksOf: () => links, engine: 'duckduckgo' });
  const section = content.sections[0];
  if (!section) throw new Error('no section');
  return section;
}

describe('wire tooltip content', () => {
  it('leads with the article’s own link, says so, then the web search, the keywords and a copy button', () => {
    const mark = wire('reuters');
    const section = sectionFor(mark, linksForMark(TEXT, mark, { pageLinks: [REPORT] }));
    expect(section.links.map((l) => l.href)).toEqual([
      REPORT,
      expect.stringMatching(/^https:\/\/duckduckgo\.com\//),
    ]);
    expect(section.links[0]?.note).toBe('[link_page_note]');
    expect(section.links[1]?.text).toBe('[link_web_search] reuters.com (DuckDuckGo)');
    const searched = section.after?.find((l) => l.label === '[label_searched]')?.value ?? '';
    expect(searched).toMatch(/Iraq/);
    expect(section.copy?.value).toBe(searched);
    // The query is editable; the web search follows it, the article's own link does not.
    expect(section.query?.value).toBe(searched);
    expect(section.links[0]?.rebuild).toBeUndefined();
    expect(decodeURIComponent(section.links[1]?.rebuild?.('Basra oil') ?? '')).toContain(
      'site:reuters.com Basra oil',
    );
  });

  it('without a page link leads with Reuters’ own search; AFP, which has none, with the web search', () => {
    const reuters = wire('reuters');
    const first = sectionFor(reuters, linksForMark(TEXT, reuters)).links[0];
    expect(first?.text).toBe('[link_site_search] Reuters');
    expect(first?.href).toMatch(/^https:\/\/www\.reuters\.com\/site-search\/\?query=.*Iraq/);
    const afp = wire('afp');
    const links = sectionFor(afp, linksForMark(TEXT, afp)).links;
    expect(links).toHaveLength(1);
    expect(decodeURIComponent(links[0]?.href ?? '')).toContain('site:afp.com');
  });

  it('shows no link while the links are being built, and the outlet’s site if they cannot be', () => {
    const mark = wire('reuters');
    expect(sectionFor(mark, undefined).links).toEqual([]);
    expect(sectionFor(mark, undefined).lines.some((l) => l.value === 'Reuters')).toBe(true);
    expect(sectionFor(mark, []).links.map((l) => l.href)).toEqual(['https://reuters.com/']);
  });
});

describe('wire tooltip strings', () => {
  const messages = (language: 'en' | 'ar') =>
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../_locales/${language}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>;

  for (const language of ['en', 'ar'] as const) {
    it(`are all in the ${language} messages (a missing one would show its key)`, () => {
      const table = messages(language);
      const real: Translator = { language, t: (key) => table[key]?.message ?? `MISSING ${key}` };
      const mark = wire('reuters');
      for (const links of [linksForMark(TEXT, mark, { pageLinks: [REPORT] }), linksForMark(TEXT, mark), []]) {
        const content = tooltipContent([mark], real, { linksOf: () => links, engine: 'google' });
        expect(JSON.stringify(content)).not.toContain('MISSING');
      }
      expect(table.options_engine?.message).toBeTruthy();
    });
  }

  it('exist in both languages alike', () => {
    expect(Object.keys(messages('ar')).sort()).toEqual(Object.keys(messages('en')).sort());
  });
});
