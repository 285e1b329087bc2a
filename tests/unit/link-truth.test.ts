/**
 * Issue 12's regression floor: the primary search query of every wire credit in
 * tests/data/link-truth.jsonl, scored against the original Reuters/AFP/AP report
 * (scripts/links/measure.ts; `npm run eval:links` prints the table). The floors are the level the
 * queries reached; raise them when the queries get better. Cases whose Arabic side is a corpus
 * article need ../shared; without it they are skipped and only the project's own Arabic renderings
 * are scored, against their own floor.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PATH, measure, readCases } from '../../scripts/links/measure';

const cases = readCases();
const withCorpus = existsSync(CORPUS_PATH);
const needCorpus = cases.filter((c) => 'corpus_id' in c.arabic).length;
if (!withCorpus)
  console.warn(
    `link-truth: ${needCorpus} corpus cases skipped: ${CORPUS_PATH} is missing (../shared absent)`,
  );

describe('the link-truth set', () => {
  it('has at least 40 Reuters/AFP/AP cases, each with 3–6 terms, a headline and the page it was found on', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) {
      expect(['reuters', 'afp', 'ap']).toContain(c.outlet);
      expect(c.terms.length).toBeGreaterThanOrEqual(3);
      expect(c.terms.length).toBeLessThanOrEqual(6);
      expect(c.headline.length).toBeGreaterThan(10);
      expect(c.url).toMatch(/^https?:\/\//);
      if (c.date !== null) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Corpus cases keep offsets only: no corpus text in the repository.
      if ('corpus_id' in c.arabic)
        expect(Object.keys(c.arabic).sort()).toEqual(['corpus_id', 'end', 'start']);
    }
  });
});

describe('queries for the original reports', () => {
  const s = measure(cases);
  const floor = withCorpus ? { recall: 0.74, precision: 0.82 } : { recall: 0.77, precision: 0.83 };

  it(`keep mean term recall ≥ ${floor.recall} and mean precision ≥ ${floor.precision}`, () => {
    expect(s.cases).toBe(withCorpus ? cases.length : cases.length - needCorpus);
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
  });
  it('never leave a Reuters, AFP or AP credit with an empty query', () => {
    expect(s.results.filter((r) => r.empty).map((r) => r.id)).toEqual([]);
  });
  it('bound every dated case’s search to days that hold the original’s date', () => {
    expect(s.results.filter((r) => r.dateHit === false).map((r) => r.id)).toEqual([]);
    expect(s.dateHits).toBe(s.dated);
  });
});
