/** What the engine bench asks a child process to measure, and what it answers. */
import type { Adversary } from './adversarial';
import type { Timing } from './stats';

export type EngineJob =
  | { kind: 'corpus'; runs: number; budgetMs: number }
  | { kind: 'text'; chars: number; adversary?: Adversary; runs: number; budgetMs: number }
  | { kind: 'cold'; runs: number; budgetMs: number }
  | { kind: 'cold-breakdown' }
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
  | { kind: 'cold'; chars: number; firstMs: number; warm: Timing }
  /** Where the cold start goes: phases in the order a page pays for them, self time per module. */
  | { kind: 'cold-breakdown'; chars: number; phases: ColdPhase[] };

export interface ColdPhase {
  name: string;
  /** Wall-clock time of the phase (under the profiler), ms. */
  ms: number;
  /** Self time per module file (or runtime bucket), ms: its share of the samples times `ms`. */
  modules: Record<string, number>;
}
