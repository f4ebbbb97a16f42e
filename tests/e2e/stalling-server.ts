// A page server for "the page is still loading": it sends a page up to a cut, then holds the rest
// of the body until the test releases it, so the browser keeps the tab loading for exactly as long
// as the test needs (no timers). Used by tests/e2e/popup-reader.test.ts and scripts/screenshots-real.ts.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page server whose one page (any path ending in .html) stops mid-body, before `cut`, until released. */
export interface StallingServer {
  origin: string;
  /** Resolves when a request has received the first part of the page. */
  stalled: Promise<void>;
  release(): void;
  close(): Promise<void>;
}

export async function startStallingServer(html: string, cut: string): Promise<StallingServer> {
  const at = html.indexOf(cut);
  assert.ok(at > 0, `the page has no ${cut}`);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let stalledNow!: () => void;
  const stalled = new Promise<void>((resolve) => (stalledNow = resolve));
  const server: Server = createServer((req, res) => {
    if (!req.url?.endsWith('.html')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, at), () => stalledNow());
    void released.then(() => res.end(html.slice(at)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stalled,
    release,
    close: () => {
      release();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
