/** A static node:http server on 127.0.0.1 for the bench pages (the only address allowed). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  url(path: string): string;
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
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
