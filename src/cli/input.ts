/**
 * Reading the CLI's input with clear refusals: a missing file, a directory, a binary or
 * non-UTF-8 file, an empty file, or one too large to analyse in one go.
 */
import { readFileSync, statSync } from 'node:fs';

/** Larger inputs are refused rather than analysed for minutes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

/** Decode bytes as UTF-8, refusing binary data and invalid sequences. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      `${name}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_INPUT_BYTES / 1024 / 1024} MB this tool analyses at once; split it into articles.`,
    );
  }
  if (bytes.indexOf(0) >= 0)
    throw new InputError(`${name}: looks like a binary file (it contains NUL bytes), not text or HTML.`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(`${name}: is not valid UTF-8 text; save it as UTF-8 and try again.`);
  }
}

/** Read a text or HTML file the user named. */
export function readInputFile(path: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${path}: no such file.`);
  }
  if (stat.isDirectory()) throw new InputError(`${path}: is a directory; give a text or HTML file.`);
  if (stat.size > MAX_INPUT_BYTES) {
    throw new InputError(
      `${path}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is more than the ${MAX_INPUT_BYTES / 1024 / 1024} MB this tool analyses at once; split it into articles.`,
    );
  }
  const text = decodeText(readFileSync(path), path);
  if (text.trim() === '') throw new InputError(`${path}: is empty; there is nothing to analyse.`);
  return text;
}
