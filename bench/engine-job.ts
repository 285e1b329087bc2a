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
import { timeRuns } from './stats';

function run(job: EngineJob): EngineJobResult {
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
      const floor = timeRuns(() => texts.reduce((n, t) => n + countMatches(re, t), 0), {
        ...opts,
        warmup: undefined,
      });
      const core = timeRuns(() => texts.flatMap((t) => findMarks(t)), opts);
      const full = timeRuns(() => texts.flatMap((t) => analyze(t)), opts);
      const bare = timeRuns(() => texts.flatMap((t) => findMarks(t, [])), opts);
      const detectors = DETECTORS.map((d) => ({
        name: d.name.replace(/^create|Detector$/g, ''),
        timing: timeRuns(() => texts.flatMap((t) => findMarks(t, [d])), {
          ...opts,
          runs: 3,
          budgetMs: 6_000,
        }),
      }));
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
      const timing = timeRuns(() => analyze(text), opts);
      return { kind: 'text', chars: text.length, timing, marks: analyze(text).length };
    }
  }
}

const job = JSON.parse(process.argv[2] ?? '{}') as EngineJob;
console.log(`RESULT ${JSON.stringify(run(job))}`);
