import { spawn } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'anl-cli-'));

/**
 * Run the real CLI the way `npm run analyze` does. Asynchronous, so that the tests of a file
 * (each a process start of a second or two) run side by side.
 */
function cli(
  args: string[],
  input?: string | Buffer,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) =>
      done({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }),
    );
    // The CLI may refuse before reading all of its input: a closed pipe is its answer, not a failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

const ARTICLE = 'قال مسؤول حكومي طلب عدم الكشف عن هويته إن الاجتماع تأجل.\nونفت الوزارة هذه الأنباء.';

describe.concurrent('analyze CLI', () => {
  it('prints the marks of the bundled sample article for a person', async () => {
    const r = await cli(['samples/sample-article.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/samples\/sample-article\.txt: \d+ marked sentences/);
    expect(r.out).toContain('denial');
    expect(r.out).toContain('wire credit');
  });

  it('prints JSON with offsets into the text when asked', async () => {
    const file = join(tmp, 'a.txt');
    writeFileSync(file, ARTICLE);
    const r = await cli([file, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as {
      text: string;
      marks: { kind: string; start: number; end: number }[];
    };
    expect(report.text).toBe(ARTICLE);
    const denial = report.marks.find((m) => m.kind === 'denial');
    expect(denial && ARTICLE.slice(denial.start, denial.end)).toBe('ونفت الوزارة هذه الأنباء.');
  });

  it('reads an HTML page through the same extraction as the extension', async () => {
    const file = join(tmp, 'page.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="ar" dir="rtl"><head><title>خبر</title></head><body>
       <nav><a href="/">الرئيسية</a></nav>
       <article><h1>عنوان الخبر</h1><p>ونفت الوزارة <b>هذه</b> الأنباء في بيان.</p><p>وقال شهود عيان إن الطريق أغلق.</p></article>
       <script>document.title = "نفى"</script></body></html>`,
    );
    const r = await cli([file, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { text: string; marks: { kind: string }[] };
    expect(report.text).toContain('ونفت الوزارة هذه الأنباء في بيان.');
    expect(report.text).not.toContain('الرئيسية');
    expect(report.marks.map((m) => m.kind)).toContain('denial');
  });

  it('runs the batch contract and names the bad lines while keeping the good ones', async () => {
    const input = [
      JSON.stringify({ id: 'one', text: ARTICLE }),
      '{not json',
      JSON.stringify({ id: 'two' }),
      JSON.stringify({ id: 'three', text: 'خبر بلا إسناد.' }),
    ].join('\n');
    const r = await cli(['--jsonl'], input);
    expect(r.code).not.toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; marks: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['one', 'three']);
    expect(lines[0]?.marks.length).toBeGreaterThan(0);
    expect(r.err).toContain('line 2: not JSON');
    expect(r.err).toContain('line 3: has no "text"');
  });

  it.each([
    ['a missing file', [join(tmp, 'nope.txt')], /no such file/],
    ['a directory', [tmp], /is a directory/],
    ['an unknown option', ['--frobnicate'], /unknown option/],
    ['no file at all', [], /no input file/],
  ])('refuses %s with a clear message', async (_what, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('refuses binary, non-UTF-8 and empty files', async () => {
    const bin = join(tmp, 'x.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect((await cli([bin])).err).toMatch(/binary/);
    const latin1 = join(tmp, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63]));
    expect((await cli([latin1])).err).toMatch(/not valid UTF-8/);
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '  \n');
    const r = await cli([empty]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is empty/);
    expect((await cli(['--jsonl'], '')).err).toMatch(/standard input is empty/);
  });
});

describe.concurrent('analyze CLI on bad batch input', () => {
  const good = (id: string) => JSON.stringify({ id, text: ARTICLE });
  const ids = (out: string) =>
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);

  it('skips a line that is not UTF-8 and still analyses the lines around it', async () => {
    const input = Buffer.concat([
      Buffer.from(`${good('a')}\n{"id": "b", "text": "caf`),
      Buffer.from([0xe9, 0xff]),
      Buffer.from(`"}\n${good('c')}\n`),
    ]);
    const r = await cli(['--jsonl'], input);
    expect(r.code).toBe(1);
    expect(ids(r.out)).toEqual(['a', 'c']);
    expect(r.err).toContain('line 2: is not valid UTF-8');
  });

  it.each([
    ['an array', '["خبر"]', 'not a JSON object'],
    ['a text that is not a string', '{"id": "x", "text": 42}', 'has no "text"'],
    ['no id', '{"text": "ونفت الوزارة الخبر."}', 'has no "id"'],
    ['a truncated object', '{"id": "x", "text": "ونفت', 'not JSON'],
  ])('names a line with %s and keeps the good ones', async (_what, bad, message) => {
    const r = await cli(['--jsonl'], [good('a'), bad, good('c')].join('\n'));
    expect(r.code).toBe(1);
    expect(ids(r.out)).toEqual(['a', 'c']);
    expect(r.err).toContain(`line 2: ${message}`);
  });

  it('refuses binary data and input that is only blank lines', async () => {
    const bin = await cli(
      ['--jsonl'],
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    );
    expect(bin.code).toBe(2);
    expect(bin.err).toMatch(/binary/);
    expect(bin.out).toBe('');
    const blank = await cli(['--jsonl'], '\n  \n\n');
    expect(blank.code).toBe(2);
    expect(blank.err).toMatch(/standard input is empty/);
  });

  it('refuses a 100 MB file without reading it', async () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024); // sparse: costs no disk, but its size is 100 MB
    const r = await cli([big]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/100\.0 MB is more than the 50 MB/);
  });

  it('skips an article line over the size cap and still processes the next one', async () => {
    const huge = `{"id": "huge", "text": "${'ا'.repeat(26 * 1024 * 1024)}"}`; // 52 MB of UTF-8
    const r = await cli(['--jsonl'], `${good('a')}\n${huge}\n${good('c')}\n`);
    expect(r.code).toBe(1);
    expect(ids(r.out)).toEqual(['a', 'c']);
    expect(r.err).toMatch(/line 2: 52\.0 MB is more than the 50 MB one article may have/);
  });
});
