import { describe, expect, it } from 'vitest';
import { MARK_KINDS } from '../analysis/types';
import { highlightCss, highlightName, KIND_STYLES } from './styles';

describe('highlight styles', () => {
  it('give every kind its own ::highlight rule', () => {
    const css = highlightCss();
    for (const kind of MARK_KINDS) expect(css).toContain(`::highlight(${highlightName(kind)})`);
  });

  it('tell kinds apart without colour: each has a different underline style', () => {
    const underlines = new Set(MARK_KINDS.map((k) => KIND_STYLES[k].underline));
    expect(underlines.size).toBe(MARK_KINDS.length);
  });

  it('leave the text colour alone so links keep their own styling', () => {
    expect(highlightCss()).not.toMatch(/(^|[;{])color:/);
  });
});
