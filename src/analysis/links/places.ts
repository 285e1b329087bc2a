/**
 * How a place is mentioned: as the story's place, or as something else (a landmark a distance is
 * measured from, the adjective مالي).
 */
import type { Token } from './words';

const DIRECTION = /^[وب]?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?$/;
const DISTANCE = /^(?:كيلومتر|كيلومترا|كيلومترات|كلم|كم|ميل|ميلا|اميال|متر|مترا|امتار)$/;

/**
 * Whether the place at word `i` is a distance's reference point: one or two direction words
 * before it and a unit of distance just before those (على بعد 200 كيلومتر جنوب شرقي موسكو). A
 * direction alone is not enough: شرق حلب is also eastern Aleppo.
 */
export function measuredFrom(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  let dirs = 0;
  while (k >= 0 && dirs < 2 && DIRECTION.test((tokens[k] as Token).norm)) {
    k--;
    dirs++;
  }
  if (!dirs) return false;
  for (let j = k; j >= Math.max(0, k - 1); j--) if (DISTANCE.test((tokens[j] as Token).norm)) return true;
  return false;
}

/** مالي is also the adjective "financial": it is the country after في/وسط/شمال … or with a clitic. */
export function isMaliTheCountry(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (/^[وبل]مالي$/.test(t.norm)) return true;
  const prev = tokens[i - 1]?.norm ?? '';
  return /^(?:في|وسط|شمال|جنوب|شرق|غرب|دوله|جمهوريه|عاصمه)$/.test(prev);
}
