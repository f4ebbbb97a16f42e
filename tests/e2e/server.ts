// A local web server for the end-to-end tests: serves tests/e2e/pages/* as HTML and answers every
// image path (/wp-files/…, and the proxied form) with a small PNG. Chromium is pointed at it for
// real host names (www.woshipm.com, image.woshipm.com) with --host-resolver-rules (harness.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
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

// ── Image hosts ─────────────────────────────────────────────────────────────────────────────────
// Real image hosts served locally (/work/shared/browser-testing.md, addendum): one https server
// with a throwaway self-signed certificate for image.woshipm.com and cors.zfour.workers.dev, and
// one plain http server, both answering from the same table of host + path → bytes. Chromium
// reaches them under their real names through --host-resolver-rules (resolverRules below).

export const IMAGE_HOSTS = ['image.woshipm.com', 'cors.zfour.workers.dev'] as const;

export interface ImageHosts {
  tlsPort: number;
  httpPort: number;
  /** --host-resolver-rules entries mapping the real hosts' 443 and 80 to the local servers. */
  resolverRules: string[];
  /** Every request, with the Host header and whether it came over TLS. */
  requests: { host: string; path: string; secure: boolean }[];
  /** Answer `host` + `path` (path with its query) with these bytes. */
  serve(host: string, path: string, body: Uint8Array, type?: string): void;
  /** Answer `host` + `path` with an HTTP error from now on. */
  fail(host: string, path: string, status: number): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'qingyue-cert-'));
  try {
    const names = IMAGE_HOSTS.map((h) => `DNS:${h}`).join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '2', '-subj', `/CN=${IMAGE_HOSTS[0]}`, '-addext', `subjectAltName=${names}`], { cwd: dir, stdio: 'ignore' });
    return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startImageHosts(): Promise<ImageHosts> {
  const table = new Map<string, { status: number; body?: Uint8Array; type?: string }>();
  const requests: ImageHosts['requests'] = [];
  const handler = (secure: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = req.url ?? '/';
    requests.push({ host, path: url, secure });
    const entry = table.get(host + url);
    if (!entry || entry.status !== 200 || !entry.body) {
      res.writeHead(entry?.status ?? 404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': entry.type ?? 'image/png', 'content-length': String(entry.body.byteLength), 'cache-control': 'no-store' });
    res.end(entry.body);
  };
  const tls = createHttpsServer(selfSignedCertificate(), handler(true));
  const plain = createServer(handler(false));
  await Promise.all([tls, plain].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
  const tlsPort = (tls.address() as AddressInfo).port;
  const httpPort = (plain.address() as AddressInfo).port;
  const sockets = new Set<import('node:net').Socket>();
  for (const server of [tls, plain]) server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  return {
    tlsPort,
    httpPort,
    resolverRules: IMAGE_HOSTS.flatMap((host) => [`MAP ${host}:443 127.0.0.1:${tlsPort}`, `MAP ${host}:80 127.0.0.1:${httpPort}`]),
    requests,
    serve: (host, p, body, type) => void table.set(host + p, { status: 200, body, type }),
    fail: (host, p, status) => void table.set(host + p, { status }),
    async close() {
      for (const socket of sockets) socket.destroy(); // keep-alive connections would hold close() open
      await Promise.all([tls, plain].map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}
