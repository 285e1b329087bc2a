import { describe, expect, it } from 'vitest';
import { findMarks } from '../analysis/engine';
import { pieceEnd } from '../analysis/pieces';
import type { FromReader } from '../shared/read-port';
import { readerHost } from './reader';

// Our own text: an unnamed source in one paragraph, taken up by `وأضاف المصدر` in the next.
const TEXT = [
  'قال مسؤول أمني طلب عدم نشر اسمه إن الحدود ستغلق مساء الخميس.',
  'وأضاف المسؤول أن القرار اتخذ بعد اجتماع طارئ.',
  'ونفت وزارة النقل في بيان ما تداولته صحف محلية عن إلغاء الرحلات.',
  'ولم ترد الشركة المشغلة على طلب للتعليق.',
].join('\n');

/** Every piece of `text` asked for in order by one reader: the host's answers. */
function readAll(host: ReturnType<typeof readerHost>, text: string, size: number, reader = 0): FromReader[] {
  const answers: FromReader[] = [];
  for (let at = 0, id = 0; at < text.length; id++) {
    const to = pieceEnd(text, at, size);
    const answer = host({ type: 'read', id, reader, from: at, to });
    if (answer) answers.push(answer);
    at = to;
  }
  return answers;
}

describe("the background's reading of a page's text", () => {
  it('answers every piece with its marks: together exactly those of one reading, memory carried', () => {
    const host = readerHost();
    expect(host({ type: 'text', text: TEXT })).toBeUndefined();
    const answers = readAll(host, TEXT, 70);
    expect(answers.length).toBeGreaterThanOrEqual(4);
    expect(answers.map((a) => a.id)).toEqual(answers.map((_, i) => i));
    const marks = answers.flatMap((a) => (a.type === 'marks' ? a.marks : []));
    expect(marks).toEqual(findMarks(TEXT));
    // Anonymous only because the piece before introduced the official.
    expect(marks.find((m) => m.start === TEXT.indexOf('وأضاف'))?.kind).toBe('anonymous');
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['anonymous', 'denial', 'no_comment']));
  });

  it('keeps each reader apart: a second reader starting mid-text has no memory of the first', () => {
    const host = readerHost();
    host({ type: 'text', text: TEXT });
    readAll(host, TEXT, 70, 0);
    const from = TEXT.indexOf('وأضاف');
    const ahead = host({ type: 'read', id: 99, reader: 1, from, to: TEXT.indexOf('\n', from) + 1 });
    // Read alone, the follow-up names no source: no mark.
    expect(ahead).toEqual({ type: 'marks', id: 99, marks: [], failures: 0 });
  });

  it('refuses a piece before the text, out of order or past its end, and ignores what is no request', () => {
    const host = readerHost();
    expect(host({ type: 'read', id: 0, reader: 0, from: 0, to: 5 })).toEqual({ type: 'refused', id: 0 });
    host({ type: 'text', text: TEXT });
    expect(host({ type: 'read', id: 1, reader: 0, from: 0, to: TEXT.length + 1 })).toEqual({
      type: 'refused',
      id: 1,
    });
    expect(host({ type: 'read', id: 2, reader: 0, from: 0, to: 20 })?.type).toBe('marks');
    // The reader's next piece starts at 20: anything else would read without the memory before it.
    expect(host({ type: 'read', id: 3, reader: 0, from: 40, to: 60 })).toEqual({ type: 'refused', id: 3 });
    expect(host({ type: 'read', id: -1, reader: 0, from: 20, to: 30 })).toBeUndefined();
    expect(host('read')).toBeUndefined();
    expect(host({ type: 'text', text: 5 })).toBeUndefined();
  });
});
