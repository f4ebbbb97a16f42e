// Saving for offline reading in Firefox ESR (issue #4): a woshipm-style page saved through the
// popup page opened in a tab (popup.html?tabId=N, browser-testing.md §5), read back from IndexedDB
// (every image stored byte for byte as served), then opened in the reader with every server
// stopped (BiDi has no offline switch) with its images decoded from the stored blobs.
//
// Firefox has no --host-resolver-rules: a local HTTP proxy stands in for the real hosts. Plain
// http requests (www.woshipm.com pages) go to the page server; CONNECT to image.woshipm.com:443
// and cors.zfour.workers.dev:443 is tunnelled to the local TLS image server (self-signed
// certificate, accepted for the session). Other hosts are refused.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { chartPng } from '../e2e/library-seed';
import { readStoredImages, type StoredImage } from '../e2e/stored-images';
import { IMAGE_HOSTS, startImageHosts, startServer, type ImageHosts, type TestServer } from '../e2e/server';
import { launchFirefoxWithExtension, type FirefoxHarness } from './harness';

declare const browser: any;

const IMG = '/wp-files/2024/05';
const PAGE = 'http://www.woshipm.com/pd/9900101-save-article.html';

let srv: TestServer;
let hosts: ImageHosts;
let proxy: Server;
let h: FirefoxHarness;
const served = new Map<string, string>(); // image URL as stored → sha256 of the bytes served
const sockets = new Set<Socket>();

function startProxy(): Promise<Server> {
  const server = createServer((req, res) => {
    // Absolute-form request line: GET http://www.woshipm.com/… HTTP/1.1
    const target = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const port = target.hostname === 'www.woshipm.com' ? srv.port : (IMAGE_HOSTS as readonly string[]).includes(target.hostname) ? hosts.httpPort : null;
    if (port === null) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: target.pathname + target.search, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket) => {
    const [host] = (req.url ?? '').split(':');
    if (!(IMAGE_HOSTS as readonly string[]).includes(host ?? '')) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const tunnel = connect(hosts.tlsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      tunnel.pipe(client).pipe(tunnel);
    });
    for (const socket of [client, tunnel]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
  });
  server.on('connection', (socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function serveImage(host: string, path: string, seed: number, storedAs: string) {
  const body = chartPng(seed, 480, 270);
  hosts.serve(host, path, body);
  served.set(storedAs, createHash('sha256').update(body).digest('hex'));
}

before(async () => {
  srv = await startServer();
  hosts = await startImageHosts();
  const stored = (n: number) => `https://image.woshipm.com${IMG}/qy-save-${n}.png`;
  serveImage('image.woshipm.com', `${IMG}/qy-save-1.png`, 51, stored(1));
  serveImage('image.woshipm.com', `${IMG}/qy-save-2.png`, 52, stored(2));
  hosts.fail('image.woshipm.com', `${IMG}/qy-save-3.png`, 404); // the proxied copy is used instead
  serveImage('cors.zfour.workers.dev', `/?http://image.woshipm.com${IMG}/qy-save-3.png`, 53, stored(3));
  proxy = await startProxy();
  const port = (proxy.address() as AddressInfo).port;
  h = await launchFirefoxWithExtension(undefined, {
    acceptInsecureCerts: true,
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
});
after(async () => {
  await h?.close();
  for (const socket of sockets) socket.destroy();
  if (proxy?.listening) await new Promise((resolve) => proxy.close(resolve));
  await hosts?.close().catch(() => undefined);
  await srv?.close().catch(() => undefined);
});

let savedId = '';

test('the popup page saves a served woshipm article; IndexedDB holds every image as served', async () => {
  const page = await h.browser.newPage();
  await page.goto(PAGE);
  await page.bringToFront();
  const bg = await h.openExtPage('options.html');
  await page.bringToFront();
  const tabId = await bg.evaluate(async (url: string) => (await browser.tabs.query({ url }))[0].id, PAGE);
  const popup = await h.openExtPage(`popup.html?tabId=${tabId}`);
  await popup.waitForSelector('#qy-save[data-state="idle"]', { timeout: 15_000 });
  assert.equal(await popup.$eval('#qy-title', (el) => el.textContent), '把需求写清楚的四个习惯');
  const started = Date.now();
  await popup.click('#qy-save');
  await popup.waitForSelector('#qy-save[data-state="saved"], #qy-save[data-state="partial"], #qy-save[data-state="failed"]', { timeout: 20_000 });
  const state = await popup.$eval('#qy-save', (el) => (el as HTMLElement).dataset.state);
  const panel = await popup.$eval('#qy-save-panel', (el) => el.textContent).catch(() => '');
  assert.equal(state, 'saved', panel ?? '');
  console.log(`firefox save through the popup: ${Date.now() - started} ms`);

  const jobs = (await bg.evaluate(() => browser.storage.session.get('save:jobs')))['save:jobs'];
  const job = jobs.find((j: { tabId: number }) => j.tabId === tabId);
  assert.equal(job.result.status, 'saved');
  assert.deepEqual([job.done, job.total], [3, 3]);
  savedId = job.articleId;

  const images = (await bg.evaluate(readStoredImages, savedId)) as StoredImage[];
  assert.deepEqual(images.map((i) => i.url).sort(), [...served.keys()].sort());
  for (const image of images) {
    assert.equal(image.status, 'ok', image.url);
    assert.equal(image.sha256, served.get(image.url), `${image.url}: stored bytes differ from the served file`);
  }
  assert.ok(hosts.requests.some((r) => r.host === 'cors.zfour.workers.dev' && r.secure), 'the proxied copy was fetched');
  await popup.close();
  await bg.close();
  await page.close();
});

test('with every server stopped, the reader shows the saved article with its images from the stored blobs', async () => {
  assert.ok(savedId, 'the save test ran first');
  await hosts.close();
  await srv.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy.close(resolve));
  const before = hosts.requests.length;

  const reader = await h.openExtPage(`reader.html?id=${encodeURIComponent(savedId)}`);
  await reader.waitForSelector('#qy-root[data-state="article"]', { timeout: 15_000 });
  assert.equal(await reader.$eval('#qy-title', (el) => el.textContent), '把需求写清楚的四个习惯');
  const images = await reader.$$eval('#qy-content img', (imgs) =>
    Promise.all(
      (imgs as HTMLImageElement[]).map(async (img) => {
        img.loading = 'eager';
        await img.decode().catch(() => undefined);
        return { src: img.currentSrc || img.src, width: img.naturalWidth };
      }),
    ),
  );
  assert.equal(images.length, 3);
  for (const image of images) {
    assert.match(image.src, /^blob:/, image.src);
    assert.ok(image.width > 0, `not decoded: ${image.src}`);
  }
  assert.equal(hosts.requests.length, before);
  await reader.close();
});
