/**
 * Command line face of the engine.
 *   npm run analyze -- FILE [--json] [--date YYYY-MM-DD]   a text or HTML article, for a person (or as JSON)
 *   npm run --silent analyze -- --jsonl < IN > OUT         the batch contract of DESIGN.md
 */
import { analyze } from '../analysis/index';
import { formatReport } from './format';
import { looksLikeHtml } from './html-sniff';
import { InputError, MAX_INPUT_BYTES, readInputFile } from './input';
import { processLine, splitLines } from './jsonl';

const USAGE = `usage:
  npm run analyze -- FILE [--json] [--date YYYY-MM-DD]
  npm run --silent analyze -- --jsonl < articles.jsonl > marks.jsonl`;

interface Args {
  jsonl: boolean;
  json: boolean;
  date?: string;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { jsonl: false, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--jsonl') args.jsonl = true;
    else if (a === '--json') args.json = true;
    else if (a === '--date') {
      const d = argv[++i];
      if (!d || !/^\d{4}-\d{2}-\d{2}/.test(d))
        throw new InputError(`--date needs a date like 2015-07-27, got ${d ?? 'nothing'}.`);
      args.date = d;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}\n${USAGE}`);
    else args.files.push(a);
  }
  return args;
}

/** The happy-dom based reader is loaded only for HTML input. */
async function htmlToArticleText(html: string): Promise<string> {
  const { htmlToArticleText: read } = await import('./html');
  return read(html);
}

/**
 * The batch contract, streamed: each line is read, analysed and written before the next, so a
 * large input never sits in memory whole, and a bad line (not UTF-8, not JSON, no text, too long)
 * is named on stderr while the good lines are still processed. Any bad line makes the exit code 1.
 */
async function runJsonl(): Promise<number> {
  let seen = false;
  let failed = 0;
  const fail = (message: string) => {
    console.error(`analyze: ${message}`);
    failed++;
  };
  for await (const line of splitLines(process.stdin, MAX_INPUT_BYTES)) {
    if (line.error !== undefined) {
      seen = true;
      fail(line.error);
      continue;
    }
    const r = processLine(line.text ?? '', line.n);
    if (r.output !== undefined) process.stdout.write(`${r.output}\n`);
    if (r.error !== undefined) fail(r.error);
    seen ||= r.output !== undefined || r.error !== undefined;
  }
  if (!seen) throw new InputError('standard input is empty; give one {"id", "text"} object per line.');
  return failed ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.jsonl) return runJsonl();
  if (args.files.length === 0) throw new InputError(`no input file.\n${USAGE}`);
  const reports: unknown[] = [];
  for (const file of args.files) {
    const raw = readInputFile(file);
    const text = looksLikeHtml(file, raw) ? await htmlToArticleText(raw) : raw;
    const marks = analyze(text, { date: args.date });
    if (args.json) reports.push({ file, text, marks });
    else console.log(formatReport(file, text, marks));
  }
  if (args.json) console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof InputError) console.error(`analyze: ${err.message}`);
    else console.error(`analyze: unexpected error: ${(err as Error).stack ?? String(err)}`);
    process.exit(err instanceof InputError ? 2 : 1);
  },
);
