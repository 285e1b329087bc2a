/**
 * The extension's single element on the page: a shadow host appended to <html> (never inside the
 * article), holding the tooltip and, where highlights are unavailable, the fallback boxes.
 */
export const HOST_TAG = 'anl-overlay';

const HOST_STYLE: readonly [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'absolute'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['overflow', 'visible'],
  ['z-index', '2147483647'],
];

export function overlayRoot(doc: Document): ShadowRoot {
  const existing = doc.documentElement.querySelector(`:scope > ${HOST_TAG}`);
  if (existing?.shadowRoot) return existing.shadowRoot;
  const host = doc.createElement(HOST_TAG);
  // The host itself takes no space and no page styles; children position themselves. Inline and
  // !important, so that no page rule (`* { all: unset !important }`, `body ~ * { transform: … }`)
  // can hide or move it; set through the CSSOM, which a strict CSP does not block.
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
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
