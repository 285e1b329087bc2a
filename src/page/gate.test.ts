// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureHtml, loadFixture, loadHtml } from '../../tests/fixtures/dom/load';
import { isClearlyNotArabic } from './gate';

const page = (attributes: string, body: string) =>
  loadHtml(`<html ${attributes}><head><title></title></head><body>${body}</body></html>`);

// Our own sentences.
const PERSIAN_PARAGRAPH =
  '<p>شهرداری تهران روز یکشنبه اعلام کرد که ساخت پل تازه تا پایان پاییز به پایان می‌رسد و مسیر شمالی باز می‌شود.</p>';
const URDU_PARAGRAPH =
  '<p>شہر کی انتظامیہ نے کہا ہے کہ نئی سڑک کا کام اگلے مہینے مکمل ہو جائے گا اور ٹریفک بحال کر دی جائے گی۔</p>';
const ARABIC_PARAGRAPH =
  '<p>قال مسؤول في البلدية إن أعمال الطريق الساحلي ستنتهي قبل حلول الشتاء، وأضاف أن الكلفة ارتفعت.</p>';

describe('isClearlyNotArabic', () => {
  test('gives up on an English page', () => {
    expect(isClearlyNotArabic(loadFixture('english.html'))).toBe(true);
  });

  test('gives up on an English page without a lang attribute, from its text alone', () => {
    expect(isClearlyNotArabic(loadHtml(fixtureHtml('english.html').replace('lang="en"', '')))).toBe(true);
  });

  test('goes on for Arabic pages, even when the lang attribute is wrong or missing', () => {
    expect(isClearlyNotArabic(loadFixture('cms-article.html'))).toBe(false);
    expect(
      isClearlyNotArabic(loadHtml(fixtureHtml('broadcaster.html').replace('lang="ar"', 'lang="en"'))),
    ).toBe(false);
    expect(
      isClearlyNotArabic(loadHtml(fixtureHtml('late-body.html').replace(/ lang="ar" dir="rtl"/, ''))),
    ).toBe(false);
  });

  test('gives up on Persian and Urdu pages, declared or not, without the full detection', () => {
    expect(isClearlyNotArabic(loadFixture('persian.html'))).toBe(true);
    expect(isClearlyNotArabic(loadHtml(fixtureHtml('persian.html').replace(' lang="fa"', '')))).toBe(true);
    expect(isClearlyNotArabic(page('lang="ur" dir="rtl"', URDU_PARAGRAPH.repeat(3)))).toBe(true);
  });

  test('goes on for an Arabic page that declares another Arabic-script language', () => {
    expect(isClearlyNotArabic(page('lang="fa" dir="rtl"', ARABIC_PARAGRAPH.repeat(3)))).toBe(false);
  });

  test('goes on for Arabic typed on a Persian keyboard (its ی and ک, and its في and على)', () => {
    const persianKeyboard = ARABIC_PARAGRAPH.replaceAll('ي', 'ی').replaceAll('ك', 'ک');
    const body = `${persianKeyboard}<p>وأشار إلى أن العمل في الطریق سیتواصل على مدى الأشهر المقبلة.</p>`;
    expect(isClearlyNotArabic(page('dir="rtl"', body.repeat(2)))).toBe(false);
  });

  test('goes on for a page that declares Arabic whatever its top says', () => {
    expect(isClearlyNotArabic(page('lang="ar"', PERSIAN_PARAGRAPH.repeat(3)))).toBe(false);
  });

  test('a declared Persian page too short to tell is not given up (its body may come later)', () => {
    expect(isClearlyNotArabic(page('lang="fa" dir="rtl"', '<div id="app">خبر</div>'))).toBe(false);
  });

  test('gives up on a right-to-left page in another script (Hebrew) with enough text', () => {
    const hebrew = '<p>מועצת העיר אישרה ביום שלישי תוכנית לשיקום הכביש לאורך החוף לפני החורף.</p>';
    expect(isClearlyNotArabic(page('dir="rtl"', hebrew.repeat(2)))).toBe(true);
  });

  test('does not give up on an empty shell without a language (the body may come later)', () => {
    expect(
      isClearlyNotArabic(
        loadHtml('<html><head><title></title></head><body><div id="root"></div></body></html>'),
      ),
    ).toBe(false);
  });

  test('reads only the top of a long page: Arabic far below a long English page does not count', () => {
    const english = '<p>An English paragraph about the weather and the markets today.</p>'.repeat(400);
    const doc = loadHtml(
      `<html lang="en"><body>${english}<p>${'قال مصدر مطلع إن الاتفاق قريب. '.repeat(50)}</p></body></html>`,
    );
    expect(isClearlyNotArabic(doc)).toBe(true);
  });

  test('a declared left-to-right language and a title in it decide without the body', () => {
    const titled = (lang: string, title: string) =>
      loadHtml(
        `<html lang="${lang}"><head><title>${title}</title></head><body>${ARABIC_PARAGRAPH.repeat(3)}</body></html>`,
      );
    // The body is not read: an Arabic article titles itself in Arabic.
    expect(isClearlyNotArabic(titled('en', 'Council approves the coastal road plan'))).toBe(true);
    // A bare brand (too few letters) or an Arabic title sends the gate to the body, which is Arabic.
    expect(isClearlyNotArabic(titled('en', 'Al Watan'))).toBe(false);
    expect(isClearlyNotArabic(titled('en', 'الوطن: Council approves the coastal road plan'))).toBe(false);
  });
});
