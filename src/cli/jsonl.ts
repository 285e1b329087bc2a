/**
 * The batch contract (DESIGN.md, contract 1): one JSON object per input line,
 * `{"id", "text", "date"?, "url"?}`, one `{"id", "marks"}` per output line. A bad line is
 * reported on stderr by its line number; the good lines are still processed.
 */
import { analyze } from '../analysis/index';
import type { Mark } from '../analysis/types';
import { InputError } from './input';

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

/** Analyse one line; the output line, or why it was skipped. */
export function processLine(
  raw: string,
  n: number,
  analyse: typeof analyze = analyze,
): { output?: string; error?: string } {
  const line = raw.trim();
  if (line === '') return {};
  const parsed = parseLine(line);
  if (typeof parsed === 'string') return { error: `line ${n}: ${parsed}; skipped` };
  let marks: Mark[];
  try {
    marks = analyse(parsed.text, { date: parsed.date, url: parsed.url });
  } catch (err) {
    return { error: `line ${n} (id ${parsed.id}): analysis failed: ${(err as Error).message}` };
  }
  return { output: JSON.stringify({ id: parsed.id, marks }) };
}

/** Analyse every line of a JSONL document. */
export function runBatch(input: string, analyse: typeof analyze = analyze): BatchResult {
  const output: string[] = [];
  const errors: string[] = [];
  input.split('\n').forEach((raw, i) => {
    const r = processLine(raw, i + 1, analyse);
    if (r.output !== undefined) output.push(r.output);
    if (r.error !== undefined) errors.push(r.error);
  });
  return { output, errors };
}

export interface RawLine {
  /** Line number, from 1. */
  n: number;
  text?: string;
  error?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Split a byte stream into decoded lines without holding more than one line: a line longer than
 * `maxLineBytes` or not valid UTF-8 comes out as an error for that line only, so one bad article
 * does not cost the others.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<RawLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let n = 0;
  const finish = (): RawLine => {
    n++;
    const line: RawLine = { n };
    if (size > maxLineBytes) {
      line.error = `line ${n}: ${(size / 1024 / 1024).toFixed(1)} MB is more than the ${maxLineBytes / 1024 / 1024} MB one article may have; skipped`;
    } else {
      try {
        const text = decoder.decode(Buffer.concat(parts));
        line.text = n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      } catch {
        line.error = `line ${n}: is not valid UTF-8; skipped`;
      }
    }
    parts = [];
    size = 0;
    return line;
  };
  let first = true;
  for await (const chunk of chunks) {
    // A picture or archive piped in by mistake: one clear refusal rather than a message per "line".
    if (first && chunk.indexOf(0) >= 0)
      throw new InputError('standard input looks like a binary file (it contains NUL bytes), not JSONL.');
    first = false;
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      if (size + nl - from <= maxLineBytes) parts.push(Buffer.from(chunk.subarray(from, nl)));
      size += nl - from;
      yield finish();
      from = nl + 1;
    }
    // Bytes of an over-long line are counted but not kept.
    if (size + chunk.length - from <= maxLineBytes) parts.push(Buffer.from(chunk.subarray(from)));
    size += chunk.length - from;
  }
  if (size > 0) yield finish();
}
