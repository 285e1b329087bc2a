/**
 * Every labelled set the project may read — ../shared/eval's dev and train sets, its own training
 * set, the corpus splits final-1 to final-8 and the SaudiNewsNet splits opened after scoring — with
 * where its texts are. Never the split held out now (snn.ts HELD_OUT_NOW) nor one not yet opened.
 * Read by eval:family and eval:diff.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MarkKind } from '../../src/analysis/types';
import { HELD_OUT_NOW, SNN_OPENED, SNN_SPLITS } from './snn';

export interface ReadableSet {
  name: string;
  /** The labels: one article per line, `{article_id, sentences}`. */
  gold: string;
  /** The texts: one article per line, `{id, text}`. */
  texts: string;
}

export interface GoldSentence {
  start: number;
  end: number;
  kinds: MarkKind[];
}
export interface GoldArticle {
  article_id: string;
  sentences: GoldSentence[];
}

/** The sets, under the checkout at `root` (../shared and the SaudiNewsNet texts beside it). */
export function readableSets(root: string): ReadableSet[] {
  const shared = resolve(root, '../shared');
  const labels = resolve(root, 'eval/labels');
  const corpus = `${shared}/corpus/articles.jsonl`;
  // The corpus splits final-1 to final-8, scored once and opened (part of `ours` in eval.ts).
  const opened = Array.from({ length: 8 }, (_, i) => `final-${i + 1}`).map((name) => ({
    name,
    gold: `${labels}/${name}.jsonl`,
    texts: corpus,
  }));
  return [
    { name: 'dev', gold: `${shared}/eval/dev.jsonl`, texts: corpus },
    { name: 'shared train', gold: `${shared}/eval/train.jsonl`, texts: corpus },
    { name: 'ours', gold: `${labels}/train.jsonl`, texts: corpus },
    ...opened,
    ...SNN_OPENED.filter((name) => name !== HELD_OUT_NOW).map((name) => ({
      name,
      gold: `${labels}/${name}.jsonl`,
      texts: resolve(root, '..', SNN_SPLITS[name] as string, 'texts.jsonl'),
    })),
  ];
}

/** One JSON object per non-empty line. */
export const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
