import { describe, expect, it } from 'vitest';
import { badgeText } from './badge';
import { flattenMessages } from './locale';

describe('badge', () => {
  it('is empty on a page without marks and caps very long lists', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(1200)).toBe('999+');
  });
});

describe('locale files', () => {
  it('become key → message, ignoring malformed entries', () => {
    expect(flattenMessages({ a: { message: 'x' }, b: { description: 'y' }, c: null })).toEqual({ a: 'x' });
  });
});
