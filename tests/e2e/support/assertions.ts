/** Checks shared by both browsers, over the highlights read back from the page. */
import { expect } from 'vitest';
import type { Expected } from './expectations';

export function kindsOf(highlights: Record<string, string[]>, fragment: string): string[] {
  return Object.entries(highlights)
    .filter(([name, texts]) => name.startsWith('anl-') && texts.some((t) => t.includes(fragment)))
    .map(([name]) => name.slice(4))
    .sort();
}

export function expectMarked(highlights: Record<string, string[]>, expected: readonly Expected[]): void {
  for (const { fragment, kinds } of expected) {
    expect(kindsOf(highlights, fragment), fragment).toEqual(expect.arrayContaining(kinds));
  }
}

export function expectUnmarked(highlights: Record<string, string[]>, fragments: readonly string[]): void {
  for (const fragment of fragments) expect(kindsOf(highlights, fragment), fragment).toEqual([]);
}
