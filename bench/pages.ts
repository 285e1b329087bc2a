/**
 * The pages the browser bench loads, generated at run time: a normal Arabic article, a 2 MB
 * Arabic live blog, and an English and a Persian article the extension must leave alone.
 * Arabic text comes from the corpus when present (never written to disk in the repository),
 * otherwise from the bench's own generator.
 */
import { analyze } from '../src/analysis/index';
import { generatedSentence, loadCorpus, prng, typicalArticle } from './corpus';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Shell {
  lang: string;
  dir: 'rtl' | 'ltr';
  title: string;
  site: string;
  body: string;
}

/** A news site's page around `body`: header, navigation, the article, a related list, a footer. */
function newsShell({ lang, dir, title, site, body }: Shell): string {
  const t = escapeHtml(title);
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title });
  return `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<title>${t} | ${site}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${t}">
<meta property="article:published_time" content="2024-03-12T09:30:00Z">
<script type="application/ld+json">${ld}</script>
<style>body{font:18px/1.7 sans-serif;max-width:760px;margin:auto}nav a{margin:0 .5em}</style>
</head><body>
<header><a href="/">${site}</a><nav><a href="/politics">1</a><a href="/economy">2</a><a href="/sport">3</a></nav></header>
<main><article>
<h1>${t}</h1>
<p class="byline"><time datetime="2024-03-12T09:30:00Z">2024-03-12</time></p>
${body}
</article>
<aside class="related"><ul><li><a href="/a/1">1</a></li><li><a href="/a/2">2</a></li></ul></aside></main>
<footer><p>© ${site}</p></footer>
</body></html>`;
}

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');

/** A typical article: the first corpus article of 4–8 k characters, or a generated one. */
export function articlePage(): { html: string; chars: number } {
  const article = typicalArticle();
  // The corpus text starts with the title line; the page shows it as the <h1>.
  const text = article.text.startsWith(article.title)
    ? article.text.slice(article.title.length)
    : article.text;
  return {
    html: newsShell({
      lang: 'ar',
      dir: 'rtl',
      title: article.title,
      site: 'صحيفة المثال',
      body: paragraphs(text),
    }),
    chars: text.length,
  };
}

/** Sentences to build live-blog entries from: the corpus's, shuffled, or generated ones. */
function sentenceSource(seed: number): () => string {
  const rand = prng(seed);
  const corpus = loadCorpus();
  if (!corpus) return () => generatedSentence(rand);
  const sentences = corpus.flatMap((a) =>
    a.text
      .split(/(?<=[.؟!])\s+|\n+/)
      .map((s) => s.trim())
      .filter((s) => s.length > 30),
  );
  return () => sentences[Math.floor(rand() * sentences.length)] as string;
}

/** A live blog of about `bytes` bytes of HTML: timestamped updates, each a heading and paragraphs. */
export function liveBlogPage(bytes: number): { html: string; chars: number } {
  const rand = prng(11);
  const next = sentenceSource(12);
  const updates: string[] = [];
  let size = 0;
  let chars = 0;
  for (let n = 0; size < bytes; n++) {
    const paras: string[] = [];
    const count = 1 + Math.floor(rand() * 3);
    for (let p = 0; p < count; p++) {
      const text = Array.from({ length: 2 + Math.floor(rand() * 4) }, next).join(' ');
      chars += text.length;
      paras.push(`<p>${escapeHtml(text)}</p>`);
    }
    const minute = String(59 - (n % 60)).padStart(2, '0');
    const update = `<div class="live-update" id="u${n}"><time>${23 - (Math.floor(n / 60) % 24)}:${minute}</time>
<h2>${escapeHtml(next().slice(0, 80))}</h2>
${paras.join('\n')}</div>`;
    updates.push(update);
    size += Buffer.byteLength(update);
  }
  const html = newsShell({
    lang: 'ar',
    dir: 'rtl',
    title: 'تغطية مباشرة: آخر التطورات لحظة بلحظة',
    site: 'صحيفة المثال',
    body: updates.join('\n'),
  });
  return { html, chars };
}

// Written for the bench.
const ENGLISH = [
  'The city council approved a plan on Tuesday to rebuild the coastal road before the winter storms.',
  'A spokesperson for the transport ministry said the work would start next month, according to a statement.',
  'Officials, who asked not to be named, said the budget had been cut by a fifth since last year.',
  'The company declined to comment on the report, and the mayor did not respond to a request for comment.',
  'Residents told reporters that traffic had doubled since the bridge closed in March.',
];
const PERSIAN = [
  'شورای شهر روز سه‌شنبه طرحی را برای بازسازی جاده ساحلی پیش از طوفان‌های زمستانی تصویب کرد.',
  'سخنگوی وزارت راه گفت که کار از ماه آینده آغاز می‌شود و تا پایان سال ادامه خواهد داشت.',
  'یک مقام محلی که نخواست نامش فاش شود گفت بودجه این طرح نسبت به سال گذشته کاهش یافته است.',
  'شرکت سازنده از اظهار نظر درباره این گزارش خودداری کرد و شهردار به پرسش‌ها پاسخ نداد.',
  'ساکنان محله می‌گویند از زمان بسته شدن پل، ترافیک این مسیر دو برابر شده است.',
];

function repeatedArticle(sentences: readonly string[], paragraphsCount: number): string {
  const rand = prng(5);
  return Array.from(
    { length: paragraphsCount },
    () =>
      `<p>${Array.from({ length: 3 }, () => sentences[Math.floor(rand() * sentences.length)]).join(' ')}</p>`,
  ).join('\n');
}

export function englishPage(): string {
  return newsShell({
    lang: 'en',
    dir: 'ltr',
    title: 'Council approves coastal road plan',
    site: 'Example Times',
    body: repeatedArticle(ENGLISH, 20),
  });
}

export function persianPage(): string {
  return newsShell({
    lang: 'fa',
    dir: 'rtl',
    title: 'تصویب طرح بازسازی جاده ساحلی',
    site: 'روزنامه نمونه',
    body: repeatedArticle(PERSIAN, 20),
  });
}

/**
 * How many marks the engine finds in a page's text (its tags stripped, its entities decoded): what
 * the bench waits for before it counts a page as fully highlighted (measure-page.ts).
 */
export function marksIn(html: string): number {
  const body = html.slice(Math.max(0, html.indexOf('<body')));
  const text = body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '\n')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return analyze(text).length;
}
