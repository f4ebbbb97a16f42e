// The offline library in Firefox ESR: a library restored from a backup through the library page
// lists its articles, and the reader shows a saved article with its pictures from the stored blobs
// after the server that had them has stopped (BiDi has no offline switch: stopping the server is
// the network going away for those pictures).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { backupOf, chineseArticles, png, rehost } from '../e2e/library-seed';
import { launchFirefoxWithExtension, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let dir: string;
let server: Server;
let origin: string;
let served = 0;
let articles: ReturnType<typeof chineseArticles>;

before(async () => {
  // Pictures on a local server: what the page would load if it did not use the stored copies. It
  // serves 64 × 64 squares, so a picture of that size in the reader would have come from it.
  server = createServer((request, response) => {
    served++;
    response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(png(64, 64, () => [200, 40, 40])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  articles = rehost(chineseArticles(), origin);
  dir = mkdtempSync(path.join(tmpdir(), 'qingyue-ff-library-'));
  writeFileSync(path.join(dir, 'backup.zip'), await backupOf(articles));
  h = await launchFirefoxWithExtension();
});
after(async () => {
  await h?.close();
  if (server.listening) await new Promise((resolve) => server.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rowTitles = (page: Page) => page.$$eval('.qy-lib-row a[data-row-link]', (links) => links.map((a) => a.textContent));

test('the library page lists a restored backup', async () => {
  const page = await h.openExtPage('library.html');
  await page.waitForSelector('#qy-root[data-state="empty"]');
  const input = (await page.$('#qy-lib-import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path.join(dir, 'backup.zip'));
  await page.waitForSelector('#qy-lib-notice[data-tone="ok"]', { timeout: 15_000 });
  const images = articles.reduce((n, a) => n + a.images.size, 0);
  assert.equal(await page.$eval('#qy-lib-notice', (el) => el.textContent), `Imported ${articles.length} articles (${images} images).`);
  await page.waitForSelector('#qy-root[data-state="list"]');
  const expected = [...articles].sort((a, b) => a.savedMinutesAgo - b.savedMinutesAgo).map((a) => a.article.title);
  assert.deepEqual(await rowTitles(page), expected);
  await page.close();
});

test('the reader shows a saved article from stored pictures with the image server stopped', async () => {
  // The server answered while it ran (so the addresses are real), then it goes away.
  const probe = await fetch(`${origin}/probe.png`);
  assert.equal(probe.status, 200);
  await new Promise((resolve) => server.close(resolve));
  const before = served;

  const library = await h.openExtPage('library.html');
  await library.waitForSelector('#qy-root[data-state="list"]');
  const first = [...articles].sort((a, b) => a.savedMinutesAgo - b.savedMinutesAgo)[0]!;
  const id = await library.$eval('.qy-lib-row', (row) => (row as HTMLElement).dataset.id!);
  const reader = await h.openExtPage(`reader.html?id=${encodeURIComponent(id)}`, library);
  await reader.waitForSelector('#qy-root[data-state="article"]');
  assert.equal(await reader.$eval('#qy-title', (el) => el.textContent), first.article.title);
  const pictures = await reader.evaluate(async () => {
    const images = Array.from(document.querySelectorAll<HTMLImageElement>('#qy-content img, .qy-lead-image img'));
    for (const img of images) {
      img.scrollIntoView();
      await img.decode();
    }
    return images.map((img) => ({ blob: img.src.startsWith('blob:'), width: img.naturalWidth }));
  });
  assert.equal(pictures.length, first.article.images.length);
  for (const picture of pictures) assert.deepEqual(picture, { blob: true, width: 720 });
  assert.equal(served, before, 'no picture was asked of the server');
});
