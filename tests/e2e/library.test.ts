// The offline library end to end in Chromium (issue #4): a library restored from a backup file
// through the library page, then, with the network off: Chinese search, the article opened in the
// reader with its pictures decoding from stored blobs (placeholders for the ones never saved),
// delete + undo, one article exported, and the whole library exported and imported into a fresh
// browser profile, which then holds the same articles, reading positions and image bytes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Harness } from './harness';
import { backupOf, chineseArticles } from './library-seed';

const articles = chineseArticles();
const PARTIAL = articles.find((a) => a.images.size < a.article.images.length)!;
let h: Harness;
let dir: string;
let seedFile: string;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'qingyue-library-e2e-'));
  seedFile = path.join(dir, 'seed-backup.zip');
  writeFileSync(seedFile, await backupOf(articles));
  h = await launchWithExtension();
});
after(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openLibrary(harness: Harness): Promise<Page> {
  const page = await harness.ctx.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(harness.url('library.html'));
  await page.locator('#qy-root:not([data-state="loading"])').waitFor();
  return page;
}

async function importBackup(page: Page, file: string): Promise<string> {
  await page.setInputFiles('#qy-lib-import-file', file);
  const notice = page.locator('#qy-lib-notice[data-tone="ok"], #qy-lib-notice[data-tone="error"]');
  await notice.waitFor({ timeout: 15_000 });
  return (await notice.textContent()) ?? '';
}

const rowTitles = (page: Page) => page.locator('.qy-lib-row a[data-row-link]').allTextContents();

/** Every entry as stored: title, status, reading position and the SHA-256 of each stored image. */
function libraryDigest(page: Page) {
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    type Row = { id: string; article: { title: string }; status: string; readingProgress: number; savedAt: number };
    type Image = { articleId: string; url: string; status: string; blob: Blob | null };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qingyue-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const io = {
      all(store: string): Promise<unknown[]> {
        return new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      },
      async sha256(blob: Blob): Promise<string> {
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
        return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      },
    };
    const records = (await io.all('articles')) as Row[];
    const images = (await io.all('images')) as Image[];
    db.close();
    const out = [];
    for (const record of records) {
      const own = images.filter((image) => image.articleId === record.id).sort((a, b) => a.url.localeCompare(b.url));
      const hashes: string[] = [];
      for (const image of own) hashes.push(`${image.url} ${image.status} ${image.blob ? await io.sha256(image.blob) : '-'}`);
      out.push({ title: record.article.title, status: record.status, readingProgress: record.readingProgress, savedAt: record.savedAt, images: hashes });
    }
    return out.sort((a, b) => a.title.localeCompare(b.title));
  });
}

test('the popup and the options page lead to the library', async () => {
  const options = await h.ctx.newPage();
  await options.goto(h.url('options.html'));
  await options.click('#qy-open-library');
  await options.waitForURL(h.url('library.html'));
  await options.locator('#qy-root[data-state="empty"]').waitFor();
  await options.close();

  const popup = await h.ctx.newPage();
  await popup.goto(h.url('popup.html'));
  const link = popup.locator('#qy-open-library');
  assert.equal(await link.getAttribute('href'), 'library.html');
  assert.equal(await link.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([h.ctx.waitForEvent('page'), link.click()]);
  await tab.waitForURL(h.url('library.html'));
  await tab.close();
  await popup.close();
});

test('a backup restores the library through the page', async () => {
  const page = await openLibrary(h);
  assert.equal(await page.locator('#qy-root').getAttribute('data-state'), 'empty');
  assert.match((await page.locator('#qy-lib-empty').textContent()) ?? '', /Save this page offline with Qingyue/);
  const images = articles.reduce((n, a) => n + a.images.size, 0);
  assert.equal(await importBackup(page, seedFile), `Imported ${articles.length} articles (${images} images).`);
  await page.locator('#qy-root[data-state="list"]').waitFor();
  const expected = [...articles].sort((a, b) => a.savedMinutesAgo - b.savedMinutesAgo).map((a) => a.article.title);
  assert.deepEqual(await rowTitles(page), expected);
  assert.equal(await page.locator('#qy-lib-total').textContent(), `${articles.length} saved`);
  // The same file again adds nothing.
  assert.equal(await importBackup(page, seedFile), `All ${articles.length} articles in the backup are already in the library; nothing new was imported.`);
  await page.close();
});

test('offline: Chinese search, then the article reads from stored pictures', async () => {
  await h.ctx.setOffline(true);
  try {
    const page = await openLibrary(h);
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'qy-lib-search');
    await page.keyboard.insertText('次日留存');
    await page.waitForFunction(() => document.querySelectorAll('.qy-lib-row').length === 1);
    assert.equal(await page.locator('.qy-lib-snippet mark').textContent(), '次日留存');
    assert.match((await page.locator('#qy-lib-count').textContent()) ?? '', /^1 found for “次日留存”$/);
    const title = (await rowTitles(page))[0]!;

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#qy-root[data-state="article"]').waitFor();
    assert.equal(await page.locator('#qy-title').textContent(), title);
    const pictures = await page.evaluate(async () => {
      const images = Array.from(document.querySelectorAll<HTMLImageElement>('#qy-content img, .qy-lead-image img'));
      for (const img of images) {
        img.scrollIntoView();
        await img.decode();
      }
      return images.map((img) => ({ blob: img.src.startsWith('blob:'), width: img.naturalWidth }));
    });
    assert.ok(pictures.length > 0);
    for (const picture of pictures) assert.deepEqual(picture, { blob: true, width: 720 });

    // Back to the library: the search is still there.
    await page.goBack();
    await page.locator('#qy-root[data-state="list"]').waitFor();
    assert.equal(await page.locator('#qy-lib-search').inputValue(), '次日留存');
    await page.close();
  } finally {
    await h.ctx.setOffline(false);
  }
});

test('offline: a partially saved article shows its stored pictures and placeholders for the others', async () => {
  await h.ctx.setOffline(true);
  try {
    const page = await openLibrary(h);
    const row = page.locator('.qy-lib-row', { hasText: PARTIAL.article.title });
    assert.match((await row.locator('.qy-lib-partial').textContent()) ?? '', /Images missing: 2/);
    await row.locator('a[data-row-link]').click();
    await page.locator('#qy-root[data-state="article"]').waitFor();
    assert.match((await page.locator('#qy-missing-note').textContent()) ?? '', /2 images could not be downloaded/);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => document.querySelectorAll('.qy-missing-image').length === 2);
    const links = await page.locator('.qy-missing-image a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, PARTIAL.article.images.slice(1).map((image) => image.src));
    const stored = await page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('#qy-content img')!;
      await img.decode();
      return { blob: img.src.startsWith('blob:'), width: img.naturalWidth };
    });
    assert.deepEqual(stored, { blob: true, width: 720 });
    await page.close();
  } finally {
    await h.ctx.setOffline(false);
  }
});

test('the reader opens a saved article where it was left, and remembers a new position', async () => {
  const page = await openLibrary(h);
  const seed = articles[0]!; // complete, with two stored pictures: long enough to scroll; left at 45%
  const title = seed.article.title;
  assert.ok(seed.progress > 0.1 && seed.progress < 0.5);
  await page.locator('.qy-lib-row', { hasText: title }).locator('a[data-row-link]').click();
  await page.locator('#qy-root[data-state="article"]').waitFor();
  const fraction = () => page.evaluate(() => scrollY / (document.documentElement.scrollHeight - document.documentElement.clientHeight));
  // It opens where it was left (once its pictures have their size).
  await page.waitForFunction(
    (at) => Math.abs(scrollY / (document.documentElement.scrollHeight - document.documentElement.clientHeight) - at) < 0.02,
    seed.progress,
    { timeout: 5000, polling: 100 },
  );
  assert.ok(await page.evaluate(() => Array.from(document.images).every((img) => img.complete && img.naturalHeight > 0)));

  // The reader reads on to 60% and pauses there: that position is written.
  await page.evaluate(() => {
    const root = document.documentElement;
    scrollTo(0, Math.round((root.scrollHeight - root.clientHeight) * 0.6));
  });
  await page.waitForTimeout(600);
  const left = { top: await page.evaluate(() => scrollY), fraction: await fraction() };
  assert.ok(left.fraction > 0.58 && left.fraction < 0.62, `the page stayed where it was scrolled to (${left.fraction})`);
  await page.goBack();
  await page.locator('#qy-root[data-state="list"]').waitFor();
  const progress = page.locator('.qy-lib-row', { hasText: title }).locator('.qy-lib-progress');
  await progress.waitFor();
  assert.equal(await progress.textContent(), '60% read');
  await page.locator('.qy-lib-row', { hasText: title }).locator('a[data-row-link]').click();
  await page.locator('#qy-root[data-state="article"]').waitFor();
  await page.waitForFunction((top) => Math.abs(scrollY - top) < 40, left.top, { timeout: 5000, polling: 100 });
  await page.close();
});

test('delete with undo, from the list', async () => {
  const page = await openLibrary(h);
  const before = await rowTitles(page);
  const first = page.locator('.qy-lib-row').first();
  const id = await first.getAttribute('data-id');
  await page.click(`#qy-delete-${id}`);
  await page.waitForFunction((n) => document.querySelectorAll('.qy-lib-row').length === n, before.length - 1);
  assert.match((await page.locator('#qy-lib-undo-toast').textContent()) ?? '', new RegExp(`Deleted “${before[0]}”`));
  await page.click('#qy-lib-undo');
  await page.waitForFunction((n) => document.querySelectorAll('.qy-lib-row').length === n, before.length);
  assert.deepEqual(await rowTitles(page), before);
  await page.close();
});

test('one article exports as a Markdown zip with its pictures beside it', async () => {
  const page = await openLibrary(h);
  const row = page.locator('.qy-lib-row').first();
  const id = await row.getAttribute('data-id');
  await page.click(`#qy-export-${id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#qy-export-md-${id}`)]);
  assert.match(download.suggestedFilename(), /\.zip$/);
  const file = path.join(dir, 'article.zip');
  await download.saveAs(file);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
  assert.ok(bytes.includes(Buffer.from('article.md')));
  assert.ok(bytes.includes(Buffer.from('images/01.png')));
  await page.close();
});

test('the whole library exported and imported into a fresh profile is the same library', async () => {
  const page = await openLibrary(h);
  const original = await libraryDigest(page);
  assert.equal(original.length, articles.length);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#qy-lib-export')]);
  assert.match(download.suggestedFilename(), /^qingyue-library-\d{4}-\d{2}-\d{2}\.zip$/);
  const backup = path.join(dir, download.suggestedFilename());
  await download.saveAs(backup);
  assert.match((await page.locator('#qy-lib-notice').textContent()) ?? '', new RegExp(`^Backup saved as .* \\(${articles.length} articles, `));
  await page.close();

  const fresh = await launchWithExtension();
  try {
    const other = await openLibrary(fresh);
    assert.equal(await other.locator('#qy-root').getAttribute('data-state'), 'empty');
    const images = articles.reduce((n, a) => n + a.images.size, 0);
    assert.equal(await importBackup(other, backup), `Imported ${articles.length} articles (${images} images).`);
    await other.locator('#qy-root[data-state="list"]').waitFor();
    assert.deepEqual(await libraryDigest(other), original);
    assert.deepEqual(await rowTitles(other), await rowTitles(await openLibrary(h)));
  } finally {
    await fresh.close();
  }
});
