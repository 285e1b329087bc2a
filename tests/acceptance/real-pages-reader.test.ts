/**
 * The reader on real outlets' pages (kept outside the repository, see tests/support/real-pages.ts),
 * measured against Firefox's Reader View engine (@mozilla/readability): for every page, the share
 * of Readability's article text the extension reads, and the share of the extension's text that
 * Readability left out. Every real article is read as an article; no negative ever is.
 * Prints the table and writes it to test-output/real-pages-reader.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index';
import { type Comparison, compare } from '../support/readability-compare';
import { outletNames, realPages, realPagesDir, warnAbsent } from '../support/real-pages';

const dir = realPagesDir();
if (!dir) warnAbsent('the reader-vs-Readability check on real pages is');

const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

(dir ? describe : describe.skip)('real pages: the reader beside Readability', () => {
  const pages = dir ? realPages(dir) : [];
  const outlets = dir ? outletNames(dir) : new Map<string, string>();
  const results: (Comparison & { kind: string; marksReader: number; marksReadability: number })[] = [];

  it('reads every page (measured once, for all the checks below)', { timeout: 180_000 }, () => {
    for (const page of pages) {
      const c = compare(page.name, page.html);
      results.push({
        ...c,
        kind: page.kind,
        marksReader: page.kind === 'article' ? analyze(c.reader).length : 0,
        marksReadability: page.kind === 'article' ? analyze(c.readability).length : 0,
      });
    }
    const rows = results.map((r) =>
      [
        r.kind,
        outlets.get(r.name) ?? r.name,
        r.detected ? 'article' : 'not marked',
        r.language,
        pct(r.readsOfReadability),
        pct(r.outsideReadability),
        String(r.marksReader),
        String(r.marksReadability),
        r.readerable ? 'yes' : 'no',
        `${r.readerMs.toFixed(0)} / ${r.readabilityMs.toFixed(0)}`,
      ].join(' | '),
    );
    console.log(
      `\nkind | page | verdict | language | reads of Readability | outside Readability | marks (reader) | marks (Readability) | isProbablyReaderable | ms reader / Readability (happy-dom)\n${rows.join('\n')}\n`,
    );
    const out = resolve(import.meta.dirname, '../../test-output');
    mkdirSync(out, { recursive: true });
    writeFileSync(
      resolve(out, 'real-pages-reader.json'),
      JSON.stringify(
        results.map(({ reader: _r, readability: _t, ...rest }) => rest),
        null,
        1,
      ),
    );
    expect(results.length).toBe(pages.length);
  });

  it('every real article is read as an Arabic article', () => {
    const missed = results.filter((r) => r.kind === 'article' && !r.detected).map((r) => r.name);
    expect(missed).toEqual([]);
  });

  it('no negative (Persian, Urdu, Kurdish, Arabic home or section page) is ever read as an article', () => {
    const marked = results.filter((r) => r.kind === 'negative' && r.detected).map((r) => r.name);
    expect(marked).toEqual([]);
  });

  it('on every article the reader reads most of what Readability reads, and little else', () => {
    for (const r of results.filter((x) => x.kind === 'article')) {
      // Readability keeps some furniture the reader leaves out (related stories, tags, app
      // promotions); the floors leave room for that, not for a lost article.
      expect(r.readsOfReadability, r.name).toBeGreaterThanOrEqual(0.65);
      expect(r.outsideReadability, r.name).toBeLessThanOrEqual(0.15);
    }
    const articles = results.filter((x) => x.kind === 'article');
    const mean = articles.reduce((s, r) => s + r.readsOfReadability, 0) / Math.max(1, articles.length);
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });
});
