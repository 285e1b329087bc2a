/** The CLI's human-readable report: one block per marked sentence, its kinds and cues. */
import type { Mark, MarkKind } from '../analysis/types';

const LABEL: Record<MarkKind, string> = {
  anonymous: 'unnamed source',
  denial: 'denial',
  no_comment: 'no comment',
  wire: 'wire credit',
};

const oneLine = (s: string, max = 160) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function describe(mark: Mark): string {
  const parts = [`${LABEL[mark.kind]}: «${mark.cue.text}»`];
  if (mark.source && mark.source !== mark.cue.text) parts.push(`source «${mark.source}»`);
  if (mark.count !== undefined) parts.push(`count ${mark.count}`);
  if (mark.outlets?.length) parts.push(`outlet ${mark.outlets.join(', ')}`);
  const lines = [`    ${parts.join(' · ')}`];
  for (const link of mark.links ?? []) lines.push(`      ${link.kind}: ${link.url}`);
  return lines.join('\n');
}

/** Render the marks of `text` for a person reading a terminal. */
export function formatReport(name: string, text: string, marks: readonly Mark[]): string {
  const bySentence = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.start}:${m.end}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  const counts = new Map<MarkKind, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const summary = [...counts].map(([k, n]) => `${LABEL[k]} ${n}`).join(', ');
  const out = [
    `${name}: ${bySentence.size} marked sentence${bySentence.size === 1 ? '' : 's'}${summary ? ` (${summary})` : ''}`,
  ];
  let n = 0;
  for (const group of bySentence.values()) {
    const first = group[0] as Mark;
    out.push('', `[${++n}] ${first.start}–${first.end}  ${oneLine(text.slice(first.start, first.end))}`);
    for (const m of group) out.push(describe(m));
  }
  return out.join('\n');
}
