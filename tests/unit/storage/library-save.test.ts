// Saving: one transaction per article, dedupe across mirrors, quota failures that leave nothing behind.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { LibraryError } from '../../../src/storage/library';
import type { FetchedImage } from '../../../src/storage/library';
import { blobBytes, dumpDatabase, failNthPut, fetchedAll, freshLibrary, imageBlob, imageBytes, makeArticle } from './library-fixtures';

let restore: (() => number) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('saveArticle', () => {
  test('stores the article, its images as Blobs and a summary; reads them back byte for byte', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 3, proxied: true });
    const images = fetchedAll(article, 3000);
    const outcome = await library.saveArticle({ article, images, sourceUrl: article.url });

    expect(outcome).toMatchObject({ status: 'complete', updated: false, missing: [] });
    expect(outcome.sizes.images).toBe(9000);
    expect(outcome.sizes.total).toBe(outcome.sizes.html + 9000);

    const record = await library.getArticle(outcome.id);
    expect(record?.article).toEqual(article);
    expect(record?.status).toBe('complete');
    expect(record?.images.map((ref) => [ref.url, ref.originalUrl, ref.status])).toEqual(
      article.images.map((image) => [image.src, image.originalSrc, 'ok']),
    );

    const stored = await library.getImages(outcome.id);
    expect(stored).toHaveLength(3);
    for (const [i, image] of stored.entries()) {
      expect(image.blob).toBeInstanceOf(Blob);
      expect(image.blob?.type).toBe('image/jpeg');
      expect(await blobBytes(image.blob!)).toEqual(imageBytes(3000, i + 1));
    }
    const blobs = await library.getImageBlobs(outcome.id);
    expect([...blobs.keys()]).toEqual(article.images.map((image) => image.src));
  });

  test('images that failed are kept as missing with their reason: the entry is partial', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const images: FetchedImage[] = [
      fetchedAll(article)[0]!,
      { url: article.images[1]!.src, originalUrl: null, status: 'missing', error: { code: 'TIMEOUT', message: 'No answer within 20 s.' } },
    ];
    const outcome = await library.saveArticle({ article, images });
    expect(outcome.status).toBe('partial');
    expect(outcome.missing).toEqual([{ url: article.images[1]!.src, error: { code: 'TIMEOUT', message: 'No answer within 20 s.' } }]);
    const { items } = await library.listArticles();
    expect(items[0]).toMatchObject({ status: 'partial', imageCount: 2, missingImages: 1 });
    expect((await library.getImages(outcome.id)).map((image) => image.status)).toEqual(['ok', 'missing']);
  });

  test('a lead image that the body does not show is kept too', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 1, leadImage: 'https://image.woshipm.com/wp-files/2024/05/cover.png' });
    const images = [...fetchedAll(article), { url: article.leadImage!, originalUrl: null, status: 'ok' as const, blob: imageBlob(500, 9, 'png'), type: 'image/png' }];
    const { id, status } = await library.saveArticle({ article, images });
    expect(status).toBe('complete');
    expect((await library.getImageBlobs(id)).get(article.leadImage!)?.type).toBe('image/png');
  });

  test('images the caller did not fetch are recorded as missing, never silently dropped', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const outcome = await library.saveArticle({ article, images: [] });
    expect(outcome.status).toBe('partial');
    expect(outcome.missing.map((m) => m.error.code)).toEqual(['NOT_FETCHED', 'NOT_FETCHED']);
  });
});

describe('dedupe', () => {
  test('the same woshipm post saved from two mirrors updates one entry: id, first-save time and progress kept, content and images replaced', async () => {
    const { library, tick } = freshLibrary();
    const first = makeArticle({ url: 'https://mirror-one.example/posts/123.html', images: 2 });
    const saved = await library.saveArticle({ article: first, images: fetchedAll(first, 1000) });
    await library.setReadingProgress(saved.id, 0.4);
    const firstSavedAt = (await library.getArticle(saved.id))!.savedAt;

    tick(60_000);
    const second = {
      ...makeArticle({ url: 'https://rss.other-mirror.example/p/abc', images: 3, paragraphs: ['更新后的正文：第二个镜像站的版本。'] }),
      // The mirror's own canonical link and a different spacing/quote style in the title.
      canonicalUrl: 'https://rss.other-mirror.example/p/abc',
      title: '需求评审的三个误区: 从"走流程"到"对齐目标"',
    };
    const resaved = await library.saveArticle({ article: second, images: fetchedAll(second, 777) });

    expect(resaved).toMatchObject({ id: saved.id, updated: true });
    const { items, total } = await library.listArticles();
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ id: saved.id, savedAt: firstSavedAt, readingProgress: 0.4, imageCount: 3 });
    const record = await library.getArticle(saved.id);
    expect(record?.article.textContent).toBe('更新后的正文：第二个镜像站的版本。');
    expect(record?.updatedAt).toBeGreaterThan(firstSavedAt);
    const images = await library.getImages(saved.id);
    expect(images.map((image) => image.bytes)).toEqual([777, 777, 777]);
    // Both mirrors now lead to the entry.
    expect(await library.findSaved(first)).toBe(saved.id);
    expect(await library.findSaved(second)).toBe(saved.id);
  });

  test('saving again while an image cannot be downloaded keeps the copy the entry already has', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 3 });
    const { id } = await library.saveArticle({ article, images: fetchedAll(article, 1234) });
    const again = fetchedAll(article, 999).map((image, i) => (i === 2 ? image : { ...image, status: 'missing' as const, blob: undefined, error: { code: 'NETWORK' as const, message: 'offline' } }));
    const outcome = await library.saveArticle({ article: { ...article, textContent: '修订版' }, images: again });
    expect(outcome).toMatchObject({ id, updated: true, status: 'complete', missing: [] });
    const images = await library.getImages(id);
    expect(images.map((image) => [image.index, image.status, image.bytes])).toEqual([
      [0, 'ok', 1234],
      [1, 'ok', 1234],
      [2, 'ok', 999],
    ]);
    expect(await blobBytes(images[0]!.blob!)).toEqual(imageBytes(1234, 1));
    expect((await library.getArticle(id))?.article.textContent).toBe('修订版');
  });

  test('a generic article shared under two URLs with the same canonical URL is one entry', async () => {
    const { library } = freshLibrary();
    const canonical = 'https://news.example.com/2024/ai-notes';
    const a = makeArticle({ site: null, title: 'Notes on AI products', url: 'https://news.example.com/2024/ai-notes?utm_source=rss', canonicalUrl: canonical });
    const b = makeArticle({ site: null, title: 'Notes on AI products (AMP)', url: 'https://amp.news.example.com/2024/ai-notes', canonicalUrl: `${canonical}/#top` });
    const one = await library.saveArticle({ article: a, images: fetchedAll(a) });
    const two = await library.saveArticle({ article: b, images: fetchedAll(b) });
    expect(two).toMatchObject({ id: one.id, updated: true });
    expect((await library.listArticles()).total).toBe(1);
  });

  test('different articles stay different entries', async () => {
    const { library } = freshLibrary();
    const a = makeArticle({ title: '用户访谈的五个技巧', url: 'https://mirror.example/a' });
    const b = makeArticle({ title: '数据分析入门', url: 'https://mirror.example/b' });
    await library.saveArticle({ article: a, images: fetchedAll(a) });
    await library.saveArticle({ article: b, images: fetchedAll(b) });
    expect((await library.listArticles()).total).toBe(2);
  });

  test('a site-wide canonical link to the home page does not merge all of its articles', async () => {
    const { library } = freshLibrary();
    const a = makeArticle({ site: null, title: 'First', url: 'https://blog.example.org/first', canonicalUrl: 'https://blog.example.org/' });
    const b = makeArticle({ site: null, title: 'Second', url: 'https://blog.example.org/second', canonicalUrl: 'https://blog.example.org/' });
    await library.saveArticle({ article: a, images: [] });
    await library.saveArticle({ article: b, images: [] });
    expect((await library.listArticles()).total).toBe(2);
  });
});

describe('all or nothing', () => {
  test.each(['request', 'throw'] as const)('a quota failure on the 3rd write (%s) leaves the library exactly as it was and reports QUOTA_EXCEEDED with the size needed', async (mode) => {
    const { library, factory } = freshLibrary();
    const kept = makeArticle({ title: '已保存的文章', url: 'https://mirror.example/kept' });
    await library.saveArticle({ article: kept, images: fetchedAll(kept) });
    const before = await dumpDatabase(factory);

    const article = makeArticle({ images: 4, url: 'https://mirror.example/new', title: '新文章' });
    restore = failNthPut(3, mode);
    const error = await library.saveArticle({ article, images: fetchedAll(article, 5000) }).catch((e: unknown) => e);
    expect(restore()).toBeGreaterThanOrEqual(3); // the fault really fired mid-transaction
    restore = null;

    expect(error).toBeInstanceOf(LibraryError);
    expect((error as LibraryError).code).toBe('QUOTA_EXCEEDED');
    expect((error as LibraryError).needBytes).toBeGreaterThanOrEqual(20_000);
    expect((error as LibraryError).message).toMatch(/no room.*Nothing was written/s);
    expect(await dumpDatabase(factory)).toEqual(before);
    expect((await library.listArticles()).total).toBe(1);
  });

  test('a failure while replacing an entry keeps the old content and images', async () => {
    const { library, factory } = freshLibrary();
    const article = makeArticle({ images: 2 });
    const { id } = await library.saveArticle({ article, images: fetchedAll(article, 1111) });
    const before = await dumpDatabase(factory);

    const updated = { ...article, textContent: '新版本', contentHtml: '<p>新版本</p>' };
    restore = failNthPut(2);
    await expect(library.saveArticle({ article: updated, images: fetchedAll(updated, 2222) })).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    restore();
    restore = null;

    expect(await dumpDatabase(factory)).toEqual(before);
    expect((await library.getArticle(id))?.article.textContent).toBe(article.textContent);
    expect((await library.getImages(id)).map((image) => image.bytes)).toEqual([1111, 1111]);
  });

  test('a quota failure while upgrading the database is reported as such and leaves it unopened', async () => {
    const { library } = freshLibrary();
    restore = failNthPut(1);
    await expect(library.listArticles()).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    restore();
    restore = null;
    await expect(library.listArticles()).resolves.toEqual({ items: [], total: 0 });
  });

  test('after a failed save the library keeps working', async () => {
    const { library } = freshLibrary();
    const article = makeArticle();
    await library.listArticles(); // open (and migrate) first: the fault is for the save
    restore = failNthPut(1);
    await expect(library.saveArticle({ article, images: fetchedAll(article) })).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    restore();
    restore = null;
    await expect(library.saveArticle({ article, images: fetchedAll(article) })).resolves.toMatchObject({ status: 'complete', updated: false });
  });
});

describe('isolation', () => {
  test('a reader polling during many saves never sees an entry without all of its images', async () => {
    const { library } = freshLibrary();
    let saving = true;
    const observations: string[] = [];
    const reader = (async () => {
      while (saving) {
        const { items } = await library.listArticles({ limit: 100 });
        for (const item of items) {
          // One read transaction: the record and its images as one consistent state.
          const bundle = await library.getBundle(item.id);
          if (!bundle) continue;
          const stored = bundle.images.filter((image) => image.blob).map((image) => image.bytes);
          const refs = bundle.record.images.map((ref) => ref.bytes);
          observations.push(JSON.stringify(stored) === JSON.stringify(refs) ? 'whole' : `half: ${stored} vs ${refs}`);
        }
      }
    })();
    for (let i = 0; i < 30; i++) {
      const article = makeArticle({ title: `并发 ${i % 10}`, url: `https://m.example/c/${i % 10}`, images: 1 + (i % 4) });
      await library.saveArticle({ article, images: fetchedAll(article, 100 + i) });
    }
    saving = false;
    await reader;
    expect(observations.length).toBeGreaterThan(10);
    expect(observations.filter((o) => o !== 'whole')).toEqual([]);
  });
});

describe('retrying missing images', () => {
  test('storeImages fills only the missing ones and the entry becomes complete', async () => {
    const { library } = freshLibrary();
    const article = makeArticle({ images: 3 });
    const all = fetchedAll(article, 100);
    const first = await library.saveArticle({
      article,
      images: [all[0]!, { ...all[1]!, status: 'missing', blob: undefined, error: { code: 'NETWORK', message: 'offline' } }, { ...all[2]!, status: 'missing', blob: undefined, error: { code: 'NETWORK', message: 'offline' } }],
    });
    expect(first.status).toBe('partial');

    // An attempt to overwrite the stored first image is ignored; the second now arrives, the third fails again.
    const record = await library.storeImages(first.id, [
      { ...all[0]!, blob: imageBlob(5, 99) },
      { ...all[1]!, blob: imageBlob(200, 2) },
      { ...all[2]!, status: 'missing', blob: undefined, error: { code: 'TIMEOUT', message: 'slow' } },
    ]);
    expect(record.status).toBe('partial');
    expect(record.images.map((ref) => [ref.status, ref.bytes, ref.error?.code])).toEqual([
      ['ok', 100, undefined],
      ['ok', 200, undefined],
      ['missing', 0, 'TIMEOUT'],
    ]);
    const done = await library.storeImages(first.id, [{ ...all[2]!, blob: imageBlob(300, 3) }]);
    expect(done.status).toBe('complete');
    expect(done.sizes.images).toBe(600);
    expect((await library.listArticles()).items[0]).toMatchObject({ status: 'complete', missingImages: 0 });
  });

  test('retrying on a deleted entry says so', async () => {
    const { library } = freshLibrary();
    await expect(library.storeImages('gone', [])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
