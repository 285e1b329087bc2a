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
    expect(highlightCss(false)).not.toMatch(/(^|[;{])color:/);
  });

  it('without underlines (pages with many marks) keep each kind its background', () => {
    const plain = highlightCss(false);
    expect(plain).not.toContain('text-decoration');
    for (const kind of MARK_KINDS) {
      expect(plain).toContain(
        `::highlight(${highlightName(kind)}){background-color:${KIND_STYLES[kind].background};}`,
      );
    }
  });
});
