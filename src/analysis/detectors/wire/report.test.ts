import { describe, expect, it } from 'vitest';
import { norm } from '../../normalize';
import type { Credited } from './memory';
import { ReportMemory } from './report';

/** A credit of `outlet` on the words `name` in the normalised sentence `text`. */
function credit(text: string, name: string, outlet: string): Credited {
  const start = text.indexOf(name);
  const span = { start, end: start + name.length };
  return { cue: span, source: span, outlets: [outlet], credit: 'verb', why: '' };
}

describe('ReportMemory', () => {
  it('goes on with the outlet whose own report was credited', () => {
    const memory = new ReportMemory();
    const first = norm('وذكرت صحيفة التايمز في تقرير لها أن الخطة تعثرت.');
    memory.update(first, credit(first, 'صحيفه التايمز', 'thetimes'));
    memory.update(norm('وكان الوزير قد سافر.'), undefined);
    const next = norm('وأضاف التقرير أن الخطة ستتأخر.');
    expect(memory.continued(next)).toEqual({
      outlet: 'thetimes',
      cue: { start: 0, end: 'واضاف التقرير'.length },
    });
  });

  it('forgets it when another report is named, or an outlet is credited without one', () => {
    const memory = new ReportMemory();
    const first = norm('وذكرت صحيفة التايمز في تقرير لها أن الخطة تعثرت.');
    memory.update(first, credit(first, 'صحيفه التايمز', 'thetimes'));
    memory.update(norm('وأصدرت الوزارة تقريرا عن الخطة.'), undefined);
    expect(memory.continued(norm('وأضاف التقرير أن الخطة ستتأخر.'))).toBeUndefined();

    memory.update(first, credit(first, 'صحيفه التايمز', 'thetimes'));
    const other = norm('وقالت وكالة رويترز إن الوزير استقال.');
    memory.update(other, credit(other, 'وكاله رويترز', 'reuters'));
    expect(memory.continued(norm('وأضاف التقرير أن الخطة ستتأخر.'))).toBeUndefined();
  });

  it('a report the outlet only received a copy of is not its own', () => {
    const memory = new ReportMemory();
    const text = norm('وكشف تقرير حصلت «اليوم» على نسخة منه، صادر عن الهيئة، أن العدد انخفض.');
    memory.update(text, credit(text, 'اليوم', 'alyaum'));
    expect(memory.continued(norm('وبين التقرير أن العدد سيرتفع.'))).toBeUndefined();
  });
});
