// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('shows only http(s) links, opened apart from the page, with their note and the lines after them', () => {
    const tip = createTooltip(document);
    tip.show(anchor, {
      lang: 'en',
      dir: 'ltr',
      sections: [
        {
          kind: 'wire',
          title: 'Credited to a news outlet',
          lines: [],
          links: [
            { text: 'bad', href: 'javascript:alert(1)' },
            { text: 'data', href: 'data:text/html,<b>x</b>' },
            { text: 'not a url', href: 'reuters dot com' },
            {
              text: 'Original report',
              href: 'https://www.reuters.com/world/a-1/',
              note: 'linked by the article',
            },
            { text: 'Web search', href: 'http://duckduckgo.com/?q=site%3Areuters.com' },
          ],
          after: [{ label: 'Searched for', value: 'Iraq sanctions' }],
        },
      ],
    });
    const links = [...tip.element.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Original report', 'Web search']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(tip.element.textContent).toContain('(linked by the article)');
    const text = tip.element.textContent ?? '';
    expect(text.indexOf('Searched for: Iraq sanctions')).toBeGreaterThan(text.indexOf('Web search'));
  });

  it('copies the query on a click and says so', async () => {
    const tip = createTooltip(document);
    tip.show(anchor, {
      ...content,
      sections: [
        {
          kind: 'wire',
          title: 'Credited',
          lines: [],
          links: [],
          copy: { label: 'Copy query', done: 'Copied', value: 'Kataib Hezbollah Baghdad' },
        },
      ],
    });
    const button = tip.element.querySelector('button');
    expect(button?.textContent).toBe('Copy query');
    button?.click();
    await vi.waitFor(() => expect(button?.textContent).toBe('Copied'));
    expect(await navigator.clipboard.readText()).toBe('Kataib Hezbollah Baghdad');
  });

  it('lets the reader edit the query: the search links and the searched-for line follow, the copy takes it, Enter follows', async () => {
    const tip = createTooltip(document);
    const rebuild = (q: string) => `https://www.reuters.com/site-search/?query=${encodeURIComponent(q)}`;
    tip.show(anchor, {
      ...content,
      sections: [
        {
          kind: 'wire',
          title: 'Credited',
          lines: [],
          links: [
            { text: 'Original', href: 'https://www.reuters.com/world/story-1/' },
            { text: 'Search Reuters', href: rebuild('Iraq militias'), rebuild },
          ],
          after: [{ label: 'Searched for', value: 'Iraq militias' }],
          query: { label: 'Edit the search words', value: 'Iraq militias' },
          copy: { label: 'Copy query', done: 'Copied', value: 'Iraq militias' },
        },
      ],
    });
    const input = tip.element.querySelector('input');
    expect(input?.getAttribute('aria-label')).toBe('Edit the search words');
    expect(input?.value).toBe('Iraq militias');
    const [original, search] = [...tip.element.querySelectorAll('a')];
    if (!input || !search) throw new Error('no query field or search link');
    input.value = 'Taeb <b>Iraq</b>';
    input.dispatchEvent(new Event('input'));
    expect(search.getAttribute('href')).toBe(rebuild('Taeb <b>Iraq</b>'));
    // A link that is not a search (the article's own) keeps its address.
    expect(original?.getAttribute('href')).toBe('https://www.reuters.com/world/story-1/');
    expect(tip.element.textContent).toContain('Searched for: Taeb <b>Iraq</b>');
    expect(tip.element.querySelector('b')).toBeNull();
    tip.element.querySelector('button')?.click();
    await vi.waitFor(async () => expect(await navigator.clipboard.readText()).toBe('Taeb <b>Iraq</b>'));
    const followed = vi.fn((e: Event) => e.preventDefault());
    search.addEventListener('click', followed);
    const keydown = vi.fn();
    document.addEventListener('keydown', keydown);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    document.removeEventListener('keydown', keydown);
    expect(followed).toHaveBeenCalledTimes(1);
    expect(keydown).not.toHaveBeenCalled();
  });

  it('takes late details only while it still shows the same anchor', () => {
    const tip = createTooltip(document);
    const other = { getBoundingClientRect: () => new DOMRect(0, 200, 50, 20) };
    const late: TooltipContent = {
      ...content,
      sections: [{ kind: 'wire', title: 'With links now', lines: [], links: [] }],
    };
    tip.show(anchor, content);
    tip.update(other, late);
    expect(tip.element.textContent).not.toContain('With links now');
    tip.update(anchor, late);
    expect(tip.element.textContent).toContain('With links now');
    tip.hide();
    tip.update(anchor, content);
    expect(tip.isOpen()).toBe(false);
  });
});
