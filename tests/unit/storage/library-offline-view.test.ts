// The offline reader's view of an entry: images from stored blobs, nothing else fetched.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { offlineView } from '../../../src/storage/library';
import { fetchedAll, freshLibrary, makeArticle } from './library-fixtures';

test('every stored image maps to a blob: URL (raw or absolutised URL); missing ones keep their address; release revokes them', async () => {
  const { library } = freshLibrary();
  const article = makeArticle({ images: 3 });
  article.images[1]!.src = 'https://IMAGE.woshipm.com/wp-files/2024/05/图 2.jpg';
  const images = fetchedAll(article);
  images[2] = { ...images[2]!, status: 'missing', blob: undefined, error: { code: 'NETWORK', message: 'offline' } };
  const { id } = await library.saveArticle({ article, images });

  const created: Blob[] = [];
  const revoked: string[] = [];
  const urls = {
    createObjectURL: (blob: Blob) => `blob:qingyue/${created.push(blob)}`,
    revokeObjectURL: (url: string) => void revoked.push(url),
  };
  const view = offlineView((await library.getBundle(id))!, urls);
  expect(view.article).toEqual(article);
  expect(view.mapImage(article.images[0]!.src)).toBe('blob:qingyue/1');
  expect(view.mapImage(article.images[1]!.src)).toBe('blob:qingyue/2');
  // As the reader page writes it after new URL(src, base).href:
  expect(view.mapImage(new URL(article.images[1]!.src).href)).toBe('blob:qingyue/2');
  expect(view.mapImage(article.images[2]!.src)).toBe(article.images[2]!.src);
  expect(view.mapImage(article.leadImage!)).toBe('blob:qingyue/1'); // the lead image is the first body image
  expect(created.map((blob) => blob.size)).toEqual([2048, 2048]);
  view.release();
  expect(revoked).toEqual(['blob:qingyue/1', 'blob:qingyue/2']);
});

test('prepareSearch loads the texts so the first query needs no reload', async () => {
  const { library } = freshLibrary();
  await library.saveArticle({ article: makeArticle(), images: [] });
  await library.prepareSearch();
  expect((await library.search('需求')).total).toBe(1);
});
