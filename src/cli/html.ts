/**
 * HTML input for the CLI: the page is parsed with happy-dom and flattened by the same
 * src/page/ code the extension uses, so the CLI reads exactly the text the extension would.
 */
import { findArticleBlocks, flatten } from '../page/extract';

/** The article text of an HTML page, as the extension would flatten it. */
export async function htmlToArticleText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const window = new Window({ url: 'https://localhost/', settings: { disableJavaScriptEvaluation: true } });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const blocks = findArticleBlocks(doc);
    const text = blocks.length > 0 ? flatten(blocks).text : (doc.body?.textContent ?? '');
    return text;
  } finally {
    await window.happyDOM.close();
  }
}
