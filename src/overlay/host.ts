/**
 * The extension's single element on the page: a shadow host appended to <html> (never inside the
 * article), holding the tooltip and, where highlights are unavailable, the fallback boxes.
 */
export const HOST_TAG = 'anl-overlay';

export function overlayRoot(doc: Document): ShadowRoot {
  const existing = doc.documentElement.querySelector(`:scope > ${HOST_TAG}`);
  if (existing?.shadowRoot) return existing.shadowRoot;
  const host = doc.createElement(HOST_TAG);
  // The host itself takes no space and no page styles; children position themselves.
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0;');
  const root = host.attachShadow({ mode: 'open' });
  doc.documentElement.append(host);
  return root;
}

export function isOverlayNode(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.localName === HOST_TAG) return true;
  }
  return false;
}

export function removeOverlay(doc: Document): void {
  doc.documentElement.querySelector(`:scope > ${HOST_TAG}`)?.remove();
}
