/** The words of a sentence's tooltip: one section per kind, in the reader's language. */
import type { Mark } from '../analysis/types';
import { outletById, outletLink } from '../analysis/outlets';
import type { TooltipContent, TooltipSection } from '../overlay/tooltip';
import type { Translator } from './i18n';

function section(mark: Mark, tr: Translator): TooltipSection {
  const lines = [{ label: tr.t('label_cue'), value: mark.cue.text }];
  if (mark.source) {
    const count = mark.count !== undefined ? ` — ${mark.count}` : '';
    lines.push({ label: tr.t('label_source'), value: `${mark.source}${count}` });
  } else if (mark.count !== undefined) {
    lines.push({ label: tr.t('label_count'), value: String(mark.count) });
  }
  const links: TooltipSection['links'] = [];
  for (const id of mark.outlets ?? []) {
    const outlet = outletById(id);
    const name = outlet?.english ?? id;
    lines.push({ label: tr.t('label_outlet'), value: name });
    links.push({ text: `${tr.t('link_original')} ${name}`, href: outletLink(id) });
  }
  return { kind: mark.kind, title: tr.t(`kind_${mark.kind}`), lines, links };
}

export function tooltipContent(marks: readonly Mark[], tr: Translator): TooltipContent {
  return {
    lang: tr.language,
    dir: tr.language === 'ar' ? 'rtl' : 'ltr',
    sections: marks.map((m) => section(m, tr)),
  };
}
