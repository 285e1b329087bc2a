/** Telling HTML input from plain text, without loading the HTML reader. */

/** Does this file look like HTML rather than plain text? */
export function looksLikeHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(body|article|p)[\s>]/.test(head);
}
