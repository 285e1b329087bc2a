/**
 * Registered outlets named in the sentence (outlet-names.ts finds them): each judged a credit or
 * not by its head, footer, quotes and the words around it.
 */
import type { SentenceView } from '../../detector';
import type { Outlet } from '../../outlets';
import type { Span } from '../../types';
import {
  type Credit,
  claimRightAfter,
  colonRightAfter,
  receivedCopy,
  creditOf,
  creditRightBefore,
  describe,
  PLACE_ONLY,
  relaysRightBefore,
  speaksBefore,
} from './credit';
import { type Mention, withNoun } from './mention';
import { fillsSlot, footerEnd, headSlots, YEAR_BEFORE } from './heads';
import type { Credited, OutletMemory } from './memory';
import { isLamVariant, lookupForm, type NameMatch } from './outlet-names';
import {
  ENGLISH_ARTICLE,
  INTERVIEW_NOUNS,
  INTERVIEW_WITH,
  lastVisible,
  NOUNS,
  type OutletKind,
  PLACES,
} from './words';

/** A verb agreeing with an outlet right after its name (`تملك`, `كانت`), over an adverb: its subject. */
const ITS_OWN_VERB =
  /^["»”]?\s*(?:(?:ايضا|الان|اليوم|حاليا|نفسها)\s+)?(?:ت\S{2,}|كانت|باتت|ظلت|اصبحت|ليست)(?:\s|$)/u;
/**
 * A statement or interview right before `لـ` + the outlet (normalised); `حديث` bare only after في
 * (`استطلاع حديث للرأي` is a recent poll of opinion).
 */
const STATEMENT_TO = new RegExp(
  `(?:^|\\s)[وفب]?(?:تصريح|تصريحات|تصريحه|تصريحها|تصريحاته|حديثه|حديثها|(?:في|خلال)\\s+حديث|(?:${INTERVIEW_NOUNS})\\S{0,2})\\s+$`,
  'u',
);
/** `لم يتسن لـ`: could not (verify, reach) — the outlet's own check (ANNOTATION.md). */
const COULD_NOT = /يتسن[يى]?\s*$/u;
/** Letters written with dots (`أ.ب`, `د.ب.أ`): an abbreviation, not a word. */
const DOTTED = /\S\.\s?\S/u;
/**
 * `"عين اليوم" ستوافيكم بالتفاصيل`, `«الوطن» سوف تتابع`: the outlet opening the sentence promises
 * coverage to come (a future verb of bringing, following or publishing); nothing is credited yet.
 */
const PROMISES_COVERAGE = /^[\s"]*(?:سوف\s|س[تين](?:وافي|تابع|نشر|عرض|بث|نقل|كشف|ضع))/u;
/** Nothing but spaces, bullets or an opening bracket before `at`: the mention opens the sentence. */
const opensSentence = (t: string, at: number): boolean => at <= 8 && /^[\s*\-•(]*$/.test(t.slice(0, at));

export function scanNames(
  s: SentenceView,
  names: NameMatch[],
  memory: OutletMemory,
  out: Credited[],
): Span[] {
  const t = s.norm.text;
  // The head and footer of the sentence are read once, and only if an outlet is named.
  let slots: Span[] | undefined;
  let footer: number | undefined;
  const covered: Span[] = [];
  let floor = 0;
  /** The outlet credited last in this sentence: one joined to it by و shares its credit. */
  let previous: { end: number; credit: Credit } | undefined;
  for (const m of names) {
    const g = m.groups;
    const form = lookupForm(g.name, g.abbr);
    if (!form) continue;
    // `صحيفة "بريميوم تايمز"`: a registered name closing a longer quoted name is that name's tail;
    // the quoted name is read whole, as an outlet missing from the registry (unknown.ts).
    if (g.qc !== undefined && g.q === undefined && tailOfQuotedName(t, m.index)) continue;
    const nameText = g.name ?? g.abbr ?? '';
    const nameStart = m.index + m.text.indexOf(nameText, (g.lone?.length ?? 0) + (g.pre?.length ?? 0));
    // `وأنساً`: a name written with tanween is a common word (an outlet's name never takes it).
    if (tanweenAfter(s, nameStart + nameText.length)) continue;
    const quoted = g.q !== undefined && g.qc !== undefined;
    const base: Mention = {
      start: m.index,
      end: m.index + m.text.length,
      name: { start: nameStart, end: nameStart + nameText.length },
      lam: (g.pre ?? '').endsWith('ل') || isLamVariant(g.name),
      // `لـالوطن`: the ل written apart by a tatweel (gone once normalised) marks a name, as a detached لـ does.
      lone: g.lone !== undefined || lamBeforeTatweel(s, m.index + (g.pre ?? '').length - 1, g.pre),
      quoted,
    };
    // `لـ(عكاظ)`: the outlet in parentheses after a detached لـ, as in quotation marks.
    if (t[m.index - 1] === '(' && /(?:^|\s)[وف]?ل\($/.test(t.slice(Math.max(0, m.index - 4), m.index))) {
      base.start = t.lastIndexOf('ل', m.index);
      base.lam = true;
      base.quoted = true;
    }
    // `صحيفة «ذي ديلي ستار»`: the English article inside the quotes belongs to the name; the
    // mention starts at the quote, where the outlet noun and the verb before it are.
    if (g.qc !== undefined && g.q === undefined) {
      const open = leadInQuotes(t, m.index);
      if (open >= 0) {
        base.start = open;
        base.quoted = true;
      }
    }
    const mention = withNoun(t, base, floor);
    floor = base.end;
    covered.push({ start: mention.start, end: mention.end });
    const outlet = pickOutlet(form.outlets, mention.nounKind);
    let credit: Credit;
    /** Joined by و to an outlet credited just before (`وكالتا الأناضول ودوغان`): a name, whatever else it is. */
    let joined = false;
    slots ??= headSlots(t, s.wholeLine);
    footer ??= footerEnd(t);
    // A place's name (`الأناضول`) is a dateline's outlet only as an agency after the dash
    // (`القدس - الأناضول`); `عين اليوم – الرياض` ends with the city.
    const place = PLACES.has(nameText.replace(/^ل/, 'ال'));
    const agencyAfterDash = () =>
      outlet.kind === 'agency' && /[-–—/]\s*$/u.test(t.slice(Math.max(0, mention.start - 8), mention.start));
    // A quoted name in the dateline is the outlet (`جدة – «المدينة»:`), place or not; so is one
    // after its outlet noun (`قناة الجزيرة:`, `وكالة الأناضول:`).
    const nouned = mention.nounKind !== undefined;
    if (fillsSlot(t, slots, mention) && (!place || agencyAfterDash() || mention.quoted || nouned))
      credit = 'dateline';
    else if (footer > mention.start) credit = 'footer';
    else if (
      // `"رويترز" بدأ الجيش …`: a credit line run into the first sentence; a photo's credit
      // opening its caption (`«الفرنسية» بائعة في السوق`, `أ.ب فتاتان …`): an agency's short
      // name in quotes, or its dotted letters.
      opensSentence(t, mention.start) &&
      !PROMISES_COVERAGE.test(t.slice(mention.end, mention.end + 16)) &&
      // (not a paper that is the subject of its sentence: `"فاينانشيال تايمز" الآن تحتاج إلى …`)
      (outlet.kind === 'agency' || !ITS_OWN_VERB.test(t.slice(mention.end, mention.end + 30))) &&
      (mention.quoted ? !form.ambiguous || outlet.kind === 'agency' : DOTTED.test(g.abbr ?? ''))
    )
      credit = 'dateline';
    else if (
      s.wholeLine &&
      mention.end >= lastVisible(t, t.length) &&
      YEAR_BEFORE.test(t.slice(Math.max(0, mention.start - 40), mention.start))
    )
      credit = 'dateline';
    else if (
      // `ذكرت صحيفتا «هآرتس» و«يديعوت أحرونوت»`: a second outlet joined by و to a credited one.
      previous &&
      (g.pre ?? '').startsWith('و') &&
      /^[\s"]*$/.test(t.slice(previous.end, m.index))
    ) {
      credit = previous.credit;
      joined = true;
    } else credit = creditOf(t, mention, !form.ambiguous && outlet.kind === 'agency' ? 9 : 0);
    if (!credit || credit === 'topic') continue;
    if (form.ambiguous && !['dateline', 'footer'].includes(credit)) {
      const context =
        joined ||
        mention.nounKind !== undefined ||
        mention.quoted ||
        mention.lone ||
        (credit === 'parens' && (outlet.kind === 'agency' || speaksBefore(t, mention.start))) ||
        // `ذكرت الأناضول`, `بحسب الأناضول`: a name that is otherwise only a place, right after a credit.
        (credit === 'verb' && PLACE_ONLY.has(outlet.id) && creditRightBefore(t, mention.start)) ||
        // `وفقا للفرنسية.`, `نقلا عن الألمانية)`: an agency's short name as an aside closing the clause.
        // `قالت مصادر للجزيرة إن`: told to a name that is also a word, with the claim right after it
        // or, told to an agency, its words after a colon (`وقال الوالي، فلان، للأناضول: «…»`).
        (credit === 'told' &&
          mention.lam &&
          outlet.kind !== 'newspaper' &&
          (claimRightAfter(t, mention.end) ||
            // (an agency's only: `يقول لأمريكا وللعالم:` is to the world, not to Al-Alam)
            (outlet.kind === 'agency' && colonRightAfter(t, mention.end)))) ||
        // `في تصريحات للمدينة، إن`, `في حديث لليوم`: a statement given to a paper named like a place
        // or a day — statements are given to outlets, not to cities.
        (credit === 'told' &&
          mention.lam &&
          STATEMENT_TO.test(t.slice(Math.max(0, mention.start - 14), mention.start))) ||
        // `وأفادت الجزيرة بأن`: a broadcaster or agency as the subject of the verb right before it,
        // the claim right after (not a paper named like a capital: `وأكدت الرياض أن`).
        (credit === 'verb' &&
          outlet.kind !== 'newspaper' &&
          creditRightBefore(t, mention.start) &&
          (claimRightAfter(t, mention.end) ||
            // `ونقلت شانا عن مدير …`: passing on someone's words.
            (relaysRightBefore(t, mention.start) &&
              /^\s*عن\s/u.test(t.slice(mention.end, mention.end + 5))))) ||
        (credit === 'verb' && receivedCopy(t, mention)) ||
        // `في لقاء خاص مع DW`, `في ختام حديثها مع DW`: an interview with the outlet.
        // (not a paper named like a person: `في لقاء مع السفير`, the ambassador)
        (outlet.kind !== 'newspaper' &&
          INTERVIEW_WITH.test(t.slice(Math.max(0, mention.start - 30), mention.start))) ||
        // `لم يتسن للجزيرة التحقق`: the outlet that could not verify is the reporting one.
        (mention.lam && COULD_NOT.test(t.slice(Math.max(0, mention.start - 8), mention.start))) ||
        ((credit === 'verb' || credit === 'told') &&
          outlet.kind === 'agency' &&
          creditRightBefore(t, mention.start) &&
          /^\s*(?:[.,،:؛)"]|$)/u.test(t.slice(mention.end)));
      if (!context) continue;
    }
    memory.remember(mention.nounKind ?? outlet.kind, outlet.id);
    previous = { end: mention.end, credit };
    out.push({
      cue: { start: mention.start, end: mention.end },
      source: mention.name,
      outlets: [outlet.id],
      credit,
      why: `${describe(credit)} ${outlet.english}`,
    });
  }
  return covered;
}

export function pickOutlet(candidates: Outlet[], nounKind: OutletKind | undefined): Outlet {
  const first = candidates[0] as Outlet;
  if (!nounKind) return first;
  const wanted: OutletKind[] = nounKind === 'newspaper' ? ['newspaper', 'website'] : [nounKind];
  return candidates.find((o) => wanted.includes(o.kind)) ?? first;
}

/** The English article (ذي، ذا) and the word news (أنباء) before a name. */
const OWN_LEAD = new Set([...ENGLISH_ARTICLE, 'انباء', 'الانباء']);

/** The quote that opens within `reach` characters before `at`, and the words between. */
function insideQuotes(t: string, at: number, reach: number): { open: number; words: string[] } | undefined {
  const open = t.lastIndexOf('"', at - 1);
  if (open < 0 || at - open > reach) return undefined;
  return {
    open,
    words: t
      .slice(open + 1, at)
      .trim()
      .split(/\s+/u)
      .filter(Boolean),
  };
}

/**
 * Whether a quote opens a few words before `at` (an even count of quotes before it, the last one
 * within 30 characters, with words after it): the name at `at` closes a longer quoted name.
 */
function tailOfQuotedName(t: string, at: number): boolean {
  const inside = insideQuotes(t, at, 30);
  // `«وكالة أنباء فارس»`, `"ذي دايلي مايل"`: an outlet noun or the English article before the
  // name inside the quotes belongs to the registered name's own reading.
  if (
    !inside ||
    inside.words.length === 0 ||
    inside.words.every((w) => OWN_LEAD.has(w) || NOUNS.has(w) || NOUNS.has(w.replace(/^[وفبل]?(?:ال)?/u, '')))
  )
    return false;
  let quotes = 0;
  for (let i = t.indexOf('"'); i >= 0 && i < inside.open; i = t.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 0;
}

/** The opening quote before `at` when only the English article (ذي، ذا) stands between them; else -1. */
function leadInQuotes(t: string, at: number): number {
  const inside = insideQuotes(t, at, 12);
  return inside && inside.words.length > 0 && inside.words.every((w) => ENGLISH_ARTICLE.has(w))
    ? inside.open
    : -1;
}

/** Whether the proclitic ل at normalised index `at` was written with a tatweel after it (`لـالوطن`). */
function lamBeforeTatweel(s: SentenceView, at: number, pre: string | undefined): boolean {
  if (!pre?.endsWith('ل') || at < 0) return false;
  const original = s.norm.map[at];
  return original !== undefined && s.text.charCodeAt(original + 1) === 0x640;
}

/** Whether the original text carries tanween (ً ٌ ٍ) right where the normalised word ending at `end` stops. */
function tanweenAfter(s: SentenceView, end: number): boolean {
  const last = s.norm.map[end - 1];
  if (last === undefined) return false;
  for (let i = last + 1; i < s.text.length; i++) {
    const c = s.text.charCodeAt(i);
    if (c >= 0x64b && c <= 0x64d) return true;
    if (c < 0x64e || c > 0x652) return false; // other diacritics may stand between
  }
  return false;
}
