// Listing, paging, delete with undo, reading progress, sizes and interrupted saves.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { fetchedAll, freshLibrary, imageBlob, makeArticle } from './library-fixtures';

describe('listing 1,000 articles', () => {
  test('newest first, in pages, with the total; summaries carry no body', async () => {
    const { library, tick } = freshLibrary();
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) {
      tick(1000);
      const article = makeArticle({ title: `第 ${i} 篇：增长实验复盘`, url: `https://mirror.example/p/${i}`, images: 0, leadImage: null });
      ids.push((await library.saveArticle({ article, images: [] })).id);
    }
    const newestFirst = ids.slice().reverse();

    const first = await library.listArticles({ offset: 0, limit: 50 });
    expect(first.total).toBe(1000);
    expect(first.items.map((item) => item.id)).toEqual(newestFirst.slice(0, 50));
    expect(first.items[0]).not.toHaveProperty('article');
    expect(first.items[0]).not.toHaveProperty('contentHtml');
    expect(first.items[0]).toMatchObject({ title: '第 999 篇：增长实验复盘', status: 'complete', readingProgress: 0 });

    const middle = await library.listArticles({ offset: 475, limit: 50 });
    expect(middle.items.map((item) => item.id)).toEqual(newestFirst.slice(475, 525));
    const last = await library.listArticles({ offset: 980, limit: 50 });
    expect(last.items.map((item) => item.id)).toEqual(newestFirst.slice(980));
    expect((await library.listArticles({ offset: 1000, limit: 50 })).items).toEqual([]);

    // Every page together is every article once.
    const seen = new Set<string>();
    for (let offset = 0; offset < 1000; offset += 128) {
      for (const item of (await library.listArticles({ offset, limit: 128 })).items) seen.add(item.id);
    }
    expect(seen.size).toBe(1000);
  }, 60_000);

  test('articles saved in the same millisecond are all listed, in a stable order', async () => {
    const { library } = freshLibrary();
    for (let i = 0; i < 5; i++) {
      const article = makeArticle({ title: `同一时刻 ${i}`, url: `https://mirror.example/same/${i}` });
      await library.saveArticle({ article, images: [] });
    }
    const pageOne = await library.listArticles({ offset: 0, limit: 2 });
    const pageTwo = await library.listArticles({ offset: 2, limit: 3 });
    expect(new Set([...pageOne.items, ...pageTwo.items].map((item) => item.title)).size).toBe(5);
  });
});

describe('delete and undo', () => {
  test('delete removes the entry, its images, and its search text; undo brings back the same entry', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const { id } = await library.saveArticle({ article, images: fetchedAll(article, 640) });
    await library.setReadingProgress(id, 0.75);
    const before = await library.getArticle(id);

    const snapshot = await library.deleteArticle(id);
    expect(snapshot?.record.id).toBe(id);
    expect(await library.getArticle(id)).toBeNull();
    expect(await library.getImages(id)).toEqual([]);
    expect((await library.listArticles()).total).toBe(0);
    expect((await library.search('需求评审')).total).toBe(0);

    await library.restoreArticle(snapshot!);
    expect(await library.getArticle(id)).toEqual(before);
    expect((await library.getImages(id)).map((image) => image.bytes)).toEqual([640, 640]);
    expect((await library.listArticles()).items[0]).toMatchObject({ id, readingProgress: 0.75 });
    expect((await library.search('需求评审')).total).toBe(1);
    // Undo twice is harmless.
    await library.restoreArticle(snapshot!);
    expect((await library.listArticles()).total).toBe(1);
  });

  test('deleting something that is not there returns null', async () => {
    const { library } = freshLibrary();
    expect(await library.deleteArticle('nope')).toBeNull();
  });

  test('undo refuses to create a second copy when the article was saved again meanwhile', async () => {
    const { library } = freshLibrary();
    const article = makeArticle();
    const { id } = await library.saveArticle({ article, images: [] });
    const snapshot = await library.deleteArticle(id);
    await library.saveArticle({ article, images: [] });
    await expect(library.restoreArticle(snapshot!)).rejects.toMatchObject({ code: 'DUPLICATE' });
    expect((await library.listArticles()).total).toBe(1);
  });
});

describe('reading progress', () => {
  test('is clamped to 0..1 and kept when the article is saved again', async () => {
    const { library } = freshLibrary();
    const article = makeArticle();
    const { id } = await library.saveArticle({ article, images: [] });
    await library.setReadingProgress(id, 1.7);
    expect((await library.listArticles()).items[0]?.readingProgress).toBe(1);
    await library.setReadingProgress(id, 0.3);
    await library.saveArticle({ article, images: [] });
    expect((await library.getArticle(id))?.readingProgress).toBe(0.3);
    await expect(library.setReadingProgress(id, Number.NaN)).rejects.toThrow(RangeError);
    await expect(library.setReadingProgress('missing', 0.5)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sizes and storage', () => {
  test('largestArticles suggests the biggest entries first; estimate sums the library', async () => {
    const sizes = [10_000, 250_000, 3_000, 90_000];
    const { library } = freshLibrary({
      storage: { estimate: async () => ({ usage: 123_456, quota: 1_000_000 }), persisted: async () => true },
    });
    for (const [i, size] of sizes.entries()) {
      const article = makeArticle({ title: `文章 ${i}`, url: `https://mirror.example/s/${i}`, images: 1, leadImage: null });
      await library.saveArticle({ article, images: [{ ...fetchedAll(article)[0]!, blob: imageBlob(size, i) }] });
    }
    const largest = await library.largestArticles(2);
    expect(largest.map((item) => item.title)).toEqual(['文章 1', '文章 3']);
    expect(largest[0]!.sizes.images).toBe(250_000);

    const estimate = await library.estimate();
    expect(estimate).toMatchObject({ usage: 123_456, quota: 1_000_000, persisted: true, articles: 4 });
    expect(estimate.libraryBytes).toBeGreaterThan(sizes.reduce((a, b) => a + b));
    expect(estimate.libraryBytes).toBeLessThan(sizes.reduce((a, b) => a + b) + 4 * 5_000);
  });

  test('estimate works without navigator.storage', async () => {
    const { library } = freshLibrary();
    expect(await library.estimate()).toEqual({ usage: null, quota: null, persisted: null, articles: 0, libraryBytes: 0 });
  });
});

describe('interrupted saves', () => {
  test('a split save is invisible until finished; one cut short by a dead worker is found, resumable and then listed', async () => {
    const first = freshLibrary();
    const article = makeArticle({ images: 4 });
    const { id, targets } = await first.library.beginSave({ article, sourceUrl: article.url });
    expect(targets.map((target) => target.url)).toEqual(article.images.map((image) => image.src));
    const fetched = fetchedAll(article, 321);
    await first.library.storeImages(id, fetched.slice(0, 2));
    expect((await first.library.listArticles()).total).toBe(0);
    expect(await first.library.getArticle(id)).toBeNull();
    // The worker dies here: a new library instance (a restarted worker) opens the same database.
    first.library.close();

    const { openLibrary } = await import('../../../src/storage/library');
    const restarted = openLibrary(first.deps);
    const interrupted = await restarted.listInterrupted();
    expect(interrupted).toEqual([expect.objectContaining({ id, title: article.title, pending: 2, total: 4 })]);

    const staged = await restarted.getInterrupted(id);
    const pending = staged!.images.filter((ref) => ref.status === 'pending').map((ref) => ref.url);
    await restarted.storeImages(id, fetched.filter((image) => pending.includes(image.url)));
    const outcome = await restarted.finishSave(id);
    expect(outcome).toMatchObject({ id, status: 'complete', updated: false });
    expect(await restarted.listInterrupted()).toEqual([]);
    expect((await restarted.listArticles()).items.map((item) => item.id)).toEqual([id]);
    expect((await restarted.getImages(id)).map((image) => image.bytes)).toEqual([321, 321, 321, 321]);
  });

  test('finishing marks images never fetched as missing (INTERRUPTED)', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 3 });
    const { id } = await library.beginSave({ article });
    await library.storeImages(id, fetchedAll(article).slice(0, 1));
    const outcome = await library.finishSave(id);
    expect(outcome.status).toBe('partial');
    expect(outcome.missing.map((m) => m.error.code)).toEqual(['INTERRUPTED', 'INTERRUPTED']);
  });

  test('a split save of an article already saved replaces it on finish and keeps its id; the old copy stays readable meanwhile', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const saved = await library.saveArticle({ article, images: fetchedAll(article, 10) });
    await library.setReadingProgress(saved.id, 0.5);
    const { id: stagingId } = await library.beginSave({ article: { ...article, textContent: '新版' } });
    await library.storeImages(stagingId, fetchedAll(article, 20));
    expect((await library.getArticle(saved.id))?.article.textContent).toBe(article.textContent);
    expect((await library.getImages(saved.id)).map((image) => image.bytes)).toEqual([10, 10]);

    const outcome = await library.finishSave(stagingId);
    expect(outcome).toMatchObject({ id: saved.id, updated: true, status: 'complete' });
    expect((await library.getArticle(saved.id))).toMatchObject({ readingProgress: 0.5, article: { textContent: '新版' } });
    expect((await library.getImages(saved.id)).map((image) => image.bytes)).toEqual([20, 20]);
    expect(await library.getImages(stagingId)).toEqual([]);
    expect((await library.listArticles()).total).toBe(1);
  });

  test('discarding an interrupted save removes its text and images; a finished single save supersedes it', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const a = await library.beginSave({ article });
    await library.storeImages(a.id, fetchedAll(article).slice(0, 1));
    expect(await library.discardInterrupted(a.id)).toBe(true);
    expect(await library.getImages(a.id)).toEqual([]);
    expect(await library.listInterrupted()).toEqual([]);

    await library.beginSave({ article });
    await library.saveArticle({ article, images: fetchedAll(article) });
    expect(await library.listInterrupted()).toEqual([]);
  });
});
