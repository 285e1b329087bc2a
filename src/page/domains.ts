/**
 * Known Arabic news sites, and the paths of a site that are not articles (home, search, tag,
 * section and video pages). Knowing a site only raises confidence; it is never required.
 */

interface KnownSite {
  /** Registrable host; subdomains match too. */
  host: string;
  /** The Arabic edition of a multilingual site lives under this path. */
  path?: string;
}

const site = (host: string, path?: string): KnownSite => (path === undefined ? { host } : { host, path });

export const KNOWN_SITES: readonly KnownSite[] = [
  // Pan-Arab and international broadcasters.
  site('aljazeera.net'),
  site('alarabiya.net'),
  site('alhadath.net'),
  site('skynewsarabia.com'),
  site('alhurra.com'),
  site('bbc.com', '/arabic'),
  site('bbc.co.uk', '/arabic'),
  site('arabic.cnn.com'),
  site('arabic.rt.com'),
  site('france24.com', '/ar'),
  site('dw.com', '/ar'),
  site('arabic.euronews.com'),
  site('iranintl.com', '/ar'),
  site('independentarabia.com'),
  site('aa.com.tr', '/ar'),
  site('trtarabi.com'),
  site('asharq.com'),
  site('almayadeen.net'),
  site('news.un.org', '/ar'),
  site('swissinfo.ch', '/ara'),
  site('rudaw.net', '/arabic'),
  // Pan-Arab press.
  site('aawsat.com'),
  site('alaraby.co.uk'),
  site('alquds.co.uk'),
  site('raialyoum.com'),
  site('arabi21.com'),
  site('elaph.com'),
  site('alarab.co.uk'),
  site('3alyoum.com'),
  // Saudi Arabia.
  site('okaz.com.sa'),
  site('alriyadh.com'),
  site('sabq.org'),
  site('spa.gov.sa'),
  site('aleqt.com'),
  site('alyaum.com'),
  site('al-jazirah.com'),
  site('alwatan.com.sa'),
  site('al-madina.com'),
  site('alweeam.com.sa'),
  site('arriyadiyah.com'),
  site('makkahnewspaper.com'),
  // Gulf.
  site('alkhaleej.ae'),
  site('albayan.ae'),
  site('emaratalyoum.com'),
  site('alittihad.ae'),
  site('wam.ae'),
  site('qna.org.qa'),
  site('al-sharq.com'),
  site('alqabas.com'),
  site('alraimedia.com'),
  site('aljarida.com'),
  site('kuna.net.kw'),
  site('alayam.com'),
  site('alwatannews.net'),
  site('omandaily.om'),
  // Levant and Iraq.
  site('annahar.com'),
  site('aljoumhouria.com'),
  site('lbcgroup.tv'),
  site('alghad.com'),
  site('ammonnews.net'),
  site('alrai.com'),
  site('petra.gov.jo'),
  site('enabbaladi.net'),
  site('shafaq.com'),
  site('alsumaria.tv'),
  site('sana.sy'),
  // Egypt and North Africa.
  site('ahram.org.eg'),
  site('youm7.com'),
  site('masrawy.com'),
  site('almasryalyoum.com'),
  site('shorouknews.com'),
  site('elwatannews.com'),
  site('akhbarelyom.com'),
  site('hespress.com'),
  site('echoroukonline.com'),
  site('elkhabar.com'),
  site('alrakoba.net'),
];

/**
 * The known sites as manifest match patterns (`*://*.aljazeera.net/*`, `*://*.bbc.com/arabic*`):
 * `*.` covers the host itself and its subdomains, and a path prefix what pathStartsWith accepts
 * (and a little more, which the page's own look then judges). The build lists them for the
 * known-site content script and leaves them out of the gate's (vite.config.ts).
 */
export function knownSiteMatches(): string[] {
  return KNOWN_SITES.map((s) => `*://*.${s.host}${s.path ?? '/'}*`);
}

/** The known site a location belongs to, if any. */
export function knownSite(location: { hostname: string; pathname: string }): KnownSite | null {
  const host = location.hostname.toLowerCase().replace(/\.$/, '');
  for (const s of KNOWN_SITES) {
    if (host !== s.host && !host.endsWith(`.${s.host}`)) continue;
    if (s.path !== undefined && !pathStartsWith(location.pathname, s.path)) continue;
    return s;
  }
  return null;
}

function pathStartsWith(pathname: string, prefix: string): boolean {
  const p = pathname.toLowerCase();
  return p === prefix || p.startsWith(`${prefix}/`) || p.startsWith(`${prefix}-`);
}

export type PageKind = 'home' | 'listing' | 'search' | 'video';

const LISTING_SEGMENTS = new Set([
  'tag',
  'tags',
  'topic',
  'topics',
  'category',
  'categories',
  'section',
  'sections',
  'author',
  'authors',
  'writers',
  'archive',
  'archives',
  'gallery',
  'galleries',
  'photos',
  'programs',
  'programmes',
  'podcasts',
  'page',
]);
const SEARCH_SEGMENTS = new Set(['search', 'find', 'results']);
const VIDEO_SEGMENTS = new Set(['video', 'videos', 'watch', 'live', 'tv', 'media', 'multimedia', 'podcast']);
const LOCALE_SEGMENTS = new Set(['ar', 'ara', 'arabic', 'ar-ae', 'ar-sa']);

/** What kind of non-article page a path names (by its segments), or null when it may be an article. */
export function nonArticlePath(pathname: string, sitePath?: string): PageKind | null {
  let path = pathname;
  if (sitePath !== undefined && pathStartsWith(path, sitePath)) path = path.slice(sitePath.length);
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((s) => s !== '' && !/^index\.\w+$/.test(s));
  while (segments.length > 0 && LOCALE_SEGMENTS.has(segments[0] as string)) segments.shift();
  if (segments.length === 0) return 'home';
  for (const segment of segments) {
    const word = segment.replace(/\.\w+$/, '');
    if (SEARCH_SEGMENTS.has(word)) return 'search';
    if (VIDEO_SEGMENTS.has(word) || /^(media|av|video)-\d+$/.test(word)) return 'video';
    if (LISTING_SEGMENTS.has(word)) return 'listing';
  }
  return null;
}

/** Words that name a site's sections; a path of only such words is a section front. */
const SECTION_WORDS = new Set(
  (
    'news latest breaking politics political economy economic business markets finance money sport sports ' +
    'culture art arts opinion opinions views columns world international local arab arabic gulf middle east west ' +
    'north south africa asia europe americas saudi egypt iraq syria lebanon palestine yemen iran turkey sudan ' +
    'libya jordan health technology tech science lifestyle variety entertainment features reports analysis ' +
    'interviews investigations blogs weather travel education society and of the'
  ).split(' '),
);

/** On a known site, a path of section words only is a section front (`/news`, `/arab-and-world`). */
export function isSectionPath(pathname: string, sitePath?: string): boolean {
  let path = pathname.toLowerCase();
  if (sitePath !== undefined && pathStartsWith(path, sitePath)) path = path.slice(sitePath.length);
  const segments = path.split('/').filter((s) => s !== '');
  return segments.length === 1 && (segments[0] as string).split(/[-_]/).every((w) => SECTION_WORDS.has(w));
}
