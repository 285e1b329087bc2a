/** The toolbar badge: the number of marked sentences on a tab, empty when there are none. */
export function badgeText(sentences: number): string {
  if (sentences <= 0) return '';
  return sentences > 999 ? '999+' : String(sentences);
}
