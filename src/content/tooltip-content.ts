/** The words of a sentence's tooltip: one section per kind, in the reader's language. */
import { outletById, outletLink, replaceQuery } from '../analysis/outlet-links';
import type { Mark, OutletLink } from '../analysis/types';
import type { TooltipContent, TooltipLine, TooltipLink, TooltipSection } from '../overlay/tooltip';
import { ENGINE_NAMES, type SearchEngine } from '../shared/settings';
import type { Translator } from './i18n';

/** A wire mark's links once worked out (undefined while they are being built; [] if they cannot be). */
export type LinksOf = (mark: Mark) => OutletLink[] | undefined;

export interface WireView {
  linksOf: LinksOf;
  engine: SearchEngine;
}

/** The primary link (the article's own, else the outlet's search, else the web), then the web search. */
function outletLinks(id: string, name: string, links: readonly OutletLink[], view: WireView, tr: Translator) {
  const own = links.filter((l) => l.outlet === id);
  const site = outletById(id)?.site ?? id;
  const web = own.find((l) => l.kind === 'web-search');
  const primary = own.find((l) => l.kind === 'page') ?? own.find((l) => l.kind === 'site-search') ?? web;
  const out: TooltipLink[] = [];
  // A search link follows the query the reader edits in the tooltip.
  const rebuild = (l: OutletLink) => (query: string) => replaceQuery(l.url, l.query ?? '', query);
  const webLink = (l: OutletLink): TooltipLink => ({
    text: `${tr.t('link_web_search')} ${site} (${ENGINE_NAMES[view.engine]})`,
    href: l.url,
    rebuild: rebuild(l),
  });
  if (primary?.kind === 'page') {
    out.push({ text: `${tr.t('link_original')} ${name}`, href: primary.url, note: tr.t('link_page_note') });
  } else if (primary?.kind === 'site-search') {
    out.push({ text: `${tr.t('link_site_search')} ${name}`, href: primary.url, rebuild: rebuild(primary) });
  }
  if (web) out.push(webLink(web));
  // The builder could not run: the outlet's own site is still one click from the report.
  if (out.length === 0) out.push({ text: `${tr.t('link_original')} ${name}`, href: outletLink(id) });
  return out;
}

function wireDetails(mark: Mark, view: WireView, tr: Translator): Partial<TooltipSection> {
  const ids = mark.outlets ?? [];
  const links = view.linksOf(mark);
  if (!links) return { links: [] };
  const out: TooltipLink[] = [];
  for (const id of ids) out.push(...outletLinks(id, outletById(id)?.english ?? id, links, view, tr));
  if (links.length === 0) return { links: out };
  // One query per language (English for the agencies, Arabic for Arabic-language outlets).
  const queries = [...new Set(links.map((l) => l.query?.trim() ?? ''))];
  const after: TooltipLine[] = queries.map((q) => ({
    label: tr.t('label_searched'),
    value: q || tr.t('searched_none'),
  }));
  const first = queries.find((q) => q !== '');
  const copy = first ? { label: tr.t('copy_query'), done: tr.t('copied'), value: first } : undefined;
  // One language's query is editable (with two, each outlet keeps its own and nothing is edited).
  const query = queries.length === 1 ? { label: tr.t('edit_query'), value: queries[0] ?? '' } : undefined;
  return { links: out, after, ...(query ? { query } : {}), ...(copy ? { copy } : {}) };
}

function section(mark: Mark, tr: Translator, view?: WireView): TooltipSection {
  const lines = [{ label: tr.t('label_cue'), value: mark.cue.text }];
  if (mark.source) {
    const count = mark.count !== undefined ? ` — ${mark.count}` : '';
    lines.push({ label: tr.t('label_source'), value: `${mark.source}${count}` });
  } else if (mark.count !== undefined) {
    lines.push({ label: tr.t('label_count'), value: String(mark.count) });
  }
  for (const id of mark.outlets ?? []) {
    lines.push({ label: tr.t('label_outlet'), value: outletById(id)?.english ?? id });
  }
  const base: TooltipSection = { kind: mark.kind, title: tr.t(`kind_${mark.kind}`), lines, links: [] };
  if (mark.kind !== 'wire' || !mark.outlets?.length) return base;
  // Without a link builder (a caller that has none) the outlet's own site is the link.
  const details = view
    ? wireDetails(mark, view, tr)
    : {
        links: mark.outlets.map((id) => ({
          text: `${tr.t('link_original')} ${outletById(id)?.english ?? id}`,
          href: outletLink(id),
        })),
      };
  return { ...base, ...details };
}

export function tooltipContent(marks: readonly Mark[], tr: Translator, view?: WireView): TooltipContent {
  return {
    lang: tr.language,
    dir: tr.language === 'ar' ? 'rtl' : 'ltr',
    sections: marks.map((m) => section(m, tr, view)),
  };
}
