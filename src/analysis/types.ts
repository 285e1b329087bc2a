/** The four things the extension marks; their meaning is fixed by ANNOTATION.md. */
export type MarkKind = 'anonymous' | 'denial' | 'no_comment' | 'wire';

export const MARK_KINDS: readonly MarkKind[] = ['anonymous', 'denial', 'no_comment', 'wire'];

/** A half-open span of JavaScript string indices into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A link from a wire mark to the original report (or the closest search for it). */
export interface OutletLink {
  outlet: string;
  url: string;
  kind: 'page' | 'site-search' | 'web-search';
  query?: string;
}

export interface Mark {
  kind: MarkKind;
  /** The marked sentence (or the claim's clause), never across sentences. */
  start: number;
  end: number;
  /** The words that triggered the mark. */
  cue: Span & { text: string };
  /** The source as the article describes it, e.g. `3 مصادر تابعة للميليشيات`. */
  source?: string;
  /** How many sources, where the text says (`مصدرين` → 2). */
  count?: number;
  /** Canonical outlet ids, for `wire`. */
  outlets?: string[];
  /** Links to the original report, for `wire`. */
  links?: OutletLink[];
  /** A short English explanation of why this was marked (for logs and the CLI). */
  explanation?: string;
}
