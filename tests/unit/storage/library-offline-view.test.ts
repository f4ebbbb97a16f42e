// The offline reader's view of an entry: images from stored blobs, nothing else fetched.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { offlineView } from '../../../src/storage/library';
import { fetchedAll, freshLibrary, makeArticle } from './library-fixtures';

test('every stored image becomes a blob: URL (body and lead image); missing ones keep their address; release revokes them', async () => {
  const { library } = freshLibrary();
  const article = makeArticle({ images: 3 });
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
  expect(view.article.contentHtml).toContain('src="blob:qingyue/1"');
  expect(view.article.contentHtml).toContain('src="blob:qingyue/2"');
  expect(view.article.contentHtml).toContain(`src="${article.images[2]!.src}"`);
  expect(view.article.leadImage).toBe('blob:qingyue/1'); // the lead image is the first body image
  expect(view.article.images.map((image) => image.src)).toEqual(['blob:qingyue/1', 'blob:qingyue/2', article.images[2]!.src]);
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
