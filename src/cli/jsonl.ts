/**
 * The batch contract (DESIGN.md, contract 1): one JSON object per input line,
 * `{"id", "text", "date"?, "url"?}`, one `{"id", "marks"}` per output line. A bad line is
 * reported on stderr by its line number; the good lines are still processed.
 */
import { analyze } from '../analysis/index';
import type { Mark } from '../analysis/types';

export interface BatchResult {
  output: string[];
  errors: string[];
}

interface ArticleLine {
  id: string;
  text: string;
  date?: string;
  url?: string;
}

function parseLine(line: string): ArticleLine | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') return 'has no "text" string';
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : undefined;
  if (id === undefined) return 'has no "id"';
  const article: ArticleLine = { id, text: o.text };
  if (typeof o.date === 'string') article.date = o.date;
  if (typeof o.url === 'string') article.url = o.url;
  return article;
}

/** Analyse every line of a JSONL document. */
export function runBatch(input: string, analyse: typeof analyze = analyze): BatchResult {
  const output: string[] = [];
  const errors: string[] = [];
  const lines = input.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parsed = parseLine(line);
    if (typeof parsed === 'string') {
      errors.push(`line ${i + 1}: ${parsed}; skipped`);
      return;
    }
    let marks: Mark[];
    try {
      marks = analyse(parsed.text, { date: parsed.date, url: parsed.url });
    } catch (err) {
      errors.push(`line ${i + 1} (id ${parsed.id}): analysis failed: ${(err as Error).message}`);
      return;
    }
    output.push(JSON.stringify({ id: parsed.id, marks }));
  });
  return { output, errors };
}
