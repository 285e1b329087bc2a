import { describe, expect, it, vi } from 'vitest';
import { findMarks } from '../analysis/engine';
import { readerHost } from '../background/reader';
import type { ToReader } from '../shared/read-port';
import { BackgroundPort, readInBackground, UNAVAILABLE } from './background-reading';
import { loadLinkBuilder, loadLocalLinkBuilder } from './links';
import { analyseSliced } from './sliced-analysis';
import type { Progress } from './slices';

// Our own article: a source introduced in one paragraph and taken up in the next, a denial, a
// non-response and a wire credit.
const ARTICLE = [
  'قال مصدر دبلوماسي مطلع طلب عدم الكشف عن هويته إن المحادثات ستستأنف في الدوحة.',
  'وأضاف المصدر أن الوفدين اتفقا على جدول الأعمال.',
  'ونفت وزارة الخارجية في بيان وجود أي وساطة جديدة.',
  'ولم يرد المتحدث باسم الحكومة على طلب للتعليق.',
  'وذكرت وكالة رويترز أن الجولة المقبلة قد تعقد الشهر المقبل.',
].join('\n');

type Listener = (message: unknown) => void;

/**
 * A runtime whose `connect` gives a port to a background that answers with `answer` (by default
 * the real reader host), a message at a time and cloned, as a browser's port delivers them.
 * (A browser's port cannot run here; the end-to-end tests read through the real one.)
 */
function runtimeWith(answer: (message: unknown) => unknown = readerHost(), { dropAtOnce = false } = {}) {
  const sent: ToReader[] = [];
  let disconnected = false;
  const onMessage: Listener[] = [];
  const onDisconnect: (() => void)[] = [];
  const runtime = {
    id: 'test-extension',
    connect() {
      if (dropAtOnce)
        setTimeout(() => {
          for (const l of onDisconnect) l();
        }, 0);
      return {
        postMessage(message: ToReader) {
          sent.push(message);
          const reply = answer(structuredClone(message));
          if (reply !== undefined)
            setTimeout(() => {
              for (const l of onMessage) l(structuredClone(reply));
            }, 0);
        },
        disconnect() {
          disconnected = true;
        },
        onMessage: { addListener: (l: Listener) => onMessage.push(l) },
        onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
      };
    },
  };
  return { scope: { chrome: { runtime } }, sent, disconnected: () => disconnected };
}

const sync = { pause: () => Promise.resolve() };

/** More text above the article than the background reads in one request. */
const LONG = 'وعقد المجلس البلدي اجتماعه الدوري لمناقشة ميزانية العام المقبل.\n'.repeat(400) + ARTICLE;

describe('reading in the background', () => {
  it('gives exactly what the engine in the page gives, sending the text once and closing the port', async () => {
    const { scope, sent, disconnected } = runtimeWith();
    const read = await readInBackground(LONG, sync, scope);
    const inPage = await analyseSliced(LONG, sync);
    expect(read).toEqual(inPage);
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(LONG));
    expect(sent.filter((m) => m.type === 'text')).toHaveLength(1);
    expect(sent.filter((m) => m.type === 'read').length).toBeGreaterThan(1);
    expect(disconnected()).toBe(true);
  });

  it('asks for the next piece of a long text before the answer about the one before it comes', async () => {
    const host = readerHost();
    let answered = 0;
    /** For each read request, how many answers had come when it left. */
    const answeredAtEachRead: number[] = [];
    const { scope, sent } = runtimeWith((message) => {
      const reply = host(message);
      if ((message as ToReader).type === 'read') {
        answeredAtEachRead.push(answered);
        // (Counted a task before the port delivers it, as the reply goes out after this returns.)
        setTimeout(() => answered++, 0);
      }
      return reply;
    });
    const huge = `${LONG}\n${LONG}\n${LONG}`;
    const read = await readInBackground(huge, sync, scope);
    const reads = sent.filter((m) => m.type === 'read');
    expect(reads.length).toBeGreaterThan(3);
    // One request ahead: the k-th piece (from 0) leaves when k − 1 answers have come, not k.
    expect(answeredAtEachRead.slice(1)).toEqual(answeredAtEachRead.slice(1).map((_, k) => k));
    // The pieces still follow one another, and the whole is what one reading finds.
    expect(reads.slice(1).map((m) => m.type === 'read' && m.from)).toEqual(
      reads.slice(0, -1).map((m) => m.type === 'read' && m.to),
    );
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(huge));
  });

  it('reads an article that fits in one request at once, without measuring the screen', async () => {
    const { scope, sent } = runtimeWith();
    let measured = 0;
    const read = await readInBackground(
      ARTICLE,
      {
        ...sync,
        viewport: () => {
          measured++;
          return { from: 0, to: 40 };
        },
        onProgress: () => true,
      },
      scope,
    );
    expect(sent.filter((m) => m.type === 'read')).toEqual([
      expect.objectContaining({ from: 0, to: ARTICLE.length }),
    ]);
    expect(measured).toBe(0);
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(ARTICLE));
  });

  it("asks for an ordinary article's top and the rest at once, and tells the top's marks first", async () => {
    const { scope, sent } = runtimeWith();
    const medium = `${ARTICLE}\n${'وعقد المجلس البلدي اجتماعه الدوري لمناقشة ميزانية العام المقبل.\n'.repeat(60)}${ARTICLE}`;
    const told: Progress[] = [];
    let readsAtFirstTelling = -1;
    const read = await readInBackground(
      medium,
      {
        ...sync,
        viewport: () => ({ from: 0, to: 100 }),
        onProgress: (p) => {
          if (readsAtFirstTelling < 0) readsAtFirstTelling = sent.filter((m) => m.type === 'read').length;
          told.push({ ...p, marks: [...p.marks] });
          return true;
        },
      },
      scope,
    );
    expect(sent.filter((m) => m.type === 'read')).toHaveLength(2);
    // Both requests had left when the first answer came.
    expect(readsAtFirstTelling).toBe(2);
    // The top's marks were told before the end; the whole is what one reading finds.
    expect(told).toHaveLength(1);
    expect(told[0]?.marks.map((m) => m.kind)).toEqual(expect.arrayContaining(['anonymous', 'denial']));
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(medium));
  });

  it('reads the first screenful of a longer text in one request, so it is painted after one answer', async () => {
    const { scope, sent } = runtimeWith();
    const to = 3_000;
    const told: Progress[] = [];
    const read = await readInBackground(
      LONG,
      {
        ...sync,
        viewport: () => ({ from: 0, to }),
        onProgress: (p) => {
          told.push({ ...p, ahead: [...p.ahead], marks: [...p.marks] });
          return true;
        },
      },
      scope,
    );
    const reads = sent.filter((m) => m.type === 'read');
    expect(reads[0]).toMatchObject({ from: 0 });
    expect((reads[0] as { to: number }).to).toBeGreaterThanOrEqual(to);
    // The first progress told is past the screen's end.
    expect(told[0]?.readTo).toBeGreaterThanOrEqual(to);
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(LONG));
  });

  it('reads the viewport first when it lies further down, then the whole text in order', async () => {
    const { scope } = runtimeWith();
    const from = LONG.indexOf('ولم يرد');
    const told: Progress[] = [];
    const read = await readInBackground(
      LONG,
      {
        ...sync,
        viewport: { from, to: LONG.length },
        onProgress: (p) => {
          told.push({ ...p, ahead: [...p.ahead], marks: [...p.marks] });
          return true;
        },
      },
      scope,
    );
    // The viewport's non-response was told before the in-order reading reached it.
    const early = told.find((p) => p.readTo <= from && p.ahead.some((m) => m.kind === 'no_comment'));
    expect(early).toBeDefined();
    expect(read !== UNAVAILABLE && read?.marks).toEqual(findMarks(LONG));
  });

  it('is unavailable without an extension runtime, when the background is not there, or when it refuses', async () => {
    expect(await readInBackground(ARTICLE, sync, {})).toBe(UNAVAILABLE);
    const gone = runtimeWith(() => undefined, { dropAtOnce: true });
    expect(await readInBackground(ARTICLE, sync, gone.scope)).toBe(UNAVAILABLE);
    const refusing = runtimeWith((m) =>
      (m as ToReader).type === 'read' ? { type: 'refused', id: (m as { id: number }).id } : undefined,
    );
    expect(await readInBackground(ARTICLE, sync, refusing.scope)).toBe(UNAVAILABLE);
    expect(refusing.disconnected()).toBe(true);
  });

  it('gives up when cancelled (a newer reading), closing the port', async () => {
    const { scope, disconnected } = runtimeWith();
    let reads = 0;
    const read = await readInBackground(LONG, { ...sync, sliceMs: 0, cancelled: () => ++reads > 1 }, scope);
    expect(read).toBeNull();
    expect(disconnected()).toBe(true);
  });
});

describe("a wire mark's links from the background", () => {
  const wire = () => {
    const mark = findMarks(ARTICLE).find((m) => m.kind === 'wire');
    if (!mark) throw new Error('the article has a wire credit');
    return mark;
  };
  const options = { title: 'جولة محادثات جديدة', date: '2026-11-30', engine: 'duckduckgo' as const };

  it('are those the builder in the page works out', async () => {
    const { scope } = runtimeWith();
    const port = BackgroundPort.open(ARTICLE, scope);
    const local = await loadLocalLinkBuilder();
    const expected = await local.linksForMark(ARTICLE, wire(), options);
    expect(expected.length).toBeGreaterThan(0);
    expect(await port?.links(wire(), options)).toEqual(expected);
    port?.close();
  });

  it("come from the page's own builder when the background is gone, and the text is sent once per port", async () => {
    const local = await loadLocalLinkBuilder();
    const expected = await local.linksForMark(ARTICLE, wire(), options);
    const gone = runtimeWith(() => undefined, { dropAtOnce: true });
    expect(await (await loadLinkBuilder(gone.scope)).linksForMark(ARTICLE, wire(), options)).toEqual(
      expected,
    );
    const up = runtimeWith();
    const builder = await loadLinkBuilder(up.scope);
    await builder.linksForMark(ARTICLE, wire(), options);
    await builder.linksForMark(ARTICLE, wire(), { ...options, engine: 'bing' });
    expect(up.sent.filter((m) => m.type === 'text')).toHaveLength(1);
    expect(up.sent.filter((m) => m.type === 'links')).toHaveLength(2);
  });
  it('keep one port while marks are asked for, and let it go only once none has been for a while', async () => {
    vi.useFakeTimers();
    try {
      const up = runtimeWith();
      const builder = await loadLinkBuilder(up.scope);
      const ask = async () => {
        const links = builder.linksForMark(ARTICLE, wire(), options);
        await vi.advanceTimersByTimeAsync(1);
        return links;
      };
      // Two marks asked for together, then more, each within the idle time of the one before.
      await Promise.all([ask(), ask()]);
      await vi.advanceTimersByTimeAsync(9_000);
      await ask();
      await vi.advanceTimersByTimeAsync(3_000);
      await ask();
      expect(up.sent.filter((m) => m.type === 'text')).toHaveLength(1);
      expect(up.disconnected()).toBe(false);
      await vi.advanceTimersByTimeAsync(11_000);
      expect(up.disconnected()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
