/** What the engine bench asks a child process to measure, and what it answers. */
import type { Adversary } from './adversarial';
import type { Timing } from './stats';

export type EngineJob =
  | { kind: 'corpus'; runs: number; budgetMs: number }
  | { kind: 'text'; chars: number; adversary?: Adversary; runs: number; budgetMs: number }
  | { kind: 'cold'; runs: number; budgetMs: number }
  | { kind: 'scaling'; sizes: number[]; runs: number; budgetMs: number };

export type EngineJobResult =
  | { kind: 'skipped'; reason: string }
  | { kind: 'timeout'; limitMs: number }
  | { kind: 'error'; message: string }
  | {
      kind: 'corpus';
      articles: number;
      chars: number;
      floor: Timing;
      findMarks: Timing;
      analyze: Timing;
      /** findMarks() with no detectors: splitting, normalising, slicing. */
      core: Timing;
      /** findMarks() with one detector at a time. */
      detectors: { name: string; timing: Timing }[];
      marks: number;
    }
  | {
      kind: 'text';
      chars: number;
      timing: Timing;
      marks: number;
      /** Ordinary article text of the same size, timed in the same rounds (adversaries only). */
      ordinary?: Timing;
    }
  | { kind: 'scaling'; sizes: { chars: number; timing: Timing }[] }
  /** One article as a page sees it: the first findMarks() call in a fresh process, then warm calls. */
  | { kind: 'cold'; chars: number; firstMs: number; warm: Timing };
