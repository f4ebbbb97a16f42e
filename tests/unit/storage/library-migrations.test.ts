// Schema migrations: a database written by version 1 opens with its data intact, upgraded.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import { DB_VERSION, openLibrary } from '../../../src/storage/library';
import type { ArticleRecordV1 } from '../../../src/storage/library/migrations';
import { openDatabase } from '../../../src/storage/library/open';
import { blobBytes, fetchedAll, imageBytes, makeArticle } from './library-fixtures';

function v1Record(id: string, title: string, url: string, savedAt: number, missingSecond: boolean): ArticleRecordV1 {
  const article = makeArticle({ title, url, images: 2 });
  return {
    id,
    article,
    sourceUrl: url,
    canonicalUrl: null,
    dedupeKey: `woshipm:${title}`,
    savedAt,
    updatedAt: savedAt,
    sizes: { html: 100, images: 64, total: 164 },
    readingProgress: 0.25,
    images: article.images.map((image, index) => ({
      index,
      url: image.src,
      originalUrl: null,
      status: missingSecond && index === 1 ? 'missing' : 'ok',
      type: 'image/jpeg',
      bytes: 32,
    })),
  };
}

test('a version 1 library with data upgrades to the current schema: listed, searchable, deduped, blobs intact', async () => {
  const factory = new IDBFactory();
  const v1 = (await openDatabase(factory, { name: 'qingyue-library', version: 1 })) as unknown as import('idb').IDBPDatabase<unknown>;
  expect([...v1.objectStoreNames].sort()).toEqual(['articles', 'images']);
  const older = v1Record('a-1', '留存分析的三个层次', 'https://mirror.example/retention', Date.UTC(2024, 0, 1), false);
  const newer = v1Record('a-2', '一次失败的改版', 'https://mirror.example/redesign', Date.UTC(2024, 1, 1), true);
  const tx = v1.transaction(['articles', 'images'], 'readwrite');
  await tx.objectStore('articles').put(older);
  await tx.objectStore('articles').put(newer);
  await tx.objectStore('images').put({ articleId: 'a-1', index: 0, url: older.images[0]!.url, originalUrl: null, blob: new Blob([imageBytes(32, 7)], { type: 'image/jpeg' }), type: 'image/jpeg', bytes: 32, status: 'ok' });
  await tx.done;
  v1.close();

  const library = openLibrary({ indexedDB: factory, IDBKeyRange });
  const { items, total } = await library.listArticles();
  expect(total).toBe(2);
  expect(items.map((item) => [item.id, item.status, item.readingProgress, item.missingImages])).toEqual([
    ['a-2', 'partial', 0.25, 1],
    ['a-1', 'complete', 0.25, 0],
  ]);
  // Sizes now count the stored text truthfully.
  expect(items[1]!.sizes.html).toBeGreaterThan(100);
  expect(items[1]!.sizes.images).toBe(64);

  expect((await library.search('改版')).items.map((item) => item.id)).toEqual(['a-2']);
  expect(await blobBytes((await library.getImageBlobs('a-1')).get(older.images[0]!.url)!)).toEqual(imageBytes(32, 7));

  // Saving the same article again updates the migrated entry instead of adding one.
  const again = makeArticle({ title: '留存分析的三个层次', url: 'https://another-mirror.example/x', images: 2 });
  const outcome = await library.saveArticle({ article: again, images: fetchedAll(again) });
  expect(outcome).toMatchObject({ id: 'a-1', updated: true });
  expect((await library.listArticles()).total).toBe(2);

  const db = (await openDatabase(factory, { name: 'qingyue-library' })) as unknown as IDBDatabase;
  expect(db.version).toBe(DB_VERSION);
  expect([...db.objectStoreNames].sort()).toEqual(['articles', 'images', 'meta', 'searchText', 'summaries']);
  db.close();
  library.close();
});

test('a database from a newer Qingyue is refused with VERSION_TOO_NEW, not damaged', async () => {
  const factory = new IDBFactory();
  await new Promise<void>((resolve) => {
    const request = factory.open('qingyue-library', DB_VERSION + 5);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
  const library = openLibrary({ indexedDB: factory, IDBKeyRange });
  await expect(library.listArticles()).rejects.toMatchObject({ code: 'VERSION_TOO_NEW' });
});

test('an upgrade requested by another context closes this connection, which reopens on next use', async () => {
  const factory = new IDBFactory();
  const library = openLibrary({ indexedDB: factory, IDBKeyRange, name: 'qingyue-library-vc' });
  const article = makeArticle();
  await library.saveArticle({ article, images: [] });
  // Another context deletes the database (as an uninstall/reset would): our connection must not block it.
  await new Promise<void>((resolve, reject) => {
    const request = factory.deleteDatabase('qingyue-library-vc');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked by our open connection'));
  });
  expect(await library.listArticles()).toEqual({ items: [], total: 0 });
});
