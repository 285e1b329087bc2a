/** A static node:http server on 127.0.0.1 for the bench pages (the only address they are served from). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** The page's address; `host` a name the browser resolves to 127.0.0.1 (chromium.ts, KNOWN_SITE_HOST). */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const bodies = new Map(Object.entries(pages).map(([path, html]) => [path, Buffer.from(html)]));
  const server: Server = createServer((req, res) => {
    const body = bodies.get((req.url ?? '/').split('?')[0] ?? '/');
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
