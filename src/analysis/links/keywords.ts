/**
 * Search keywords for a wire credit: the English names of the people, groups, bodies and places
 * in the attributed sentence and the headline, then its key nouns. Names the gazetteer does not
 * know are transliterated when a first name or a title announces them (محمد الدوسري → al-Dosari,
 * searched by the family name as headlines name people). Outlets are left out: the search already
 * targets the outlet.
 */
import { norm, normalize, toOriginal } from '../normalize';
import { familyOnly, personQueryName } from './family-names';
import { isMaliTheCountry, measuredFrom } from './places';
import { type EntityMatch, type EntryType, findEntities, givenName } from './gazetteer';
import { transliterate } from './transliterate';
import { type Token, tokenize, variants } from './words';

export interface Keyword {
  en: string;
  /** The Arabic to search with on an Arabic-language site. */
  ar: string;
  type: EntryType | 'name';
}

/** Most specific first: a person's name finds a report better than a country does. */
const RANK: Record<Keyword['type'], number> = {
  person: 0,
  name: 0,
  group: 1,
  org: 2,
  body: 2,
  place: 3,
  country: 3,
  topic: 4,
  role: 5,
  outlet: 9,
  given: 9,
};

/**
 * Topics that say little about which story it is (every report of a bombing says killed): they
 * come after the specific ones (earthquake, helicopter, visa …).
 */
const GENERIC_TOPICS = new Set(
  ['killed', 'wounded', 'attack', 'accident', 'clashes', 'fighters', 'border', 'arrest'].map((w) =>
    w.toLowerCase(),
  ),
);

/** Titles after which an unknown word is a name (السفير فلان). */
const TITLES = new Set(
  [
    'الرئيس',
    'الأمير',
    'الشيخ',
    'اللواء',
    'العميد',
    'العقيد',
    'الفريق',
    'الجنرال',
    'الدكتور',
    'السيد',
    'السيدة',
    'السفير',
    'المبعوث',
    'المستشار',
    'القاضي',
    'النائب',
    'الوزير',
  ].map(norm),
);

/** Titles reports keep with the first name (Prince Khalid, Sheikh Sabah). */
const ROYAL = new Set(['الأمير', 'الشيخ', 'الملك'].map(norm));

/** Offices among the titles: what follows them is often an adjective. */
const OFFICES = new Set(['الرئيس', 'الوزير', 'السفير', 'المبعوث', 'المستشار', 'النائب', 'القاضي'].map(norm));

/**
 * Place nouns after which an unknown word is a place name (مدينة سيفاري، ميناء الحريقة، ولاية
 * بدخشان): transliterated like a person's name.
 */
const PLACE_NOUNS = new Set(
  ['مدينة', 'بلدة', 'محافظة', 'ولاية', 'إقليم', 'مقاطعة', 'ميناء', 'حقل', 'قرية', 'جزيرة', 'مخيم']
    .flatMap((w) => [w, `ب${w}`, `و${w}`, `في${w}`])
    .map(norm),
);

/** Words that end a name: particles, pronouns, and the verbs and nouns that usually follow one. */
const STOP = new Set(
  (
    'في من على إلى الى عن مع أن إن أنه إنه أنها إنها الذي التي الذين اللذين هو هي هم وهو وهي قد لم لن لا ما ' +
    'كان كانت قال قالت يقول تقول وقال وقالت أكد أكدت أعلن أعلنت ذكر ذكرت أضاف أضافت أوضح أوضحت أشار أشارت ' +
    'أفاد أفادت نقل نقلت صرح بعد قبل خلال حيث كما بين عند لدى منذ حتى أمام ضد عبر نحو رئيس وزير نائب مدير أمين ' +
    'عام العام مساعد المتحدث متحدث باسم مسؤول يوم اليوم أمس غدا مساء صباح الأسبوع الشهر عاما سنة بن بنت آل أبو ' +
    'أبي ابن السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة المسؤولية مسؤولية شمال جنوب شرق غرب وسط وزارة الوزارة هيئة شركة مجلس رئيسا قائدا وكالة صحيفة قناة موقع مصدر مصادر طلب عدم رفض أمر بأن لأن وأن فإن وإن كأن'
  )
    .split(' ')
    .map(norm),
);

/** Particles written like names once ى folds to ي (على = علي). */
const isParticle = (t: Token) => /^[وف]?على$/.test(t.text.replace(/[\u064b-\u065f\u0670\u0640]/g, ''));

/** Name particles spelled the way English reports write them. */
const PARTICLES: Record<string, string> = { بن: 'bin', بنت: 'bint', ال: 'Al', ابو: 'Abu' };

/**
 * After the first word of a name, a word opening with و/ف (and …) or with an imperfect-verb prefix
 * (يهدف، تدربت) ends the name unless it is itself a known first name (وليد، يوسف).
 */
const looksLikeVerbOrConjoined = (t: Token) =>
  /^[وفيت]/.test(t.norm) && !t.norm.startsWith('ال') && !givenName(t);

const isWordToken = (t: Token) => /^\p{L}+$/u.test(t.norm) && t.norm.length >= 3;

/**
 * Where the unknown name starting at word `i` ends: family names, `بن فلان`, `آل فلان`, another
 * first name, and at most one family name the gazetteer gives to someone else (`surnames`:
 * علي شايف الحريري is not Saad Hariri).
 */
function nameAt(
  tokens: readonly Token[],
  i: number,
  covered: ReadonlySet<number>,
  surnames: ReadonlySet<number>,
): number {
  let j = i;
  const free = (k: number) => {
    const t = tokens[k];
    return (
      t !== undefined &&
      !covered.has(k) &&
      isWordToken(t) &&
      !variants(t.norm).some((v) => STOP.has(v)) &&
      // A word with a plural pronoun (حتفهم، قادتهم) is no name.
      !/(?:هم|هما|هن)$/.test(t.norm)
    );
  };
  while (j < tokens.length && j - i < 4) {
    const t = tokens[j] as Token;
    if ((t.norm === 'بن' || t.norm === 'بنت' || t.norm === 'ال' || t.norm === 'ابو') && free(j + 1)) {
      j += 2;
      continue;
    }
    if (j > i && surnames.has(j)) return j + 1;
    // A conjoined or prefixed noun (والمواطن، بالمنطقة) starts a new phrase, not a family name.
    if (
      !free(j) ||
      looksLikeVerbOrConjoined(t) ||
      /وا$/.test(t.norm) ||
      (j > i && /^(?:[وفبك]ال|لل)/.test(t.norm)) ||
      // لمجموعة، لرئيس: a preposition on the next word starts a new phrase.
      (/^ل/.test(t.norm) && !givenName(t))
    )
      break;
    j++;
  }
  return j;
}

interface Found {
  kw: Keyword;
  /** Position over sentence then headline, to break ties by first mention. */
  pos: number;
  /** A city the text measures a distance from (200 كيلومتر جنوب شرقي موسكو): not where it happened. */
  aside?: boolean;
}

function collect(text: string, offset: number): Found[] {
  const tokens = tokenize(text);
  const entities: EntityMatch[] = findEntities(tokens);
  const covered = new Set<number>();
  for (const m of entities) for (let k = m.from; k < m.to; k++) covered.add(k);
  // Single-word person matches, by word, with the family name the English gives them.
  const surnameOf = new Map(
    entities
      .filter((m) => m.entry.type === 'person' && m.to - m.from === 1)
      .map((m) => [m.from, m.entry.en.split(' ').at(-1) ?? m.entry.en] as const),
  );
  const surnames = new Set(surnameOf.keys());
  // A nisba with the article (السويسري، الفرنسي) introduces a name the way a title does.
  const nisbaAt = new Set(
    entities
      .filter((m) => m.entry.type === 'country' && m.to - m.from === 1)
      .filter((m) => /^ال.+ي$/.test((tokens[m.from] as Token).norm))
      .map((m) => m.from),
  );
  const absorbed = new Set<number>();
  // Nisbas that introduced a name: the name says more than the country.
  const nisbaUsed = new Set<number>();
  const found: Found[] = [];

  tokens.forEach((t, i) => {
    if (covered.has(i)) return;
    // A first name written in two words (عبد الله، عبد الرحمن).
    const next = tokens[i + 1];
    const compound = t.norm === 'عبد' && next ? givenName({ ...next, norm: `عبد${next.norm}` }) : undefined;
    const first = compound ?? (isParticle(t) || t.norm === 'الله' ? undefined : givenName(t));
    const prev = i > 0 ? (tokens[i - 1] as Token).norm : '';
    const titled = !first && i > 0 && (TITLES.has(prev) || PLACE_NOUNS.has(prev) || nisbaAt.has(i - 1));
    if (!first && !titled) return;
    const from = first ? i + (compound ? 2 : 1) : i;
    let end = nameAt(tokens, from, covered, surnames);
    if (end === from) return; // a first name alone (محمد) finds nothing
    // A place is one word after its noun (حقل السرير، not حقل السرير متعطلة).
    if (!first && PLACE_NOUNS.has(prev)) end = from + 1;
    // After an office (الرئيس، الوزير، السفير) one word with the article is an adjective
    // (الرئيس المستقل، السفير الجديد), not a family name.
    if (!first && OFFICES.has(prev) && end - from === 1 && (tokens[from] as Token).norm.startsWith('ال'))
      return;
    if (!first && nisbaAt.has(i - 1)) {
      // After a nisba a one-word name is long and not an imperfect verb (السويسري سكالا); a short
      // word is more likely a verb (الجيش الأمريكي قتل).
      const one = tokens[from] as Token;
      if (end - from < 2 && (one.norm.length < 4 || /^[يت]/.test(one.norm))) return;
      nisbaUsed.add(i - 1);
    }
    const words = tokens.slice(from, end);
    const parts = [
      ...(first ? [first.en] : []),
      ...words.map(
        (w, k) => surnameOf.get(from + k) ?? PARTICLES[w.norm] ?? givenName(w)?.en ?? transliterate(w.text),
      ),
    ];
    // A first name and a family name: the family name alone (see family-names.ts); a prince's or
    // a sheikh's first name is what reports call him by.
    const pair: readonly Token[] = first ? [t, ...words] : words;
    const [w0, w1] = pair;
    const en = (
      parts.length === 2 && w0 && w1 && !ROYAL.has(prev) && familyOnly(w0, w1) ? parts.slice(1) : parts
    ).join(' ');
    for (let k = i; k < end; k++) {
      covered.add(k);
      if (surnames.has(k)) absorbed.add(k);
    }
    const ar = tokens
      .slice(i, end)
      .map((w) => w.text)
      .join(' ');
    found.push({ kw: { en, ar, type: 'name' }, pos: offset + t.start });
  });
  for (const m of entities) {
    if (m.entry.type === 'outlet' || absorbed.has(m.from) || nisbaUsed.has(m.from)) continue;
    // A ministry (Foreign Ministry, Health Ministry) is in every country's reports: the country says more.
    if (/\bMinistry$/.test(m.entry.en)) continue;
    // A dateline's city (بيروت (أ ف ب) -) says where the desk is, not what the story is.
    if (m.start < 40 && /^\s*[(\-–—:]/.test(text.slice(m.end, m.end + 3)) && m.entry.type === 'place')
      continue;
    if (m.entry.en === 'Mali' && !isMaliTheCountry(tokens, m.from)) continue;
    const en = m.entry.type === 'person' ? personQueryName(m.entry) : m.entry.en;
    const kw: Keyword = { en, ar: m.entry.ar[0] ?? m.entry.exact?.[0] ?? '', type: m.entry.type };
    const aside = m.entry.type === 'place' && measuredFrom(tokens, m.from);
    found.push({ kw, pos: offset + m.start, ...(aside ? { aside } : {}) });
  }
  return found;
}

/** Latin-script names the text itself gives (Middle East Eye, Petrobras, (Jan Kulczyk)). */
const LATIN_NAME =
  /(?<![\p{L}\p{N}])(?:[A-Z][\p{L}'’.-]*[\p{L}.]|[A-Z]{2,}\d*)(?:\s+(?:[A-Z][\p{L}'’.-]*[\p{L}.]|of|de|al|bin|[A-Z]{2,}\d*))*/gu;

function latinNames(text: string, offset: number, outletNames: readonly string[]): Found[] {
  const skip = new Set(outletNames.map((n) => n.toLowerCase()));
  const out: Found[] = [];
  for (const m of text.matchAll(LATIN_NAME)) {
    const en = m[0].replace(/\s+(?:of|de|al|bin)$/, '').trim();
    if (en.length < 2 || skip.has(en.toLowerCase())) continue;
    out.push({ kw: { en, ar: en, type: 'name' }, pos: offset + m.index });
  }
  return out;
}

/** Headline positions come after every sentence position. */
const HEADLINE_OFFSET = 1e6;

const wordsOf = (s: string) => s.toLowerCase().split(/\s+/);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every whole-word mention of `names` (clitics allowed) blanked out, offsets kept. */
export function blankNames(text: string, names: readonly string[]): string {
  const forms = [...new Set(names.map(norm).filter((n) => n.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  if (!forms.length) return text;
  const n = normalize(text);
  // Most sentences and headlines hold none of the few names: a plain search says so cheaply.
  if (!forms.some((f) => n.text.includes(f))) return text;
  const re = blankPattern(forms);
  // Built once from pieces: a sentence that names the outlet many times stays linear.
  const parts: string[] = [];
  let kept = 0;
  for (const m of n.text.matchAll(re)) {
    const [from, to] = m.indices?.[1] ?? [m.index, m.index];
    const span = toOriginal(n, from, to);
    if (span.start < kept) continue;
    parts.push(text.slice(kept, span.start), ' '.repeat(span.end - span.start));
    kept = span.end;
  }
  if (kept === 0 && parts.length === 0) return text;
  parts.push(text.slice(kept));
  return parts.join('');
}

/** The outlet-name pattern of blankNames, compiled once per set of names (a page credits few outlets). */
const BLANK_PATTERNS = new Map<string, RegExp>();
function blankPattern(forms: readonly string[]): RegExp {
  const key = forms.join('\u0000');
  let re = BLANK_PATTERNS.get(key);
  if (!re) {
    if (BLANK_PATTERNS.size >= 64) BLANK_PATTERNS.clear();
    re = new RegExp(`(?<!\\p{L})[وف]?[بلك]?(${forms.map(escapeRegex).join('|')})(?!\\p{L})`, 'gud');
    BLANK_PATTERNS.set(key, re);
  }
  return re;
}

/**
 * Up to `max` keywords from `sentence` and `headline`: names first (people, groups, bodies,
 * places), then up to two key nouns, then a role word if room is left; each once. The credited
 * outlet's names are blanked first, so that «الشرق الأوسط» the paper is not the Middle East.
 */
export function extractKeywords(
  sentence: string,
  headline = '',
  max = 6,
  outletNames: readonly string[] = [],
): Keyword[] {
  const withHeadline = headline && headline !== sentence;
  const latinSkip = [...outletNames, 'Reuters', 'AFP', 'AP', 'Associated Press', 'Agence France-Presse'];
  const found = [
    ...collect(blankNames(sentence, outletNames), 0),
    ...latinNames(sentence, 0, latinSkip),
    ...(withHeadline ? collect(blankNames(headline, outletNames), HEADLINE_OFFSET) : []),
    ...(withHeadline ? latinNames(headline, HEADLINE_OFFSET, latinSkip) : []),
  ];
  const byEn = new Map<string, { kw: Keyword; count: number; pos: number; aside: boolean }>();
  for (const f of found) {
    const key = f.kw.en.toLowerCase();
    // The headline states what the story is about: its names weigh double.
    const weight = f.pos >= HEADLINE_OFFSET ? 2 : 1;
    const seen = byEn.get(key);
    if (seen) {
      seen.count += weight;
      // Once the text measures a distance from a city, every mention of it is that landmark.
      seen.aside ||= f.aside === true;
    } else byEn.set(key, { kw: f.kw, count: weight, pos: f.pos, aside: f.aside === true });
  }
  const located = (a: { kw: Keyword; aside: boolean }) =>
    !a.aside && (a.kw.type === 'place' || a.kw.type === 'country');
  const mentioned = [...byEn.values()];
  // A landmark city goes when another place or the country says where it happened.
  const all = mentioned.some(located) ? mentioned.filter((a) => !a.aside) : mentioned;
  // "nuclear" says nothing that "nuclear deal" does not.
  const kept = all.filter(
    (a) =>
      !all.some(
        (b) =>
          b !== a &&
          b.kw.en.length > a.kw.en.length &&
          wordsOf(a.kw.en).every((w) => wordsOf(b.kw.en).includes(w)),
      ),
  );
  kept.sort((a, b) => RANK[a.kw.type] - RANK[b.kw.type] || b.count - a.count || a.pos - b.pos);
  const named = kept.filter((k) => RANK[k.kw.type] <= 3);
  // Specific topics (earthquake, visa) before generic ones (killed, attack); role words (army,
  // spokesman, government) are left out: they are in every report and drown the query.
  const topics = kept
    .filter((k) => k.kw.type === 'topic')
    .sort((a, b) => Number(GENERIC_TOPICS.has(a.kw.en)) - Number(GENERIC_TOPICS.has(b.kw.en)));
  // A generic topic only when nothing more specific says what happened.
  const specific = topics.filter((t) => !GENERIC_TOPICS.has(t.kw.en));
  if (specific.length) topics.splice(0, topics.length, ...specific);
  const nTopics = Math.min(topics.length, 2, max);
  const picked = named.slice(0, max - nTopics);
  picked.push(...topics.slice(0, max - picked.length));
  return picked.map((k) => k.kw);
}
