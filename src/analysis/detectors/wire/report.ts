/**
 * `ذكرت صحيفة «…» في تقرير لها أن … . وأضاف التقرير أن …`: the report an outlet was credited with
 * goes on speaking as `التقرير` in the sentences after (ANNOTATION.md: wire wherever the outlet is
 * credited). Only the outlet's own report: any other sentence that names a report (a body's,
 * `أصدرت الهيئة تقريرا`) ends it.
 */
import type { Span } from '../../types';
import type { Credited } from './memory';

/** The outlet's own report right before its name (`تقرير صحيفة`, `تقرير لمجلة`, `تقرير نشرته وكالة`). */
const OWN_REPORT_BEFORE = /(?:^|\s)[وفبل]?تقرير(?:\s+(?:نشرته|اعدته|بثته|اوردته))?\s+(?:ل)?$/u;
/** …or right after it (`في تقرير لها`, `في تقريرها`), over the outlet's descriptors. */
const OWN_REPORT_AFTER = /^(?:\s+[^\s،,.:]+){0,6}?\s+(?:في\s+)?(?:تقرير\s+(?:لها|له)|تقريرها|تقريره)(?!\S)/u;
/** A report named anywhere in the sentence (`في تقرير`, `تقريرا`, `التقرير`, `تقريرها`). */
const REPORT = /(?:^|\s)[وفبل]?(?:ال|لل)?تقرير(?:ا|ها|ه|هم)?(?!\S)/u;
/**
 * The sentence opens with the report speaking (`وأضاف التقرير`, `ولفت التقرير إلى`, `وخلص التقرير`)
 * or credited (`ووفقا للتقرير`, `وبحسب التقرير`).
 */
const REPORT_SPEAKS =
  /^[وف]?(?:(?:ذكر|اضاف|لفت|اشار|اوضح|بين|كشف|قال|تابع|خلص|اكد|افاد|اظهر|يقول|يشير|يضيف)\s+التقرير|ب?حسب\s+التقرير|(?:وفقا|طبقا)\s+للتقرير)(?!\S)/u;

export class ReportMemory {
  private outlet: string | undefined;

  /**
   * After a sentence: the outlet it credited, if the report is the outlet's own (`في تقرير لها`,
   * `تقرير نشرته صحيفة …`, `وفقا لتقرير مجلة …`) — not a body's report the outlet passes on or
   * received a copy of (`كشف تقرير حصلت «اليوم» على نسخة منه، صادر من هيئة …`).
   */
  update(text: string, credited: Credited | undefined): void {
    if (credited) {
      const { cue } = credited;
      const own =
        OWN_REPORT_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start)) ||
        OWN_REPORT_AFTER.test(text.slice(cue.end, cue.end + 60));
      // (Not its story credited with no report named, `وقالت وكالة رويترز إن …`: a later `التقرير`
      // was as often a body's report the outlet had passed on, the IMF's or a ministry's.)
      this.outlet = own ? credited.outlets[0] : undefined;
    } else if (this.outlet && REPORT.test(text)) this.outlet = undefined;
  }

  /** The outlet whose report this sentence opens by continuing, and the words that say so. */
  continued(text: string): { outlet: string; cue: Span } | undefined {
    if (!this.outlet) return undefined;
    const m = REPORT_SPEAKS.exec(text);
    return m ? { outlet: this.outlet, cue: { start: 0, end: m[0].length } } : undefined;
  }
}
