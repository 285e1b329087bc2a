/**
 * The outlet registry: every news agency and outlet the engine can credit, with its canonical id
 * (ANNOTATION.md's table), its Arabic names as articles write them, and where to look it up.
 * Order matters where two outlets share a name (الجزيرة): the first listed is the default reading.
 */

export interface Outlet {
  /** Canonical id from ANNOTATION.md's table (lower case); others: short lower-case English name. */
  id: string;
  english: string;
  /** Domain without scheme. */
  site: string;
  kind: 'agency' | 'newspaper' | 'broadcaster' | 'website';
  /** Arabic names as written. */
  names: readonly string[];
  abbreviations?: readonly string[];
  /** The name is also an ordinary word or place: count it only in an outlet context. */
  ambiguous?: boolean;
  /** The outlet's own site-search URL template with {q}. */
  search?: string;
}

const agency = (
  id: string,
  english: string,
  site: string,
  names: readonly string[],
  extra: Partial<Outlet> = {},
): Outlet => ({ id, english, site, kind: 'agency', names, ...extra });
const paper = (
  id: string,
  english: string,
  site: string,
  names: readonly string[],
  extra: Partial<Outlet> = {},
): Outlet => ({ id, english, site, kind: 'newspaper', names, ...extra });
const channel = (
  id: string,
  english: string,
  site: string,
  names: readonly string[],
  extra: Partial<Outlet> = {},
): Outlet => ({ id, english, site, kind: 'broadcaster', names, ...extra });
const web = (
  id: string,
  english: string,
  site: string,
  names: readonly string[],
  extra: Partial<Outlet> = {},
): Outlet => ({ id, english, site, kind: 'website', names, ...extra });

/** `القناة 12 الإسرائيلية`, `القناة الـ12 العبرية`: an Israeli channel named by its number. */
const israeliChannel = (n: number): string[] =>
  [`${n}`, `الـ${n}`].flatMap((num) => [
    `القناة ${num} الإسرائيلية`,
    `القناة ${num} العبرية`,
    // Unqualified, Arabic news means Israel's numbered channels (`أشارت القناة 13 إلى أن`).
    `القناة ${num}`,
  ]);

const REGISTERED: readonly Outlet[] = [
  // International agencies.
  agency('reuters', 'Reuters', 'reuters.com', ['رويترز', 'رويتر', 'Reuters'], {
    search: 'https://www.reuters.com/site-search/?query={q}',
  }),
  agency(
    'afp',
    'Agence France-Presse',
    'afp.com',
    [
      'فرانس برس',
      'فرانس بريس',
      'فرانس براس',
      'وكالة الصحافة الفرنسية',
      'وكالة الأنباء الفرنسية',
      // `وأضافت الوكالة الفرنسية`: the agency by its country, as Arabic wire copy calls it.
      'الوكالة الفرنسية',
      'الوكالة الفرنسية للأنباء',
      'الصحافة الفرنسية',
      'الفرنسية',
      'فرانية',
      'AFP',
    ],
    { abbreviations: ['أ ف ب', 'أ.ف.ب', 'ا ف ب'] },
  ),
  agency(
    'ap',
    'Associated Press',
    'apnews.com',
    [
      'أسوشيتد برس',
      'أسوشييتد بريس',
      'أسوشيتد بريس',
      'أسوشييتد برس',
      'أسوشيتيد برس',
      'اسوشيتدبرس',
      'أسوشتيد برس',
      'الأسوشيتد برس',
      'Associated Press',
    ],
    { abbreviations: ['أ ب', 'أ.ب'], search: 'https://apnews.com/search?q={q}' },
  ),
  agency(
    'bloomberg',
    'Bloomberg',
    'bloomberg.com',
    ['بلومبرغ', 'بلومبيرغ', 'بلومبرج', 'بلومبيرج', 'Bloomberg'],
    {
      search: 'https://www.bloomberg.com/search?query={q}',
    },
  ),
  agency('anadolu', 'Anadolu Agency', 'aa.com.tr', ['الأناضول', 'الاناضول'], { ambiguous: true }),
  agency(
    'dpa',
    'Deutsche Presse-Agentur',
    'dpa.com',
    ['الألمانية', 'وكالة الأنباء الألمانية', 'الوكالة الألمانية', 'DPA'],
    {
      abbreviations: ['د ب أ', 'د.ب.أ'],
      ambiguous: true,
    },
  ),
  agency('xinhua', 'Xinhua', 'xinhuanet.com', ['شينخوا', 'شينحوا', 'شينهوا', 'Xinhua']),
  agency('kyodo', 'Kyodo News', 'kyodonews.net', ['كيودو']),
  agency('yonhap', 'Yonhap', 'yna.co.kr', ['يونهاب', 'يونهاپ']),
  agency('cna', 'Central News Agency (Taiwan)', 'focustaiwan.tw', [
    'وكالة الأنباء المركزية التايوانية',
    'الوكالة المركزية للأنباء',
  ]),
  agency('dogan', 'Dogan News Agency', 'dha.com.tr', ['دوغان', 'دوجان']),
  agency('efe', 'EFE', 'efe.com', ['إيفي', 'إفي']),
  agency('ansa', 'ANSA', 'ansa.it', ['أنسا']),
  agency('pti', 'Press Trust of India', 'ptinews.com', ['برس ترست أوف إنديا', 'برس تراست']),
  // Gulf and Arab state agencies.
  agency('spa', 'Saudi Press Agency', 'spa.gov.sa', ['واس', 'وكالة الأنباء السعودية', 'SPA']),
  agency(
    'wam',
    'Emirates News Agency',
    'wam.ae',
    ['وام', 'وكالة أنباء الإمارات', 'وكالة الأنباء الإماراتية', 'WAM'],
    {
      // `وأم` (and a mother) normalises to the same letters.
      ambiguous: true,
    },
  ),
  agency('qna', 'Qatar News Agency', 'qna.org.qa', ['قنا', 'وكالة الأنباء القطرية', 'QNA'], {
    ambiguous: true,
  }),
  agency('kuna', 'Kuwait News Agency', 'kuna.net.kw', ['كونا', 'وكالة الأنباء الكويتية', 'KUNA'], {
    ambiguous: true,
  }),
  agency('bna', 'Bahrain News Agency', 'bna.bh', ['بنا', 'وكالة أنباء البحرين', 'وكالة الأنباء البحرينية'], {
    ambiguous: true,
  }),
  agency('ona', 'Oman News Agency', 'omannews.gov.om', ['العمانية', 'وكالة الأنباء العمانية'], {
    ambiguous: true,
  }),
  agency(
    'mena',
    'Middle East News Agency',
    'mena.org.eg',
    ['وكالة أنباء الشرق الأوسط', 'وكالة الشرق الأوسط'],
    {
      abbreviations: ['أ ش أ', 'أ.ش.أ'],
    },
  ),
  agency('petra', 'Jordan News Agency', 'petra.gov.jo', ['بترا', 'وكالة الأنباء الأردنية'], {
    ambiguous: true,
  }),
  agency('sana', 'Syrian Arab News Agency', 'sana.sy', [
    'سانا',
    'وكالة الأنباء السورية',
    'وكالة الأنباء العربية السورية',
    'الوكالة العربية السورية للأنباء',
  ]),
  agency('ina', 'Iraqi News Agency', 'ina.iq', ['واع', 'وكالة الأنباء العراقية'], { ambiguous: true }),
  agency('nna', 'National News Agency (Lebanon)', 'nna-leb.gov.lb', [
    'الوكالة الوطنية للإعلام',
    'الوكالة الوطنية للاعلام',
  ]),
  agency('wafa', 'Palestinian News Agency', 'wafa.ps', ['وفا', 'وكالة الأنباء الفلسطينية'], {
    ambiguous: true,
  }),
  agency('saba', 'Saba News Agency (Yemen)', 'saba.ye', ['سبأ', 'وكالة الأنباء اليمنية'], {
    ambiguous: true,
  }),
  agency('suna', 'Sudan News Agency', 'suna-sd.net', [
    'سونا',
    'وكالة السودان للأنباء',
    'وكالة الأنباء السودانية',
  ]),
  agency('map', 'Maghreb Arab Press', 'mapexpress.ma', ['وكالة المغرب العربي للأنباء']),
  agency('aps', 'Algeria Press Service', 'aps.dz', ['وكالة الأنباء الجزائرية']),
  agency('tap', 'Tunis Afrique Presse', 'tap.info.tn', [
    'وكالة تونس أفريقيا للأنباء',
    'وكالة تونس إفريقيا للأنباء',
  ]),
  agency('lana', 'Libya News Agency', 'lana.gov.ly', ['وكالة الأنباء الليبية']),
  // Iranian, Russian and Turkish agencies.
  agency('irna', 'Islamic Republic News Agency', 'irna.ir', [
    'إرنا',
    'ارنا',
    'وكالة الجمهورية الإسلامية',
    'وكالة أنباء الجمهورية الإسلامية',
    'الجمهورية الإسلامية للأنباء',
    'IRNA',
  ]),
  agency('fars', 'Fars News Agency', 'farsnews.ir', ['فارس'], { ambiguous: true }),
  agency('tasnim', 'Tasnim News Agency', 'tasnimnews.com', ['تسنيم'], { ambiguous: true }),
  agency('isna', 'Iranian Students News Agency', 'isna.ir', ['إيسنا', 'ايسنا', 'إسنا']),
  agency('mehr', 'Mehr News Agency', 'mehrnews.com', ['مهر'], { ambiguous: true }),
  // Iran's oil ministry's news agency (`ونقلت شانا عن مدير التوزيع`).
  agency('shana', 'Shana', 'shana.ir', ['شانا', 'SHANA'], { ambiguous: true }),
  agency('tass', 'TASS', 'tass.com', ['تاس', 'إيتار تاس', 'ايتار تاس', 'TASS'], {
    search: 'https://tass.com/search?searchStr={q}',
  }),
  // `وكالة الإعلام الروسية`: Reuters Arabic's name for RIA (Russia's information agency).
  agency('ria', 'RIA Novosti', 'ria.ru', ['نوفوستي', 'ريا نوفوستي', 'وكالة الإعلام الروسية']),
  agency('interfax', 'Interfax', 'interfax.ru', ['إنترفاكس', 'انترفاكس']),
  agency('sputnik', 'Sputnik', 'sputniknews.com', ['سبوتنيك']),
  // American and British newspapers and sites.
  paper('nyt', 'The New York Times', 'nytimes.com', ['نيويورك تايمز', 'نيويورك تايمس', 'New York Times'], {
    search: 'https://www.nytimes.com/search?query={q}',
  }),
  paper(
    'wsj',
    'The Wall Street Journal',
    'wsj.com',
    ['وول ستريت جورنال', 'وول ستريت جورنل', 'وول ستريت', 'Wall Street Journal'],
    {
      search: 'https://www.wsj.com/search?query={q}',
    },
  ),
  paper('wapo', 'The Washington Post', 'washingtonpost.com', ['واشنطن بوست', 'Washington Post'], {
    search: 'https://www.washingtonpost.com/search/?query={q}',
  }),
  paper('usatoday', 'USA Today', 'usatoday.com', ['يو إس إيه توداي', 'يو اس ايه توداي', 'USA Today']),
  paper('washingtontimes', 'The Washington Times', 'washingtontimes.com', [
    'واشنطن تايمز',
    'Washington Times',
  ]),
  paper('nypost', 'New York Post', 'nypost.com', ['نيويورك بوست', 'New York Post']),
  paper('chicagotribune', 'Chicago Tribune', 'chicagotribune.com', ['شيكاغو تريبيون', 'شيكاغو تربيون']),
  paper('bostonglobe', 'The Boston Globe', 'bostonglobe.com', ['بوسطن غلوب', 'بوسطن جلوب', 'Boston Globe']),
  paper('newyorker', 'The New Yorker', 'newyorker.com', ['نيويوركر', 'ذا نيويوركر', 'New Yorker']),
  paper('theatlantic', 'The Atlantic', 'theatlantic.com', ['ذا أتلانتيك', 'ذي أتلانتيك', 'The Atlantic']),
  paper('latimes', 'Los Angeles Times', 'latimes.com', [
    'لوس أنجلوس تايمز',
    'لوس انجليس تايمز',
    'لوس أنجليس تايمز',
  ]),
  paper(
    'ft',
    'Financial Times',
    'ft.com',
    ['فايننشال تايمز', 'فاينانشيال تايمز', 'فايننشيال تايمز', 'فاينانشال تايمز', 'Financial Times'],
    {
      search: 'https://www.ft.com/search?q={q}',
    },
  ),
  paper('guardian', 'The Guardian', 'theguardian.com', [
    'الغارديان',
    'الجارديان',
    'غارديان',
    'جارديان',
    'Guardian',
  ]),
  paper('times', 'The Times', 'thetimes.co.uk', ['التايمز', 'تايمز'], { ambiguous: true }),
  paper('telegraph', 'The Daily Telegraph', 'telegraph.co.uk', [
    'ديلي تلغراف',
    'ديلي تليغراف',
    'التلغراف',
    'التليغراف',
    'تلغراف',
    'Telegraph',
  ]),
  paper('independent', 'The Independent', 'independent.co.uk', [
    'الإندبندنت',
    'الاندبندنت',
    'إندبندنت',
    'الإندبندت',
    'Independent',
  ]),
  paper(
    'dailymail',
    'Daily Mail',
    'dailymail.co.uk',
    ['ديلي ميل', 'الديلي ميل', 'دايلي ميل', 'الدايلي ميل', 'دايلي مايل', 'ديلي مايل', 'Daily Mail'],
    {
      search: 'https://www.dailymail.co.uk/home/search.html?searchPhrase={q}',
    },
  ),
  paper('mailonsunday', 'The Mail on Sunday', 'dailymail.co.uk', [
    'ميل أون صنداي',
    'ميل اون صنداي',
    'Mail on Sunday',
  ]),
  paper('dailystar', 'Daily Star', 'dailystar.co.uk', [
    'ديلي ستار',
    'دايلي ستار',
    'ديلي ستار صنداي',
    'دايلي ستار صنداي',
    'Daily Star',
  ]),
  paper('sun', 'The Sun', 'thesun.co.uk', ['ذا صن', 'ذي صن', 'الصن', 'The Sun']),
  paper('mirror', 'Daily Mirror', 'mirror.co.uk', ['ديلي ميرور', 'الميرور', 'ميرور']),
  paper('economist', 'The Economist', 'economist.com', [
    'الإيكونوميست',
    'إيكونوميست',
    'الايكونوميست',
    'Economist',
  ]),
  paper('time', 'Time', 'time.com', [
    'مجلة تايم',
    'تايم الأمريكية',
    'تايم الأميركية',
    'مجلة التايم',
    'التايم الأمريكية',
  ]),
  paper('newsweek', 'Newsweek', 'newsweek.com', ['نيوزويك', 'Newsweek']),
  paper('forbes', 'Forbes', 'forbes.com', ['فوربس', 'Forbes']),
  // A site sports pages cite for players' values (`وفقا لإحصاءات موقع ترانسفير ماركت`).
  web('transfermarkt', 'Transfermarkt', 'transfermarkt.com', [
    'ترانسفير ماركت',
    'ترانسفرماركت',
    'Transfermarkt',
  ]),
  web('politico', 'Politico', 'politico.com', ['بوليتيكو', 'Politico'], {
    search: 'https://www.politico.com/search?q={q}',
  }),
  web('axios', 'Axios', 'axios.com', ['أكسيوس', 'اكسيوس', 'Axios']),
  // The Emirati news site 24.ae, named only with its noun (`وفقا لموقع 24 الإماراتي`): 24 alone is a number.
  web('24ae', '24.ae', '24.ae', ['موقع 24']),
  web('huffpost', 'HuffPost', 'huffpost.com', [
    'هافينغتون بوست',
    'هافنغتون بوست',
    'هافينجتون بوست',
    'Huffington Post',
  ]),
  web('dailybeast', 'The Daily Beast', 'thedailybeast.com', ['ديلي بيست', 'Daily Beast']),
  // European papers.
  paper('lemonde', 'Le Monde', 'lemonde.fr', ['لوموند', 'لو موند', 'Le Monde'], {
    search: 'https://www.lemonde.fr/recherche/?search_keywords={q}',
  }),
  paper('lefigaro', 'Le Figaro', 'lefigaro.fr', ['لوفيغارو', 'لو فيغارو', 'لوفيجارو', 'Le Figaro']),
  paper('lejdd', 'Le Journal du Dimanche', 'lejdd.fr', [
    'جورنال دو ديمانش',
    'لو جورنال دو ديمانش',
    'جورنال دي ديمانش',
    'Journal du Dimanche',
  ]),
  paper('liberation', 'Libération', 'liberation.fr', ['ليبراسيون']),
  paper('spiegel', 'Der Spiegel', 'spiegel.de', ['دير شبيغل', 'دير شبيجل', 'شبيغل', 'شبيجل', 'Spiegel'], {
    search: 'https://www.spiegel.de/suche/?suchbegriff={q}',
  }),
  paper('bild', 'Bild', 'bild.de', ['بيلد']),
  paper('haaretz', 'Haaretz', 'haaretz.com', ['هآرتس', 'هارتس', 'Haaretz']),
  paper('yedioth', 'Yedioth Ahronoth', 'ynetnews.com', ['يديعوت أحرونوت', 'يديعوت احرونوت', 'يديعوت']),
  paper('maariv', 'Maariv', 'maariv.co.il', ['معاريف']),
  paper('jpost', 'The Jerusalem Post', 'jpost.com', ['جيروزاليم بوست', 'Jerusalem Post']),
  paper('timesofisrael', 'The Times of Israel', 'timesofisrael.com', [
    'تايمز أوف إسرائيل',
    'تايمز اوف اسرائيل',
    'Times of Israel',
  ]),
  paper('hurriyet', 'Hürriyet', 'hurriyet.com.tr', ['حرييت', 'حريت']),
  paper('asahi', 'Asahi Shimbun', 'asahi.com', ['أساهي', 'اساهي']),
  // Broadcasters.
  channel('cnn', 'CNN', 'cnn.com', ['سي إن إن', 'سي ان ان', 'سي.إن.إن', 'السي إن إن', 'السي أن أن', 'CNN'], {
    search: 'https://edition.cnn.com/search?q={q}',
  }),
  channel('cctv', 'China Central Television', 'cctv.com', ['تلفزيون الصين المركزي', 'سي سي تي في', 'CCTV']),
  channel('bbc', 'BBC', 'bbc.com', ['بي بي سي', 'بي.بي.سي', 'هيئة الإذاعة البريطانية', 'BBC'], {
    search: 'https://www.bbc.co.uk/search?q={q}',
  }),
  channel('foxnews', 'Fox News', 'foxnews.com', ['فوكس نيوز', 'فوكس', 'Fox News'], {
    search: 'https://www.foxnews.com/search-results/search?q={q}',
  }),
  channel('nbc', 'NBC News', 'nbcnews.com', ['إن بي سي', 'ان بي سي', 'NBC'], {
    search: 'https://www.nbcnews.com/search/?q={q}',
  }),
  channel('cbs', 'CBS News', 'cbsnews.com', ['سي بي إس', 'سي بي اس', 'CBS'], {
    search: 'https://www.cbsnews.com/search/?q={q}',
  }),
  channel('abc', 'ABC News', 'abcnews.go.com', ['إيه بي سي', 'اي بي سي', 'ايه بي سي', 'ABC'], {
    search: 'https://abcnews.go.com/search?searchtext={q}',
  }),
  channel('cnbc', 'CNBC', 'cnbc.com', ['سي إن بي سي', 'سي ان بي سي', 'CNBC'], {
    search: 'https://www.cnbc.com/search/?query={q}',
  }),
  channel('npr', 'NPR', 'npr.org', ['الإذاعة الوطنية العامة', 'NPR']),
  channel('nhk', 'NHK', 'nhk.or.jp', ['إن إتش كيه', 'ان اتش كيه', 'NHK']),
  channel('geonews', 'Geo News', 'geo.tv', ['جيو نيوز', 'جيو']),
  channel('dw', 'Deutsche Welle', 'dw.com', ['دويتشه فيله', 'دويتشه فيلله', 'دويتشه فيلي', 'DW']),
  channel('euronews', 'Euronews', 'euronews.com', ['يورونيوز', 'يورو نيوز']),
  channel(
    'aljazeera',
    'Al Jazeera',
    'aljazeera.net',
    ['الجزيرة', 'الجزيرة نت', 'الجزيرة.نت', 'الجزيرة مباشر'],
    {
      ambiguous: true,
      search: 'https://www.aljazeera.net/search/{q}',
    },
  ),
  channel(
    'alarabiya',
    'Al Arabiya',
    'alarabiya.net',
    ['العربية', 'العربية نت', 'العربية.نت', 'العربية الحدث'],
    {
      ambiguous: true,
    },
  ),
  channel('alhadath', 'Al Hadath', 'alhadath.net', ['الحدث'], { ambiguous: true }),
  channel('skynewsarabia', 'Sky News Arabia', 'skynewsarabia.com', ['سكاي نيوز عربية', 'سكاي نيوز']),
  channel('alhurra', 'Alhurra', 'alhurra.com', ['الحرة'], { ambiguous: true }),
  channel('france24', 'France 24', 'france24.com', ['فرانس 24', 'فرانس24', 'France 24']),
  channel('voa', 'Voice of America', 'voanews.com', ['صوت أمريكا', 'صوت أميركا', 'إذاعة صوت أمريكا', 'VOA']),
  channel('trt', 'TRT', 'trt.net.tr', ['تي آر تي', 'تي أر تي', 'تي ار تي', 'TRT']),
  channel('rt', 'RT Arabic', 'arabic.rt.com', ['روسيا اليوم', 'آر تي', 'RT']),
  channel('almayadeen', 'Al Mayadeen', 'almayadeen.net', ['الميادين'], { ambiguous: true }),
  channel('almanar', 'Al-Manar', 'almanar.com.lb', ['المنار'], { ambiguous: true }),
  channel('mbc', 'MBC', 'mbc.net', ['إم بي سي', 'ام بي سي', 'MBC']),
  channel('lbc', 'LBCI', 'lbcgroup.tv', ['إل بي سي', 'ال بي سي', 'LBC']),
  channel('iranintl', 'Iran International', 'iranintl.com', ['إيران إنترناشيونال', 'ايران انترناشيونال']),
  channel('presstv', 'Press TV', 'presstv.ir', ['برس تي في', 'Press TV']),
  channel('almasirah', 'Al-Masirah', 'almasirah.net', ['المسيرة'], { ambiguous: true }),
  // Pan-Arab and Saudi newspapers and sites.
  paper('aawsat', 'Asharq Al-Awsat', 'aawsat.com', ['الشرق الأوسط'], { ambiguous: true }),
  paper('alhayat', 'Al-Hayat', 'alhayat.com', ['الحياة'], { ambiguous: true }),
  paper('alquds', 'Al-Quds Al-Arabi', 'alquds.co.uk', ['القدس العربي']),
  // `دنيا الرياضة`: the paper's sports pages, which its reports credit by that name.
  paper('alriyadh', 'Al-Riyadh', 'alriyadh.com', ['الرياض', 'دنيا الرياضة'], { ambiguous: true }),
  paper('okaz', 'Okaz', 'okaz.com.sa', ['عكاظ'], { ambiguous: true }),
  paper('alwatan', 'Al-Watan', 'alwatan.com.sa', ['الوطن'], { ambiguous: true }),
  paper('alyaum', 'Al-Yaum', 'alyaum.com', ['اليوم'], { ambiguous: true }),
  paper('almadina', 'Al-Madina', 'al-madina.com', ['المدينة'], { ambiguous: true }),
  paper('aljazirah', 'Al-Jazirah', 'al-jazirah.com', ['الجزيرة'], { ambiguous: true }),
  paper('aleqt', 'Al-Eqtisadiya', 'aleqt.com', ['الاقتصادية'], { ambiguous: true }),
  paper('albilad', 'Al-Bilad', 'albiladdaily.com', ['البلاد'], { ambiguous: true }),
  paper('alnadwa', 'Al-Nadwa', 'alnadwa.net', ['الندوة'], { ambiguous: true }),
  paper('saudigazette', 'Saudi Gazette', 'saudigazette.com.sa', ['سعودي جازيت', 'Saudi Gazette']),
  paper('arabnews', 'Arab News', 'arabnews.com', ['عرب نيوز', 'Arab News']),
  paper('arriyadiyah', 'Arriyadiyah', 'arriyadiyah.com', ['الرياضية'], { ambiguous: true }),
  paper('arreyadi', 'Al-Reyadi', 'arreyadi.com.sa', ['الرياضي'], { ambiguous: true }),
  web('sabq', 'Sabq', 'sabq.org', ['سبق'], { ambiguous: true }),
  web('alweeam', 'Al-Weeam', 'alweeam.com.sa', ['الوئام'], { ambiguous: true }),
  web('3alyoum', 'Ain Alyoum', '3alyoum.com', ['عين اليوم']),
  web('elaph', 'Elaph', 'elaph.com', ['إيلاف', 'ايلاف'], { ambiguous: true }),
  // Other Arab papers and sites often cited.
  paper('almasryalyoum', 'Al-Masry Al-Youm', 'almasryalyoum.com', ['المصري اليوم']),
  paper('ahram', 'Al-Ahram', 'ahram.org.eg', ['الأهرام'], { ambiguous: true }),
  paper('akhbarelyom', 'Akhbar El-Yom', 'akhbarelyom.com', ['أخبار اليوم'], { ambiguous: true }),
  paper('shorouknews', 'Al-Shorouk', 'shorouknews.com', ['الشروق', 'الشروق المصرية'], { ambiguous: true }),
  // Algeria's Echorouk, when the text says which (`صحيفة «الشروق» الجزائرية`).
  paper('echorouk', 'Echorouk', 'echoroukonline.com', ['الشروق الجزائرية', 'الشروق أونلاين']),
  // Algeria's El Khabar only with its country: alone the name is "the news item" (`رابط الخبر`).
  paper('elkhabar', 'El Khabar', 'elkhabar.com', ['الخبر الجزائرية']),
  web('youm7', 'Youm7', 'youm7.com', ['اليوم السابع']),
  paper('annahar', 'An-Nahar', 'annahar.com', ['النهار'], { ambiguous: true }),
  paper('assafir', 'As-Safir', 'assafir.com', ['السفير'], { ambiguous: true }),
  paper('alakhbar', 'Al-Akhbar', 'al-akhbar.com', ['الأخبار'], { ambiguous: true }),
  paper('alqabas', 'Al-Qabas', 'alqabas.com', ['القبس'], { ambiguous: true }),
  paper('alrai', 'Al-Rai', 'alraimedia.com', ['الراي'], { ambiguous: true }),
  paper('alkhaleej', 'Al-Khaleej', 'alkhaleej.ae', ['الخليج'], { ambiguous: true }),
  paper('albayan', 'Al-Bayan', 'albayan.ae', ['البيان'], { ambiguous: true }),
  paper('emaratalyoum', 'Emarat Al Youm', 'emaratalyoum.com', ['الإمارات اليوم']),
  // "The vision" as a word: only with quotes or an outlet noun.
  paper('alroeya', 'Al Roeya', 'alroeya.com', ['الرؤية'], { ambiguous: true }),
  paper('akhbaralkhaleej', 'Akhbar Al Khaleej', 'akhbar-alkhaleej.com', ['أخبار الخليج']),
  paper('alittihad', 'Al-Ittihad', 'alittihad.ae', ['الاتحاد'], { ambiguous: true }),
  paper('alraya', 'Al-Raya', 'raya.com', ['الراية'], { ambiguous: true }),
  paper('alghad', 'Al-Ghad', 'alghad.com', ['الغد'], { ambiguous: true }),
  paper('addustour', 'Addustour', 'addustour.com', ['الدستور'], { ambiguous: true }),
  paper('alsabah', 'Al-Sabah', 'alsabaah.iq', ['الصباح'], { ambiguous: true }),
  web('shorouknet', 'Shorouk Net (Sudan)', 'ashorooq.net', ['شروق نت']),
  web('alsumaria', 'Alsumaria', 'alsumaria.tv', ['السومرية'], { ambiguous: true }),
  // Outlets pan-Arab articles cite that the registry lacked (checked with `وقالت صحيفة … إن`).
  paper('alaraby', 'Al-Araby Al-Jadeed', 'alaraby.co.uk', ['العربي الجديد']),
  web('independentarabia', 'Independent Arabia', 'independentarabia.com', [
    'إندبندنت عربية',
    'اندبندنت عربية',
    'إندبندنت عربي',
    'الإندبندنت عربية',
  ]),
  web('middleeasteye', 'Middle East Eye', 'middleeasteye.net', [
    'ميدل إيست آي',
    'ميدل ايست آي',
    'ميدل إيست أي',
    'ميدل ايست اي',
    'Middle East Eye',
  ]),
  web('almonitor', 'Al-Monitor', 'al-monitor.com', ['المونيتور', 'Al-Monitor']),
  web('raialyoum', 'Rai al-Youm', 'raialyoum.com', ['رأي اليوم']),
  web('arabi21', 'Arabi21', 'arabi21.com', ['عربي21', 'عربي 21']),
  web('eremnews', 'Erem News', 'eremnews.com', ['إرم نيوز', 'ارم نيوز']),
  web('alkhaleejonline', 'Alkhaleej Online', 'alkhaleejonline.net', ['الخليج أونلاين', 'الخليج اونلاين']),
  web('enabbaladi', 'Enab Baladi', 'enabbaladi.net', ['عنب بلدي']),
  // Outlets of the 2020s pan-Arab and Egyptian press, by names that are no common words (Asharq
  // News is not `الشرق` alone, which is also the Qatari daily and "the East").
  web('raseef22', 'Raseef22', 'raseef22.net', ['رصيف22', 'رصيف 22']),
  web('alain', 'Al Ain News', 'al-ain.com', ['العين الإخبارية', 'العين الاخبارية']),
  web('cairo24', 'Cairo 24', 'cairo24.com', ['القاهرة 24']),
  web('hibapress', 'Hibapress', 'hibapress.com', ['هبة بريس']),
  channel('asharqnews', 'Asharq News', 'asharq.com', [
    'الشرق للأخبار',
    'الشرق بلومبرغ',
    'الشرق بلومبيرغ',
    'الشرق نيوز',
  ]),
  paper('thehill', 'The Hill', 'thehill.com', ['ذا هيل', 'ذي هيل']),
  web('almodon', 'Al-Modon', 'almodon.com', ['المدن'], { ambiguous: true }),
  channel('alalam', 'Al-Alam', 'alalam.ir', ['العالم'], { ambiguous: true }),
  channel('rudaw', 'Rudaw', 'rudaw.net', ['رووداو', 'روداو']),
  agency('shafaq', 'Shafaq News', 'shafaq.com', ['شفق نيوز']),
  paper('thenational', 'The National', 'thenationalnews.com', ['ذا ناشيونال', 'ذي ناشيونال']),
  paper('foreignpolicy', 'Foreign Policy', 'foreignpolicy.com', ['فورين بوليسي', 'Foreign Policy']),
  paper('foreignaffairs', 'Foreign Affairs', 'foreignaffairs.com', ['فورين أفيرز', 'فورين افيرز']),
  paper('israelhayom', 'Israel Hayom', 'israelhayom.com', ['إسرائيل هيوم', 'يسرائيل هيوم']),
  channel('kan', 'Kan (Israeli Public Broadcasting)', 'kan.org.il', [
    'هيئة البث الإسرائيلية',
    'هيئة البث الإسرائيلي',
    'هيئة البث العامة الإسرائيلية',
  ]),
  channel('channel12', 'Channel 12 (Israel)', 'mako.co.il', israeliChannel(12)),
  channel('channel13', 'Channel 13 (Israel)', '13tv.co.il', israeliChannel(13)),
  web('walla', 'Walla', 'walla.co.il', ['واللا'], { ambiguous: true }),
  channel('i24news', 'i24NEWS', 'i24news.tv', ['آي 24 نيوز', 'آي 24', 'آي24', 'i24']),
  paper('yenisafak', 'Yeni Şafak', 'yenisafak.com', ['يني شفق']),
  paper('elpais', 'El País', 'elpais.com', ['إل باييس', 'ال باييس', 'الباييس']),
  paper('kommersant', 'Kommersant', 'kommersant.ru', ['كوميرسانت']),
  // Saudi state news channel; the name is also the adjective "news" (`المواقع الإخبارية`).
  channel('alekhbariya', 'Al Ekhbariya', 'alekhbariya.net', ['الإخبارية', 'الإخبارية السعودية'], {
    ambiguous: true,
  }),
  channel('cbcegypt', 'CBC (Egypt)', 'cbcegypt.tv', ['سي بي سي', 'سي.بي.سي', 'سي. بي. سي']),
  channel('armyradio', 'Army Radio (Israel)', 'glz.co.il', [
    'إذاعة الجيش الإسرائيلي',
    'إذاعة الجيش الإسرائيلية',
  ]),
  paper('sueddeutsche', 'Süddeutsche Zeitung', 'sueddeutsche.de', [
    'زود دويتشه تسايتونغ',
    'سوددويتشه تسايتونغ',
    'زوددويتشه تسايتونغ',
    'زود دويتشه تسايتونج',
    'سودويتشه تسايتونج',
    'سودويتشه تسايتونغ',
  ]),
  paper('weltamsonntag', 'Welt am Sonntag', 'welt.de', [
    'فيلت أم زونتاج',
    'فيلت ام زونتاج',
    'فيلت أم زونتاغ',
  ]),
  paper('tagesspiegel', 'Der Tagesspiegel', 'tagesspiegel.de', [
    'تاجسشبيجل',
    'تاغسشبيغل',
    'تاجس شبيجل',
    'تاغس شبيغل',
  ]),
  paper('rheinischepost', 'Rheinische Post', 'rp-online.de', ['راينيشه بوست', 'راينشه بوست']),
  paper('milliyet', 'Milliyet', 'milliyet.com.tr', ['ميلليت', 'ميليت', 'مللييت']),
  paper('jakartaglobe', 'Jakarta Globe', 'jakartaglobe.id', ['جاكرتا جلوب', 'جاكرتا غلوب']),
  paper('lesechos', 'Les Echos', 'lesechos.fr', ['ليزيكو', 'ليز إيكو', 'ليز ايكو']),
  paper('kurier', 'Kurier', 'kurier.at', ['كورير'], { ambiguous: true }),
  paper('mk', 'Moskovsky Komsomolets', 'mk.ru', ['موسكوفسكي كومسوموليتس', 'موسكوفسكي كومسومولتس']),
  paper('makkah', 'Makkah Newspaper', 'makkahnewspaper.com', ['صحيفة مكة', 'مكة الورقية']),
  web('quartz', 'Quartz', 'qz.com', ['كوارتز']),
  web('lifenews', 'LifeNews (Russia)', 'life.ru', ['لايف نيوز']),
  web('eldorar', 'Eldorar Alshamia', 'eldorar.com', ['الدرر الشامية']),
  web('masarpress', 'Masar Press', 'masarpress.net', ['مسار برس']),
  channel('foxsports', 'Fox Sports', 'foxsports.com', ['فوكس سبورتس', 'فوكس سبورت']),
  paper('kayhan', 'Kayhan', 'kayhan.ir', ['كيهان']),
  web('aitnews', 'Arab Portal for Technology News', 'aitnews.com', ['البوابة العربية للأخبار التقنية']),
  web('hespress', 'Hespress', 'hespress.com', ['هسبريس', 'هيسبريس']),
  web('sudantribune', 'Sudan Tribune', 'sudantribune.net', ['سودان تربيون', 'سودان تريبيون']),
  web('madamasr', 'Mada Masr', 'madamasr.com', ['مدى مصر']),
  web('masrawy', 'Masrawy', 'masrawy.com', ['مصراوي']),
  web('ammonnews', 'Ammon News', 'ammonnews.net', ['عمون'], { ambiguous: true }),
  web('almasdaronline', 'Al-Masdar Online', 'almasdaronline.com', ['المصدر أونلاين', 'المصدر اونلاين']),
  web('alwasat', 'Al-Wasat (Libya)', 'alwasat.ly', ['بوابة الوسط']),
  channel('mosaiquefm', 'Mosaique FM', 'mosaiquefm.net', ['موزاييك إف إم', 'موزاييك']),
  channel('mtvlebanon', 'MTV Lebanon', 'mtv.com.lb', ['إم تي في', 'ام تي في']),
  agency('mizan', 'Mizan News Agency', 'mizanonline.ir', ['ميزان'], { ambiguous: true }),
  // Publishes leaked documents that papers then report on (`كشفت وثائق مسربة لموقع ويكيليكس`).
  web('wikileaks', 'WikiLeaks', 'wikileaks.org', ['ويكيليكس', 'ويكليكس', 'ويكيلكس', 'WikiLeaks']),
  // International papers, channels and sites that Arabic news quotes, by their usual Arabic spellings.
  paper('express', 'Daily Express', 'express.co.uk', ['ديلي إكسبريس', 'ديلي اكسبريس', 'إكسبريس', 'اكسبريس'], {
    ambiguous: true,
  }),
  paper('mundodeportivo', 'Mundo Deportivo', 'mundodeportivo.com', ['موندو ديبورتيفو', 'الموندو ديبورتيفو']),
  paper('marca', 'Marca', 'marca.com', ['ماركا']),
  paper('gazzetta', 'La Gazzetta dello Sport', 'gazzetta.it', [
    'غازيتا ديلو سبورت',
    'لا غازيتا ديلو سبورت',
    'جازيتا ديلو سبورت',
    'لا جازيتا ديلو سبورت',
  ]),
  paper('kicker', 'Kicker', 'kicker.de', ['كيكر']),
  paper('tuttosport', 'Tuttosport', 'tuttosport.com', ['توتو سبورت', 'توتوسبورت']),
  paper('corriere', 'Corriere della Sera', 'corriere.it', [
    'كورييري ديلا سيرا',
    'كوريري ديلا سيرا',
    'كورييري ديلا سيرا',
  ]),
  paper('lequipe', "L'Équipe", 'lequipe.fr', ['ليكيب', 'ليكيپ', "L'Equipe"]),
  paper('francefootball', 'France Football', 'francefootball.fr', ['فرانس فوتبول']),
  paper('oglobo', 'O Globo', 'oglobo.globo.com', ['أو غلوبو', 'او غلوبو', 'أو جلوبو']),
  paper('haberturk', 'Habertürk', 'haberturk.com', ['خبر ترك', 'هابرتورك', 'هابر تورك']),
  paper('berlinerzeitung', 'Berliner Zeitung', 'berliner-zeitung.de', ['برلينر تسايتونج', 'برلينر تسايتونغ']),
  paper('bildamsonntag', 'Bild am Sonntag', 'bild.de', [
    'بيلد آم زونتاغ',
    'بيلد ام زونتاغ',
    'بيلد آم زونتاج',
  ]),
  channel('globo', 'Globo', 'globo.com', ['غلوبو', 'جلوبو']),
  channel('espn', 'ESPN', 'espn.com', ['إي إس بي إن', 'اي اس بي ان', 'ESPN']),
  channel('skysports', 'Sky Sports', 'skysports.com', ['سكاي سبورتس', 'سكاي سبورت']),
  channel('crtv', 'Cameroon Radio Television', 'crtv.cm', [
    'تلفزيون وإذاعة الكاميرون',
    'إذاعة وتلفزيون الكاميرون',
    'الإذاعة والتلفزيون الكاميروني',
  ]),
  web('hollywoodreporter', 'The Hollywood Reporter', 'hollywoodreporter.com', ['هوليوود ريبورتر']),
  web('pcmag', 'PCMag', 'pcmag.com', ['بي سي ماجازين', 'بي.سي ماجازين', 'بي سي ماغ']),
  web('argaam', 'Argaam', 'argaam.com', ['أرقام'], { ambiguous: true }),
  web('halabnews', 'Halab News Network', 'halabnews.com', ['حلب نيوز']),
  channel('rte', 'RTÉ', 'rte.ie', ['آر تي إي', 'ار تي اي', 'RTE']),
  paper('nikkei', 'Nikkei', 'nikkei.com', ['نيكي', 'نيكاي'], { ambiguous: true }),
  paper('blic', 'Blic', 'blic.rs', ['بليك'], { ambiguous: true }),
  paper('expressen', 'Expressen', 'expressen.se', ['إكسبرسن', 'اكسبرسين', 'إكسبرسين']),
  channel('ntv', 'NTV', 'ntv.ru', ['إن تي في', 'ان تي في']),
  channel('cnnturk', 'CNN Türk', 'cnnturk.com', ['سي إن إن تورك', 'سي ان ان تورك', 'CNN Turk', 'CNN Türk']),
  channel('natgeo', 'National Geographic', 'nationalgeographic.com', [
    'ناشيونال جيوغرافيك',
    'ناشونال جيوغرافيك',
    'ناشيونال جيوجرافيك',
    'نات جيو',
    'National Geographic',
  ]),
  agency('aap', 'Australian Associated Press', 'aap.com.au', ['أيه أيه بي', 'ايه ايه بي']),
  // Photo credits under pictures (`إ.ب.أ`).
  agency('epa', 'European Pressphoto Agency', 'epa.eu', ['وكالة الصور الأوروبية', 'EPA'], {
    abbreviations: ['إ ب أ', 'إ.ب.أ'],
  }),
  channel('msnbc', 'MSNBC', 'msnbc.com', ['إم إس إن بي سي', 'ام اس ان بي سي', 'MSNBC']),
  channel('rotana', 'Rotana', 'rotana.net', ['روتانا', 'روتانا خليجية']),
];

/**
 * Countries' news agencies as articles also call them: `الوكالة السورية للأنباء`, `الوكالة الليبية
 * الرسمية`, `وكالة الأنباء التونسية` (the feminine nisba of the country). Written once for every
 * national agency rather than as names of each.
 */
const NATIONAL_AGENCY_NISBA: Readonly<Record<string, string>> = {
  spa: 'السعودية',
  wam: 'الإماراتية',
  qna: 'القطرية',
  kuna: 'الكويتية',
  bna: 'البحرينية',
  ona: 'العمانية',
  mena: 'المصرية',
  petra: 'الأردنية',
  sana: 'السورية',
  ina: 'العراقية',
  nna: 'اللبنانية',
  wafa: 'الفلسطينية',
  saba: 'اليمنية',
  suna: 'السودانية',
  map: 'المغربية',
  aps: 'الجزائرية',
  tap: 'التونسية',
  lana: 'الليبية',
  irna: 'الإيرانية',
};

/**
 * `ذي إندبندنت`, `ذا غارديان`: an outlet whose English name begins with "The" is also written
 * with the English article transliterated before its Arabic name (one without the Arabic article).
 */
function withEnglishArticle(o: Outlet): readonly string[] {
  if (!o.english.startsWith('The ')) return [];
  return o.names.filter((n) => !/^(?:ال|ذا |ذي )|[A-Za-z]/.test(n)).flatMap((n) => [`ذا ${n}`, `ذي ${n}`]);
}

export const OUTLETS: readonly Outlet[] = REGISTERED.map((o) => {
  const nisba = NATIONAL_AGENCY_NISBA[o.id];
  const also = [
    ...(nisba ? [`الوكالة ${nisba} للأنباء`, `الوكالة ${nisba} الرسمية`, `وكالة الأنباء ${nisba}`] : []),
    ...withEnglishArticle(o),
  ].filter((n) => !o.names.includes(n));
  return also.length > 0 ? { ...o, names: [...o.names, ...also] } : o;
});

const BY_ID = new Map<string, Outlet>();
for (const o of OUTLETS) if (!BY_ID.has(o.id)) BY_ID.set(o.id, o);

export function outletById(id: string): Outlet | undefined {
  return BY_ID.get(id);
}

/** A simple link for a tooltip: the site search for `query` when the outlet has one, else its home page. */
export function outletLink(id: string, query?: string): string {
  const outlet = BY_ID.get(id);
  const q = query?.trim();
  if (!outlet) return `https://duckduckgo.com/?q=${encodeURIComponent(q ? `${id} ${q}` : id)}`;
  if (outlet.search && q) return outlet.search.replace('{q}', encodeURIComponent(q));
  return `https://${outlet.site}/`;
}
