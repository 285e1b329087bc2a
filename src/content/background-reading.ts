/**
 * The page's text read by the engine in the background (background/reader.ts, over the port of
 * shared/read-port.ts), in the same slices and order as an engine in the page would read it
 * (slices.ts): the page's main thread reads the page and paints, and loads no engine. Any failure
 * of the port (no background, the extension reloaded, a refused piece, no answer) is reported as
 * `unavailable`, and the caller reads with the engine in the page instead.
 */
import type { LinkOptions } from '../analysis/links';
import { capEnd, pieceEnd } from '../analysis/pieces';
import type { Mark, OutletLink } from '../analysis/types';
import { type FromReader, isFromReader, READ_PORT, type ToReader } from '../shared/read-port';
import { type BarePort, type BareRuntime, bareRuntime } from './bare-runtime';
import { TEXT_CAP } from './text-cap';
import {
  type Analysis,
  FIRST_PIECE_CHARS,
  PIECE_CHARS,
  type PieceReader,
  readInSlices,
  type SlicedOptions,
  viewportOf,
} from './slices';

/** Without an answer this long, the background is taken to be gone (it answers in milliseconds). */
const ANSWER_MS = 5_000;
/**
 * After the first screenful, pieces this long: each is a message each way, and the page does no
 * work while the background reads.
 */
const BACKGROUND_PIECE_CHARS = 8 * PIECE_CHARS;

/** The top of an ordinary article asked for first: a screen or two of text. */
const TOP_CHARS = PIECE_CHARS;

export const UNAVAILABLE = 'unavailable';

interface Pending {
  resolve(answer: FromReader): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** One port to the background: the text sent once, then pieces of it read, or a mark's links. */
export class BackgroundPort {
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private nextReader = 0;
  private closed = false;

  private constructor(
    private readonly port: BarePort,
    runtime: BareRuntime,
    readonly text: string,
  ) {
    port.onMessage.addListener((message) => this.answer(message));
    port.onDisconnect.addListener(() => {
      // Read, so that Chromium does not report it as unchecked.
      void runtime.lastError;
      this.fail(new Error('the background closed the port'));
    });
    port.postMessage({ type: 'text', text } satisfies ToReader);
  }

  /** A port for `text`; null outside an extension or where the runtime cannot connect. */
  static open(text: string, scope: object = globalThis): BackgroundPort | null {
    const runtime = bareRuntime(scope);
    if (!runtime?.id || !runtime.connect) return null;
    try {
      return new BackgroundPort(runtime.connect({ name: READ_PORT }), runtime, text);
    } catch {
      return null;
    }
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private answer(message: unknown): void {
    if (!isFromReader(message)) return;
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.type === 'refused') waiting.reject(new Error('the background refused a request'));
    else waiting.resolve(message);
  }

  private fail(error: Error): void {
    this.closed = true;
    for (const waiting of this.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    this.pending.clear();
  }

  /** Sends the request made with the next id; resolves with its answer. */
  private ask(request: (id: number) => ToReader): Promise<FromReader> {
    return new Promise<FromReader>((resolve, reject) => {
      if (this.closed) {
        reject(new Error('the port is closed'));
        return;
      }
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(new Error('the background did not answer')), ANSWER_MS);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.port.postMessage(request(id) satisfies ToReader);
      } catch (error) {
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** A reader of the text, its memory carried from piece to piece (in the background). */
  reader(): PieceReader {
    const reader = this.nextReader++;
    let failures = 0;
    return {
      read: async (from, to) => {
        const answer = await this.ask((id) => ({ type: 'read', id, reader, from, to }));
        if (answer.type !== 'marks') throw new Error('the background answered something else');
        failures = answer.failures;
        return answer.marks;
      },
      get failures() {
        return failures;
      },
    };
  }

  /** The links of a wire mark of the text. */
  async links(mark: Mark, options: LinkOptions): Promise<OutletLink[]> {
    const answer = await this.ask((id) => ({ type: 'links', id, mark, options }));
    if (answer.type !== 'links') throw new Error('the background answered something else');
    return answer.links;
  }

  close(): void {
    if (this.closed) return;
    this.fail(new Error('the port is closed'));
    try {
      this.port.disconnect();
    } catch {
      // Already gone with the extension.
    }
  }
}

/** The end of the line holding the character before `at` (a piece ends at a line's end). */
function lineEnd(text: string, at: number): number {
  if (at <= 0) return 0;
  const newline = text.indexOf('\n', at - 1);
  return newline < 0 ? text.length : newline + 1;
}

/**
 * A text that fits in one request (an ordinary article): its top and the rest asked for at once,
 * both before any answer (a message each way costs tens of milliseconds while a page loads), and
 * without measuring the screen (that may lay the page out): the top's marks are told as soon as
 * they come (a background just started reads slowly), the rest follows with no second wait.
 */
async function readAtOnce(
  text: string,
  end: number,
  connection: BackgroundPort,
  { onProgress, cancelled = () => false }: SlicedOptions,
): Promise<Analysis | null> {
  const reader = connection.reader();
  const split = end > TOP_CHARS ? pieceEnd(text, 0, TOP_CHARS) : end;
  const top = reader.read(0, split);
  const rest = split < end ? reader.read(split, end) : null;
  const marks = [...(await top)];
  if (cancelled()) return null;
  if (rest) {
    onProgress?.({ marks, readTo: split, ahead: [], aheadSpan: null });
    marks.push(...(await rest));
    if (cancelled()) return null;
  }
  return { marks, failures: reader.failures, analysed: end, total: text.length };
}

/**
 * `text` read by the background's engine, as `analyseSliced` would read it in the page: the
 * analysis, null when cancelled, or UNAVAILABLE when the background could not read it.
 */
export async function readInBackground(
  text: string,
  options: SlicedOptions,
  scope: object = globalThis,
): Promise<Analysis | null | typeof UNAVAILABLE> {
  const connection = BackgroundPort.open(text, scope);
  if (!connection) return UNAVAILABLE;
  try {
    const pieceChars = Math.max(options.pieceChars ?? PIECE_CHARS, BACKGROUND_PIECE_CHARS);
    const end = capEnd(text, options.cap ?? TEXT_CAP);
    if (end <= pieceChars) return await readAtOnce(text, end, connection, options);
    // A longer text: the first screenful in one request (small first pieces are for an engine in
    // the page; the background's is set up), the viewport's text first where it lies further down.
    const viewport = viewportOf(options);
    const firstPieceChars = Math.min(
      pieceChars,
      Math.max(options.firstPieceChars ?? FIRST_PIECE_CHARS, lineEnd(text, viewport?.to ?? 0)),
    );
    return await readInSlices(
      text,
      { ...options, pieceChars, firstPieceChars, viewport },
      { reader: () => connection.reader() },
    );
  } catch {
    return UNAVAILABLE;
  } finally {
    connection.close();
  }
}
