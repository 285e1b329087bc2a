// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureHtml, loadFixture, loadHtml } from '../../tests/fixtures/dom/load';
import { detectArticle } from './detect';

const at = (hostname: string, pathname: string) => ({ hostname, pathname });
const unknownSite = at('www.almarsad-news.example', '/2024/03/02/port-talks-stall');

describe('detectArticle', () => {
  test('an Arabic article on an unknown site is an article', () => {
    const v = detectArticle(loadFixture('cms-article.html'), unknownSite);
    expect(v).toMatchObject({ article: true, language: 'ar' });
    expect(v.reasons.join(' ')).toMatch(/JSON-LD news article/);
  });

  test('a broadcaster page with a JSON-LD @type array is an article', () => {
    expect(
      detectArticle(loadFixture('broadcaster.html'), at('tv.example', '/news/world-53817')),
    ).toMatchObject({
      article: true,
      language: 'ar',
    });
  });

  test('an article with no structured data still counts from <article>, <time>, a byline and a dateline', () => {
    const html = fixtureHtml('cms-article.html')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '')
      .replace(/<meta property="og:type"[^>]*>/, '')
      .replace(/<meta property="article:published_time"[^>]*>/, '');
    const v = detectArticle(loadHtml(html), unknownSite);
    expect(v.article).toBe(true);
    expect(v.reasons.join(' ')).not.toMatch(/JSON-LD|og:type/);
  });

  test('a known site raises confidence', () => {
    const doc = loadFixture('cms-article.html');
    const known = detectArticle(doc, at('www.aljazeera.net', '/news/2024/3/2/port-talks-stall'));
    expect(known.article).toBe(true);
    expect(known.score).toBeGreaterThan(detectArticle(doc, unknownSite).score);
    expect(known.reasons.join(' ')).toMatch(/aljazeera\.net/);
  });

  test.each([
    ['home page', 'www.aljazeera.net', '/'],
    ['section front', 'www.alarabiya.net', '/arab-and-world'],
    ['search page', 'www.skynewsarabia.com', '/search'],
    ['tag page', 'aawsat.com', '/tag/ports'],
    ['video page', 'www.aljazeera.net', '/video/newscast/2024/3/2/port-talks'],
    ['BBC Arabic home', 'www.bbc.com', '/arabic'],
    ['BBC Arabic video', 'www.bbc.com', '/arabic/media-68512345'],
  ])('a known site’s %s is not an article, whatever its markup', (_, host, path) => {
    expect(detectArticle(loadFixture('cms-article.html'), at(host, path)).article).toBe(false);
  });

  test('a known site’s home page of teaser cards is not an article', () => {
    expect(detectArticle(loadFixture('known-home.html'), at('www.aljazeera.net', '/')).article).toBe(false);
  });

  test('a Persian article is not Arabic', () => {
    const v = detectArticle(loadFixture('persian.html'), unknownSite);
    expect(v).toMatchObject({ article: false, language: 'fa' });
  });

  test('Persian typed with Arabic ي and ك is still Persian, by its words', () => {
    const html = fixtureHtml('persian.html')
      .replace(/ی/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/گ/g, 'ك')
      .replace(/پ/g, 'ب')
      .replace(/چ/g, 'ج')
      .replace(/ژ/g, 'ز');
    expect(html).not.toMatch(/[یکگپچژ]/);
    expect(detectArticle(loadHtml(html), unknownSite).language).toBe('fa');
  });

  test('an English article is not Arabic', () => {
    expect(detectArticle(loadFixture('english.html'), unknownSite)).toMatchObject({
      article: false,
      language: 'other',
    });
  });

  test('an Arabic page that is not news (a recipe) is not an article', () => {
    const v = detectArticle(loadFixture('arabic-nonnews.html'), at('tabkh.example', '/recipes/barley-bread'));
    expect(v).toMatchObject({ article: false, language: 'ar' });
  });

  test('an Arabic form whose cue words sit only in editable fields is not an article', () => {
    expect(detectArticle(loadFixture('editable.html'), at('x.example', '/contact')).article).toBe(false);
  });

  test('a page whose body has not arrived yet is not an article until it does', () => {
    const doc = loadFixture('late-body.html');
    const where = at('barlaman.example', '/news/budget-vote');
    expect(detectArticle(doc, where).article).toBe(false);
    const body = doc.getElementById('app-body') as HTMLElement;
    body.innerHTML = [
      'بيروت - صوت مجلس النواب بالأغلبية على مشروع الموازنة العامة بعد نقاش استمر حتى ساعة متأخرة من الليل.',
      'وقال نائب معارض إن الأرقام الواردة في المشروع لا تعكس الواقع المالي للدولة ولا حجم الدين العام.',
      'ولم يعلق وزير المالية على الانتقادات في ختام الجلسة، واكتفى بشكر النواب على مشاركتهم في النقاش.',
      'ومن المتوقع أن تنشر الموازنة في الجريدة الرسمية خلال الأيام المقبلة بعد توقيع رئيس الجمهورية.',
    ]
      .map((s) => `<p>${s}</p>`)
      .join('');
    expect(detectArticle(doc, where)).toMatchObject({ article: true, language: 'ar' });
  });

  test('a short news brief that declares itself an article counts; the same text without the declaration does not', () => {
    const page = (head: string) =>
      loadHtml(`<html lang="ar"><head><title>وصول وفد تجاري</title>${head}</head><body><h1>وصول وفد تجاري</h1>
        <div class="text"><p>وصل إلى العاصمة اليوم وفد تجاري يضم ممثلين عن عشرين شركة لبحث فرص الاستثمار في قطاع الطاقة المتجددة، ومن المقرر أن يلتقي الوفد عددا من المسؤولين خلال زيارته التي تستمر ثلاثة أيام. وتأتي الزيارة بعد توقيع اتفاقية للتعاون الاقتصادي بين البلدين.</p></div>
        <time datetime="2024-02-02">2 فبراير</time></body></html>`);
    const where = at('akhbar.example', '/brief/trade-delegation');
    expect(detectArticle(page('<meta property="og:type" content="article">'), where).article).toBe(true);
    expect(detectArticle(page(''), where).article).toBe(false);
  });

  test('says why a page is not read: its language, a list of stories, or not an article at all', () => {
    const why = (fixture: string, host: string, path: string) =>
      detectArticle(loadFixture(fixture), at(host, path)).rejected;
    expect(why('english.html', 'news.example', '/2025/03/04/port')).toBe('language');
    expect(why('persian.html', 'news.example', '/2025/03/04/port')).toBe('language');
    expect(why('known-home.html', 'www.aljazeera.net', '/')).toBe('front-page');
    expect(why('cms-article.html', 'www.alarabiya.net', '/arab-and-world')).toBe('front-page');
    expect(why('cms-article.html', 'aawsat.com', '/tag/ports')).toBe('front-page');
    expect(why('arabic-nonnews.html', 'tabkh.example', '/recipes/barley-bread')).toBe('not-article');
    expect(why('cms-article.html', 'www.almarsad-news.example', '/2024/03/02/port-talks-stall')).toBeNull();
  });

  test('broken JSON-LD is ignored, not fatal', () => {
    const html = fixtureHtml('broadcaster.html').replace('"@context"', '{{ broken');
    expect(() => detectArticle(loadHtml(html), unknownSite)).not.toThrow();
  });
});
