// The save engine end to end on fake-indexeddb and a fake network: what the user is told in
// every case, and what the library holds afterwards.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { resumeInterruptedSave, retryMissingImages, saveArticleOffline } from '../../../src/save';
import type { SaveProgress } from '../../../src/save';
import { openLibrary } from '../../../src/storage/library';
import type { Article } from '../../../src/core/article';
import { dumpDatabase, failNthPut, freshLibrary, imageBlob, imageBytes, makeArticle } from '../storage/library-fixtures';
import { fakeNetwork, jpegHeaders } from './fake-fetch';
import type { FakeNetwork } from './fake-fetch';

function serve(article: Article, size = 3000): FakeNetwork {
  return fakeNetwork(Object.fromEntries(article.images.map((image, i) => [image.src, { body: imageBytes(size, i + 1), headers: jpegHeaders(size) }])));
}

let restore: (() => number) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('saveArticleOffline', () => {
  test('saves the article with every image and reports progress: images, writing, done', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 3 });
    const net = serve(article);
    const events: SaveProgress[] = [];
    const result = await saveArticleOffline(article, { library, fetch: net.fetch, onProgress: (p) => events.push(p) });

    expect(result).toMatchObject({ status: 'saved', updated: false });
    expect(result.status === 'saved' && result.sizes.images).toBe(9000);
    expect(events.map((e) => e.phase)).toEqual(['images', 'images', 'images', 'writing', 'done']);
    expect(events.at(-1)).toEqual({ phase: 'done', done: 3, total: 3, bytes: 9000 });
    const id = (result as { id: string }).id;
    expect((await library.getImageBlobs(id)).size).toBe(3);
  });

  test('network down: the text is saved, every image marked missing with its reason; retry later completes it', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2, proxied: true });
    const net = serve(article);
    net.offline = true;

    const result = await saveArticleOffline(article, { library, fetch: net.fetch });
    expect(result.status).toBe('saved-partial');
    if (result.status !== 'saved-partial') throw new Error('unreachable');
    expect(result.missing).toEqual(article.images.map((image) => ({ url: image.src, reason: 'NETWORK', message: expect.stringContaining('proxied copy failed too') })));
    expect((await library.getArticle(result.id))?.article.textContent).toBe(article.textContent);
    expect((await library.listArticles()).items[0]).toMatchObject({ status: 'partial', missingImages: 2 });

    net.offline = false;
    const retried = await retryMissingImages(result.id, { library, fetch: net.fetch });
    expect(retried).toMatchObject({ status: 'saved', id: result.id });
    expect((await library.listArticles()).items[0]).toMatchObject({ status: 'complete', missingImages: 0 });
    // Only the missing images were asked for again (2 origin + 2 proxy attempts offline, then 2).
    expect(net.requests.filter((r) => !r.url.includes('proxy')).length).toBe(4);
  });

  test('a retry that still fails keeps the entry partial and says which images are missing', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const net = serve(article);
    net.route(article.images[1]!.src, { status: 410 });
    const first = await saveArticleOffline(article, { library, fetch: net.fetch });
    expect(first).toMatchObject({ status: 'saved-partial', missing: [{ url: article.images[1]!.src, reason: 'HTTP_ERROR' }] });
    const again = await retryMissingImages((first as { id: string }).id, { library, fetch: net.fetch });
    expect(again).toMatchObject({ status: 'saved-partial', missing: [{ reason: 'HTTP_ERROR' }] });
  });

  test('a link that is not an article: NO_ARTICLE, nothing saved, nothing fetched', async () => {
    const { library } = freshLibrary();
    const net = fakeNetwork();
    const result = await saveArticleOffline({ ok: false, error: { code: 'NO_ARTICLE', message: 'This page has no article.' } }, { library, fetch: net.fetch });
    expect(result).toEqual({ status: 'failed', code: 'NO_ARTICLE', message: 'This page has no article.' });
    const empty = await saveArticleOffline({ ...makeArticle({ images: 0 }), contentHtml: '  ', textContent: '' }, { library, fetch: net.fetch });
    expect(empty).toMatchObject({ status: 'failed', code: 'NO_ARTICLE' });
    expect((await library.listArticles()).total).toBe(0);
    expect(net.requests).toHaveLength(0);
  });

  test('storage full: QUOTA_EXCEEDED with the size needed and the biggest articles to delete; nothing half-written', async () => {
    const { library, factory, tick } = freshLibrary();
    for (const [i, size] of [50_000, 400_000, 120_000].entries()) {
      tick();
      const a = makeArticle({ title: `旧文 ${i}`, url: `https://m.example/old/${i}`, images: 1, leadImage: null });
      await library.saveArticle({ article: a, images: [{ url: a.images[0]!.src, originalUrl: null, status: 'ok', blob: imageBlob(size, i) }] });
    }
    const before = await dumpDatabase(factory);
    const article = makeArticle({ images: 3 });
    restore = failNthPut(2);
    const result = await saveArticleOffline(article, { library, fetch: serve(article, 100_000).fetch });
    restore();
    restore = null;

    expect(result).toMatchObject({ status: 'failed', code: 'QUOTA_EXCEEDED' });
    if (result.status !== 'failed') throw new Error('unreachable');
    expect(result.needBytes).toBeGreaterThanOrEqual(300_000);
    expect(result.message).toMatch(/needs about 29\d KB/);
    expect(result.largest?.map((item) => item.title)).toEqual(['旧文 1', '旧文 2', '旧文 0']);
    expect(await dumpDatabase(factory)).toEqual(before);
  });

  test('saving the same article again updates its entry', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 1 });
    const first = await saveArticleOffline(article, { library, fetch: serve(article).fetch });
    const second = await saveArticleOffline({ ...article, url: 'https://another-mirror.example/same-post' }, { library, fetch: serve(article).fetch });
    expect(second).toMatchObject({ status: 'saved', updated: true, id: (first as { id: string }).id });
    expect((await library.listArticles()).total).toBe(1);
  });

  test('saving again with the network down keeps the images saved before and says saved', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const net = serve(article);
    const first = await saveArticleOffline(article, { library, fetch: net.fetch });
    net.offline = true;
    const again = await saveArticleOffline({ ...article, excerpt: '新摘要' }, { library, fetch: net.fetch });
    expect(again).toMatchObject({ status: 'saved', updated: true, id: (first as { id: string }).id });
    expect((await library.listArticles()).items[0]).toMatchObject({ excerpt: '新摘要', status: 'complete', missingImages: 0 });
  });

  test('cancelled by the user: ABORTED and nothing saved', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 4 });
    const net = fakeNetwork(Object.fromEntries(article.images.map((image) => [image.src, { body: imageBytes(100), headers: jpegHeaders(), delayMs: 50 }])));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const result = await saveArticleOffline(article, { library, fetch: net.fetch, signal: controller.signal });
    expect(result).toMatchObject({ status: 'failed', code: 'ABORTED' });
    expect((await library.listArticles()).total).toBe(0);
    expect(await library.listInterrupted()).toEqual([]);
  });
});

describe('very large articles (split saves)', () => {
  test('are saved in steps and end up exactly like a single save', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 20 });
    const net = serve(article, 500);
    const events: SaveProgress[] = [];
    const result = await saveArticleOffline(article, { library, fetch: net.fetch, splitAbove: 16, batchSize: 6, onProgress: (p) => events.push(p) });
    expect(result).toMatchObject({ status: 'saved' });
    expect(events.filter((e) => e.phase === 'images').map((e) => e.done)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await library.getImages((result as { id: string }).id)).length).toBe(20);
    expect(await library.listInterrupted()).toEqual([]);
  });

  test('storage full half-way through a split save: QUOTA_EXCEEDED, downloads stopped, nothing left behind', async () => {
    const { library } = freshLibrary();
    await library.listArticles();
    const article = makeArticle({ images: 30 });
    const net = fakeNetwork(Object.fromEntries(article.images.map((image, i) => [image.src, { body: imageBytes(400, i), headers: jpegHeaders(), delayMs: 5 }])));
    restore = failNthPut(4); // inside the first batch of images
    const result = await saveArticleOffline(article, { library, fetch: net.fetch, splitAbove: 16, batchSize: 4, concurrency: 2 });
    restore();
    restore = null;
    expect(result).toMatchObject({ status: 'failed', code: 'QUOTA_EXCEEDED' });
    expect(net.requests.length).toBeLessThan(30);
    expect(await library.listInterrupted()).toEqual([]);
    expect((await library.listArticles()).total).toBe(0);
  });

  test('a worker stopped half-way leaves a resumable save; resuming fetches only what is pending', async () => {
    const first = freshLibrary();
    const article = makeArticle({ images: 20 });
    const net = serve(article, 700);
    // Image 12 never answers: the worker "dies" while waiting for it.
    net.route(article.images[11]!.src, { hang: true });
    const dying = new AbortController();
    const pendingSave = saveArticleOffline(article, { library: first.library, fetch: net.fetch, splitAbove: 16, batchSize: 5, timeoutMs: 60_000, signal: dying.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));

    // A restarted worker: new library instance on the same database.
    const restarted = openLibrary(first.deps);
    const [interrupted] = await restarted.listInterrupted();
    expect(interrupted).toMatchObject({ title: article.title, total: 20 });
    // Finished images were stored five at a time while the stuck one waited: at least three batches.
    expect(interrupted!.pending).toBeGreaterThanOrEqual(1);
    expect(interrupted!.pending).toBeLessThanOrEqual(5);
    const staged = await restarted.getInterrupted(interrupted!.id);
    const pending = staged!.images.filter((ref) => ref.status === 'pending').map((ref) => ref.url);
    expect(pending).toContain(article.images[11]!.src);
    expect((await restarted.listArticles()).total).toBe(0); // nothing half-saved is listed

    const fixed = serve(article, 700);
    const resumed = await resumeInterruptedSave(interrupted!.id, { library: restarted, fetch: fixed.fetch });
    expect(resumed).toMatchObject({ status: 'saved', id: interrupted!.id });
    expect(fixed.requests.map((request) => request.url).sort()).toEqual(pending.sort());
    expect((await restarted.getImages(interrupted!.id)).filter((image) => image.status === 'ok')).toHaveLength(20);
    expect(await restarted.listInterrupted()).toEqual([]);

    dying.abort(); // let the stuck promise end
    expect(await pendingSave).toMatchObject({ status: 'failed', code: 'ABORTED' });
    expect((await restarted.listArticles()).total).toBe(1);
  });
});
