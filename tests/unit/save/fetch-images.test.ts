// The image fetcher: origin first then the proxied copy, size cap, timeout, only images,
// concurrency limit, no credentials or referrer, progress, cancellation.
import { describe, expect, test } from 'vitest';
import { fetchImages, sniffImageType } from '../../../src/save';
import type { SaveProgress } from '../../../src/save';
import { blobBytes, imageBytes } from '../storage/library-fixtures';
import { fakeNetwork, jpegHeaders } from './fake-fetch';

const ORIGIN = 'https://image.woshipm.com/wp-files/2024/05/a.jpg';
const PROXY = 'https://cors.proxy.example/?http://image.woshipm.com/wp-files/2024/05/a.jpg';

describe('fetchImages', () => {
  test('tries the origin URL first and keeps it when it works; the proxy is never asked', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(1000, 1), headers: jpegHeaders(1000) } });
    const [image] = await fetchImages([{ src: ORIGIN, originalSrc: PROXY }], { fetch: net.fetch });
    expect(image).toMatchObject({ url: ORIGIN, originalUrl: PROXY, status: 'ok', type: 'image/jpeg', fetchedFrom: ORIGIN });
    expect(await blobBytes(image!.blob!)).toEqual(imageBytes(1000, 1));
    expect(net.requests.map((r) => r.url)).toEqual([ORIGIN]);
  });

  test('falls back to the proxied form when the origin fails, and stores it under the origin URL', async () => {
    const net = fakeNetwork({ [ORIGIN]: { status: 403 }, [PROXY]: { body: imageBytes(500, 2), headers: jpegHeaders() } });
    const [image] = await fetchImages([{ src: ORIGIN, originalSrc: PROXY }], { fetch: net.fetch });
    expect(image).toMatchObject({ url: ORIGIN, status: 'ok', fetchedFrom: PROXY });
    expect(net.requests.map((r) => r.url)).toEqual([ORIGIN, PROXY]);
  });

  test('when both fail, the reason names both attempts', async () => {
    const net = fakeNetwork({ [ORIGIN]: { status: 404, body: 'Not Found' }, [PROXY]: { networkError: true } });
    const [image] = await fetchImages([{ src: ORIGIN, originalSrc: PROXY }], { fetch: net.fetch });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'HTTP_ERROR', status: 404 } });
    expect(image!.error!.message).toMatch(/404.*proxied copy failed too/s);
  });

  test('sends no cookies and no referrer', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(10), headers: jpegHeaders() } });
    await fetchImages([{ src: ORIGIN }], { fetch: net.fetch });
    expect(net.requests[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  test('refuses an image whose Content-Length is over the cap without downloading it, and does not try the proxy', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(4096), headers: jpegHeaders(4096) }, [PROXY]: { body: imageBytes(4096), headers: jpegHeaders() } });
    const [image] = await fetchImages([{ src: ORIGIN, originalSrc: PROXY }], { fetch: net.fetch, maxBytes: 1024 });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'TOO_LARGE' } });
    expect(net.bytesServed()).toBe(0);
    expect(net.requests).toHaveLength(1);
  });

  test('stops reading a body without Content-Length as soon as it passes the cap', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(100_000), headers: jpegHeaders(), chunks: 100 } });
    const [image] = await fetchImages([{ src: ORIGIN }], { fetch: net.fetch, maxBytes: 10_000 });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'TOO_LARGE' } });
    expect(net.bytesServed()).toBeLessThan(12_000);
    expect(net.cancelled.has(ORIGIN)).toBe(true);
  });

  test('gives up on a server that does not answer in time', async () => {
    const net = fakeNetwork({ [ORIGIN]: { hang: true } });
    const started = Date.now();
    const [image] = await fetchImages([{ src: ORIGIN }], { fetch: net.fetch, timeoutMs: 80 });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(net.requests[0]!.init!.signal!.aborted).toBe(true);
  });

  test('the timeout also covers a body that trickles', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(1000), headers: jpegHeaders(), chunks: 50, delayMs: 20 } });
    const [image] = await fetchImages([{ src: ORIGIN }], { fetch: net.fetch, timeoutMs: 150 });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'TIMEOUT' } });
  });

  test('refuses what is not an image: an HTML page, a hotlink page labelled image/jpeg, an empty body', async () => {
    const page = '<!DOCTYPE html><html><body>禁止盗链</body></html>';
    const net = fakeNetwork({
      'https://a.example/1.jpg': { body: page, headers: { 'content-type': 'text/html; charset=utf-8' } },
      'https://a.example/2.jpg': { body: page, headers: { 'content-type': 'image/jpeg' } },
      'https://a.example/3.jpg': { body: new Uint8Array(), headers: { 'content-type': 'image/jpeg' } },
    });
    const images = await fetchImages(['1', '2', '3'].map((n) => ({ src: `https://a.example/${n}.jpg` })), { fetch: net.fetch });
    expect(images.map((image) => image.error?.code)).toEqual(['NOT_IMAGE', 'NOT_IMAGE', 'NOT_IMAGE']);
  });

  test('sniffs the real type when the server says octet-stream or nothing', async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>';
    const net = fakeNetwork({
      'https://a.example/p': { body: imageBytes(64, 3, 'png'), headers: { 'content-type': 'application/octet-stream' } },
      'https://a.example/j': { body: imageBytes(64, 4, 'jpeg') },
      'https://a.example/s': { body: svg, headers: { 'content-type': 'image/svg+xml' } },
      'https://a.example/b': { body: 'just some bytes', headers: { 'content-type': 'application/octet-stream' } },
    });
    const images = await fetchImages(['p', 'j', 's', 'b'].map((n) => ({ src: `https://a.example/${n}` })), { fetch: net.fetch });
    expect(images.map((image) => image.type ?? image.error?.code)).toEqual(['image/png', 'image/jpeg', 'image/svg+xml', 'NOT_IMAGE']);
    expect(images[0]!.blob!.type).toBe('image/png');
  });

  test('never has more than `concurrency` downloads in flight, and does use them', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `https://img.example/${i}.jpg`);
    const net = fakeNetwork(Object.fromEntries(urls.map((url, i) => [url, { body: imageBytes(2000, i), headers: jpegHeaders(), delayMs: 5 }])));
    const images = await fetchImages(urls.map((src) => ({ src })), { fetch: net.fetch, concurrency: 3 });
    expect(images.every((image) => image.status === 'ok')).toBe(true);
    expect(net.maxInFlight()).toBe(3);
  });

  test('reports progress after each image, ending at the total, with bytes', async () => {
    const urls = Array.from({ length: 5 }, (_, i) => `https://img.example/p${i}.jpg`);
    const net = fakeNetwork(Object.fromEntries(urls.map((url) => [url, { body: imageBytes(100), headers: jpegHeaders() }])));
    net.route(urls[2]!, { status: 500 });
    const events: SaveProgress[] = [];
    await fetchImages(urls.map((src) => ({ src })), { fetch: net.fetch, onProgress: (p) => events.push(p) });
    expect(events.map((e) => e.done)).toEqual([1, 2, 3, 4, 5]);
    expect(events.at(-1)).toEqual({ phase: 'images', done: 5, total: 5, bytes: 400 });
  });

  test('downloads a URL that appears twice only once, and answers both', async () => {
    const net = fakeNetwork({ [ORIGIN]: { body: imageBytes(10), headers: jpegHeaders() } });
    const images = await fetchImages([{ src: ORIGIN }, { src: ORIGIN }], { fetch: net.fetch });
    expect(images.map((image) => image.status)).toEqual(['ok', 'ok']);
    expect(net.requests).toHaveLength(1);
  });

  test('network down: every image is missing with reason NETWORK', async () => {
    const net = fakeNetwork();
    net.offline = true;
    const images = await fetchImages([{ src: ORIGIN, originalSrc: PROXY }, { src: 'https://img.example/b.png' }], { fetch: net.fetch });
    expect(images.map((image) => [image.status, image.error?.code])).toEqual([
      ['missing', 'NETWORK'],
      ['missing', 'NETWORK'],
    ]);
  });

  test('cancelling rejects with AbortError and starts no new downloads', async () => {
    const urls = Array.from({ length: 8 }, (_, i) => `https://img.example/c${i}.jpg`);
    const net = fakeNetwork(Object.fromEntries(urls.map((url) => [url, { body: imageBytes(100), headers: jpegHeaders(), delayMs: 30 }])));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(fetchImages(urls.map((src) => ({ src })), { fetch: net.fetch, concurrency: 2, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(net.requests.length).toBe(2);
  });

  test('non-http(s) URLs are refused without a request', async () => {
    const net = fakeNetwork();
    const [image] = await fetchImages([{ src: 'blob:https://x/1' }], { fetch: net.fetch });
    expect(image).toMatchObject({ status: 'missing', error: { code: 'UNSUPPORTED_URL' } });
    expect(net.requests).toHaveLength(0);
  });
});

describe('sniffImageType', () => {
  test('recognises common formats by their bytes', () => {
    const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
    expect(sniffImageType(new Uint8Array([...ascii('GIF89a'), 1, 0]))).toBe('image/gif');
    expect(sniffImageType(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffImageType(new Uint8Array([0, 0, 0, 0x1c, ...ascii('ftypavif'), 0, 0]))).toBe('image/avif');
    expect(sniffImageType(new TextEncoder().encode('<html><body>x</body></html>'))).toBeNull();
  });
});
