/**
 * One engine measurement, run in a child process so that a pathological input can be stopped
 * by a time limit instead of hanging the bench:  tsx bench/engine-job.ts '<job json>'
 * Prints one line `RESULT <json>` on stdout.
 */
import { DETECTORS } from '../src/analysis/detectors';
import { findMarks } from '../src/analysis/engine';
import { analyze } from '../src/analysis/index';
import { adversarialText } from './adversarial';
import { articleText, loadCorpus, typicalArticle } from './corpus';
import { countMatches, cueUnion } from './cues';
import type { EngineJob, EngineJobResult } from './engine-types';
import { type Timing, timeInterleaved, timeRuns } from './stats';

function run(job: EngineJob): EngineJobResult {
  if (job.kind === 'cold-breakdown') return { kind: 'error', message: 'measured by bench/cold-start-job.ts' };
  // Warm the engine on 50 k characters rather than on a whole timed input.
  const small = articleText(50_000);
  const opts = { runs: job.runs, budgetMs: job.budgetMs, warmup: () => analyze(small) };
  switch (job.kind) {
    case 'corpus': {
      const corpus = loadCorpus();
      if (!corpus) return { kind: 'skipped', reason: 'corpus absent' };
      const texts = corpus.map((a) => a.text);
      const chars = texts.reduce((n, t) => n + t.length, 0);
      const re = cueUnion();
      const only = Object.fromEntries(
        DETECTORS.map((d) => [
          d.name.replace(/^create|Detector$/g, ''),
          () => texts.flatMap((t) => findMarks(t, [d])),
        ]),
      );
      const t = timeInterleaved(
        {
          floor: () => texts.reduce((n, t) => n + countMatches(re, t), 0),
          core: () => texts.flatMap((t) => findMarks(t, [])),
          findMarks: () => texts.flatMap((t) => findMarks(t)),
          analyze: () => texts.flatMap((t) => analyze(t)),
          ...only,
        },
        { ...opts, warmup: () => texts.slice(0, 200).map((t) => analyze(t)) },
      );
      const timing = (name: string) => t[name] as Timing;
      const floor = timing('floor');
      const core = timing('findMarks');
      const full = timing('analyze');
      const bare = timing('core');
      const detectors = Object.keys(only).map((name) => ({ name, timing: timing(name) }));
      const marks = texts.reduce((n, t) => n + analyze(t).length, 0);
      return {
        kind: 'corpus',
        articles: texts.length,
        chars,
        floor,
        findMarks: core,
        analyze: full,
        core: bare,
        detectors,
        marks,
      };
    }
    case 'cold': {
      const text = typicalArticle().text;
      const t0 = performance.now();
      findMarks(text);
      const firstMs = performance.now() - t0;
      return { kind: 'cold', chars: text.length, firstMs, warm: timeRuns(() => findMarks(text), opts) };
    }
    case 'text': {
      const text = job.adversary ? adversarialText(job.adversary, job.chars) : articleText(job.chars);
      if (!job.adversary) {
        const timing = timeRuns(() => analyze(text), opts);
        return { kind: 'text', chars: text.length, timing, marks: analyze(text).length };
      }
      const plain = articleText(job.chars);
      const t = timeInterleaved({ adversary: () => analyze(text), ordinary: () => analyze(plain) }, opts);
      return {
        kind: 'text',
        chars: text.length,
        timing: t.adversary as Timing,
        ordinary: t.ordinary as Timing,
        marks: analyze(text).length,
      };
    }
    case 'scaling': {
      const texts = job.sizes.map((n) => articleText(n));
      const t = timeInterleaved(
        Object.fromEntries(texts.map((text, i) => [String(i), () => analyze(text)])),
        opts,
      );
      return {
        kind: 'scaling',
        sizes: texts.map((text, i) => ({ chars: text.length, timing: t[String(i)] as Timing })),
      };
    }
  }
}

const job = JSON.parse(process.argv[2] ?? '{}') as EngineJob;
console.log(`RESULT ${JSON.stringify(run(job))}`);
