import { describe, expect, it } from 'vitest';
import { addDays, articleDate, datelineDate, dateWindow, findDate, parseDate } from './dates';

describe('parseDate', () => {
  it('keeps the publisher’s calendar day of an ISO date or date-time', () => {
    expect(parseDate('2015-08-01')).toBe('2015-08-01');
    expect(parseDate('2015-08-01T23:30:00+03:00')).toBe('2015-08-01');
    expect(parseDate(' 2021-07-05T01:00:00Z ')).toBe('2021-07-05');
  });
  it('refuses what is not a real day', () => {
    expect(parseDate('2015-02-30')).toBeUndefined();
    expect(parseDate('August 2015')).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });
});

describe('findDate', () => {
  it('reads Arabic month names, Levantine names and Arabic-Indic digits', () => {
    expect(findDate('جدة - ١٤ سبتمبر ٢٠١٥')).toBe('2015-09-14');
    expect(findDate('بيروت، الأحد 3 تموز/يوليو 2016')).toBe('2016-07-03');
    expect(findDate('القاهرة في 9 من أبريل 2019')).toBe('2019-04-09');
  });
  it('reads day-first and year-first numeric dates', () => {
    expect(findDate('نشر بتاريخ 05/07/2021')).toBe('2021-07-05');
    expect(findDate('آخر تحديث 2021-7-5')).toBe('2021-07-05');
  });
  it('takes the first date in the text and ignores impossible ones', () => {
    expect(findDate('31/02/2020 ثم 2 مارس 2020 ثم 4 مارس 2020')).toBe('2020-03-02');
    expect(findDate('بلغ عدد الزوار 1200 زائر')).toBeUndefined();
  });
});

describe('datelineDate and articleDate', () => {
  it('only looks near the top of the article for a dateline', () => {
    const body = 'الرياض - 2 مارس 2017\nنص الخبر '.padEnd(1200, 'ك');
    expect(datelineDate(body)).toBe('2017-03-02');
    expect(datelineDate(`${'ك'.repeat(1200)} 2 مارس 2017`)).toBeUndefined();
  });
  it('prefers the caller’s date to the dateline', () => {
    expect(articleDate('الرياض - 2 مارس 2017', '2017-03-03T08:00:00Z')).toBe('2017-03-03');
    expect(articleDate('الرياض - 2 مارس 2017', 'غير معروف')).toBe('2017-03-02');
  });
});

describe('dateWindow', () => {
  it('runs from two days before to one day after, across month and year ends', () => {
    expect(dateWindow('2021-03-01')).toEqual({ date: '2021-03-01', start: '2021-02-27', end: '2021-03-02' });
    expect(dateWindow('2015-12-31', 1, 1)).toEqual({
      date: '2015-12-31',
      start: '2015-12-30',
      end: '2016-01-01',
    });
    expect(addDays('2016-02-28', 1)).toBe('2016-02-29');
  });
});
