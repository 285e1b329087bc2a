/**
 * Reading the Saudi Newspapers Corpus (SaudiNewsNet, github.com/parallelfold/SaudiNewsNet,
 * CC BY-NC-SA 4.0) as the labelling scripts need it, in one place: prepare-snn.ts draws splits
 * from it, open-pool.ts writes the articles engineers may read.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The labelled SaudiNewsNet splits (eval/labels/NAME.jsonl), each with the directory beside the
 * checkout where prepare-snn.ts wrote its texts (restore-texts.ts writes them again from the dataset).
 */
export const SNN_SPLITS: Record<string, string> = {
  'final-9': 'snn-final',
  'final-10': 'snn-final-10',
  'final-11': 'snn-final-11',
  'final-12': 'snn-final-12',
  'final-13': 'snn-final-13',
  'final-14': 'snn-final-14',
  'final-15': 'snn-final-15',
  'final-16': 'snn-final-16',
  'final-17': 'snn-final-17',
  'final-18': 'snn-final-18',
  'final-19': 'snn-final-19',
  'final-20': 'snn-final-20',
  'final-21': 'snn-final-21',
  'final-22': 'snn-final-22',
  'final-23': 'snn-final-23',
  'final-24': 'snn-final-24',
  'final-25': 'snn-final-25',
  'final-26': 'snn-final-26',
  'final-27': 'snn-final-27',
  'final-28': 'snn-final-28',
  'final-29': 'snn-final-29',
  'final-30': 'snn-final-30',
  'final-31': 'snn-final-31',
  'final-32': 'snn-final-32',
  'final-33': 'snn-final-33',
  'final-34': 'snn-final-34',
  'final-35': 'snn-final-35',
  'final-36': 'snn-final-36',
  'final-37': 'snn-final-37',
  'final-38': 'snn-final-38',
  'final-39': 'snn-final-39',
  'final-40': 'snn-final-40',
  'final-41': 'snn-final-41',
  'final-42': 'snn-final-42',
  'final-43': 'snn-final-43',
  'final-44': 'snn-final-44',
  'final-45': 'snn-final-45',
  'final-46': 'snn-final-46',
  'final-47': 'snn-final-47',
  'final-48': 'snn-final-48',
  'final-49': 'snn-final-49',
  'final-50': 'snn-final-50',
  'final-51': 'snn-final-51',
  'final-52': 'snn-final-52',
  'final-53': 'snn-final-53',
  'final-54': 'snn-final-54',
  'final-55': 'snn-final-55',
  'final-56': 'snn-final-56',
  'final-57': 'snn-final-57',
  'final-58': 'snn-final-58',
};

/**
 * Splits drawn from the rest of SaudiNewsNet (scripts/labels/prepare-snn.ts), by name, with the
 * directory beside the checkout where prepare-snn.ts wrote their texts (the outlets', kept out of
 * the repository; or give them with `--texts FILE[,FILE…]`). `snn` is the opened ones (SNN_OPENED):
 * those held out once, scored once and then opened, and those labelled for training only and never
 * held out (eval/README.md says which is which). `final` is the one held out now (HELD_OUT_NOW), to
 * be scored once, at the end of the session that next changes the engine. Their text directories are
 * listed above (SNN_SPLITS).
 */
export const SNN_OPENED: readonly string[] = [
  'final-9',
  'final-10',
  'final-11',
  'final-12',
  'final-13',
  'final-14',
  'final-15',
  'final-16',
  'final-17',
  'final-18',
  'final-19',
  'final-20',
  'final-21',
  'final-22',
  'final-23',
  'final-24',
  'final-25',
  'final-26',
  'final-27',
  'final-28',
  'final-29',
  'final-30',
  'final-31',
  'final-32',
  'final-33',
  'final-34',
  'final-35',
  'final-36',
  'final-37',
  'final-38',
  'final-39',
  'final-40',
  'final-41',
  'final-42',
  'final-43',
  'final-44',
  'final-45',
  'final-46',
  'final-47',
  'final-48',
  'final-49',
  'final-50',
  'final-51',
  'final-52',
  'final-53',
  'final-54',
  'final-55',
  'final-56',
];
export const HELD_OUT_NOW = 'final-57';

export interface SnnText {
  /** `snnx-SOURCE-` and the first 10 hex digits of the SHA-1 of the URL. */
  id: string;
  url: string;
  /** The title, a blank line and the content (each line's leading spaces dropped), as ../shared/corpus builds its texts. */
  text: string;
}

/**
 * The SaudiNewsNet articles open for reading: those whose id's hash starts with `f`, about 1 in 16
 * (~1,800 articles). Engineers check a rule's marks on them, beyond ../shared/corpus; no split is
 * ever drawn from them, so a held-out split stays text nobody read.
 */
export const inOpenPool = (id: string): boolean => /^snnx-[^-]+-f/.test(id);

/** The URLs of ../shared/corpus's articles (all of them SaudiNewsNet's). */
export function corpusUrls(): Set<string> {
  const shared = resolve(import.meta.dirname, '../../../shared');
  return new Set(
    readFileSync(`${shared}/corpus/articles.jsonl`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { url: string }).url),
  );
}

/** The article ids of every labelled split in eval/labels. */
export function labelledIds(): Set<string> {
  const labelled = resolve(import.meta.dirname, '../../eval/labels');
  return new Set(
    readdirSync(labelled)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(labelled, f), 'utf8').split('\n').filter(Boolean))
      .map((l) => (JSON.parse(l) as { article_id: string }).article_id),
  );
}

/** Every article with content in SNN_JSON_DIR's `YYYY-MM-DD.json` files, in date order, but those of ../shared/corpus. */
export function* snnArticles(snnDir: string): Iterable<SnnText> {
  const inCorpus = corpusUrls();
  for (const file of readdirSync(snnDir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    for (const a of JSON.parse(readFileSync(join(snnDir, file), 'utf8')) as {
      source: string;
      url: string;
      title: string;
      content: string;
    }[]) {
      if (inCorpus.has(a.url) || !a.content?.trim()) continue;
      const id = `snnx-${a.source}-${createHash('sha1').update(a.url).digest('hex').slice(0, 10)}`;
      const body = a.content
        .trim()
        .split('\n')
        .map((line) => line.trimStart())
        .join('\n');
      yield { id, url: a.url, text: a.title?.trim() ? `${a.title.trim()}\n\n${body}` : body };
    }
}
