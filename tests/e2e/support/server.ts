/** Serves tests/fixtures/pages on 127.0.0.1 at a random port. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export const PAGES_DIR = resolve(import.meta.dirname, '../../fixtures/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  url(page: string): string;
  /** The page at `host` (which the browser must resolve to 127.0.0.1), on the server's port. */
  urlAt(host: string, page: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(PAGES_DIR, path);
    if (!file.startsWith(PAGES_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end('not found'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: (page) => `http://127.0.0.1:${port}/${page}`,
    urlAt: (host, page) => `http://${host}:${port}/${page}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
