/**
 * Sections 1–3 of the bench, in node: engine throughput on the corpus against the single-regex
 * floor, scaling from 100 k to 10 M characters, and adversarial inputs against ordinary text.
 * Each measurement runs in its own child process with a time limit.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ADVERSARIES, type Adversary } from './adversarial';
import type { EngineJob, EngineJobResult } from './engine-types';

const JOB_SCRIPT = resolve(import.meta.dirname, 'engine-job.ts');
const COLD_SCRIPT = resolve(import.meta.dirname, 'cold-start-job.ts');

/** Run one job in a fresh node (same tsx loader as this process); kill it after `limitMs`. */
export function runJob(job: EngineJob, limitMs: number): Promise<EngineJobResult> {
  const script = job.kind === 'cold-breakdown' ? COLD_SCRIPT : JOB_SCRIPT;
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, script, JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (line) return done(JSON.parse(line.slice(7)) as EngineJobResult);
      if (signal === 'SIGKILL') return done({ kind: 'timeout', limitMs });
      done({ kind: 'error', message: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}` });
    });
  });
}

export const SCALE_SIZES = [100_000, 1_000_000, 10_000_000] as const;
export const ADVERSARY_CHARS = 1_000_000;

export interface EngineResults {
  /** The first findMarks() call in each of several fresh processes, with warm calls after it. */
  cold: EngineJobResult[];
  /** 1-minute load average before each cold process. */
  coldLoad: number[];
  coldBreakdown: EngineJobResult;
  corpus: EngineJobResult;
  scaling: { chars: number; result: EngineJobResult }[];
  ordinary: EngineJobResult;
  adversarial: { kind: Adversary; result: EngineJobResult }[];
}

export interface EngineBenchOptions {
  quick: boolean;
  log: (line: string) => void;
}

export async function benchEngine({ quick, log }: EngineBenchOptions): Promise<EngineResults> {
  const runs = quick ? 3 : 5;
  const coldRuns = quick ? 5 : 7;
  const cold: EngineJobResult[] = [];
  const coldLoad: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    coldLoad.push(Math.round((loadavg()[0] ?? 0) * 100) / 100);
    log(`engine: first call on one article in a fresh process (${i + 1}/${coldRuns})…`);
    cold.push(await runJob({ kind: 'cold', runs: 10, budgetMs: 3_000 }, 30_000));
  }
  log('engine: where the cold start goes (profiled, per module)…');
  const coldBreakdown = await runJob({ kind: 'cold-breakdown' }, 60_000);
  log('engine: corpus throughput (analyze, findMarks, floor regex)…');
  const corpus = await runJob({ kind: 'corpus', runs, budgetMs: quick ? 20_000 : 30_000 }, 240_000);
  log('engine: scaling, 0.1 / 1 / 10 M characters, timed in rounds…');
  const scaled = await runJob(
    { kind: 'scaling', sizes: [...SCALE_SIZES], runs: quick ? 3 : 5, budgetMs: quick ? 20_000 : 40_000 },
    240_000,
  );
  const scaling: EngineResults['scaling'] = SCALE_SIZES.map((chars, i) => {
    if (scaled.kind !== 'scaling') return { chars, result: scaled };
    const s = scaled.sizes[i];
    return { chars, result: s ? { kind: 'text', chars: s.chars, timing: s.timing, marks: 0 } : scaled };
  });
  // The 1 M scaling figure is the reference for the adversaries' time limit.
  const ordinary = scaling.find((s) => s.chars === ADVERSARY_CHARS)?.result ?? {
    kind: 'skipped',
    reason: '',
  };
  // An adversary is stopped once it is clearly far outside its goal (3× ordinary text).
  const ordinaryMs = ordinary.kind === 'text' ? ordinary.timing.median : 2_000;
  const limitMs = Math.max(20_000, 20 * ordinaryMs + 3_000);
  const adversarial: EngineResults['adversarial'] = [];
  for (const kind of ADVERSARIES) {
    log(`engine: adversarial input, ${kind}…`);
    const result = await runJob(
      { kind: 'text', chars: ADVERSARY_CHARS, adversary: kind, runs, budgetMs: 8_000 },
      limitMs,
    );
    adversarial.push({ kind, result });
  }
  return { cold, coldLoad, coldBreakdown, corpus, scaling, ordinary, adversarial };
}
