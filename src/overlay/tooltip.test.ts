// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_TAG, isOverlayNode } from './host';
import { createTooltip, type TooltipContent } from './tooltip';

const anchor = { getBoundingClientRect: () => new DOMRect(10, 10, 100, 20) };

const content: TooltipContent = {
  lang: 'en',
  dir: 'ltr',
  sections: [
    {
      kind: 'wire',
      title: 'Credited to a news outlet',
      lines: [{ label: 'Cue', value: '<img src=x onerror="alert(1)">' }],
      links: [{ text: 'Original report at Reuters', href: 'https://www.reuters.com/' }],
    },
    { kind: 'anonymous', title: 'Unnamed source', lines: [], links: [] },
  ],
};

afterEach(() => {
  document.documentElement.querySelector(HOST_TAG)?.remove();
});

describe('tooltip', () => {
  it('lives in one open shadow root outside the article, with role="tooltip"', () => {
    document.body.innerHTML = '<article><p>نص</p></article>';
    const tip = createTooltip(document);
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement).toBe(document.documentElement);
    expect(hosts[0]?.shadowRoot?.querySelector('[role="tooltip"]')).toBe(tip.element);
    expect(document.querySelector('article')?.innerHTML).toBe('<p>نص</p>');
    expect(isOverlayNode(tip.element)).toBe(true);
    expect(isOverlayNode(document.body)).toBe(false);
  });

  it('shows every kind of the sentence, a link for wire, and page text only as text', () => {
    const tip = createTooltip(document);
    tip.show(anchor, content);
    expect(tip.isOpen()).toBe(true);
    expect(tip.element.textContent).toContain('Credited to a news outlet');
    expect(tip.element.textContent).toContain('Unnamed source');
    expect(tip.element.querySelector('img')).toBeNull();
    expect(tip.element.textContent).toContain('<img src=x');
    expect(tip.element.querySelector('a')?.getAttribute('href')).toBe('https://www.reuters.com/');
    expect(tip.element.querySelector('a')?.getAttribute('rel')).toContain('noopener');
  });

  it('is right-to-left in Arabic and closes on hide', () => {
    const tip = createTooltip(document);
    tip.show(anchor, { ...content, lang: 'ar', dir: 'rtl' });
    expect(tip.element.dir).toBe('rtl');
    expect(tip.element.lang).toBe('ar');
    tip.hide();
    expect(tip.isOpen()).toBe(false);
    expect(tip.anchor()).toBeNull();
  });
});
