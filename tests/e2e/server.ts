// A local web server for the end-to-end tests: serves tests/e2e/pages/* as HTML and answers every
// image path (/wp-files/…, and the proxied form) with a small PNG. Chromium is pointed at it for
// real host names (www.woshipm.com, image.woshipm.com) with --host-resolver-rules (harness.ts).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const PAGES = path.join(import.meta.dirname, 'pages');
const PNG = readFileSync(path.join(import.meta.dirname, '../../public/icons/icon-48.png'));

export interface TestServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Paths requested so far (with their Host header), for tests that check fetches. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

/**
 * Routes: any path ending in `<name>.html` serves pages/<name>.html (so a test can give each tab a
 * unique URL: /pd/1-<name>.html works too), image extensions serve a PNG, the rest is 404.
 */
export async function startServer(): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ host: req.headers.host ?? '', path: url.pathname + url.search });
    const page = /([a-z-]+)\.html$/.exec(url.pathname)?.[1];
    const candidates = page ? [page, ...page.split('-').map((_, i, parts) => parts.slice(i).join('-'))] : [];
    for (const name of candidates) {
      try {
        const html = readFileSync(path.join(PAGES, `${name}.html`));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html);
        return;
      } catch {
        // try the next, shorter name
      }
    }
    if (/\.(png|jpe?g|gif|webp)$/i.test(url.pathname) || /\.(png|jpe?g|gif|webp)$/i.test(url.search)) {
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      res.end(PNG);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
