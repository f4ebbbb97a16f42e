// One page of the library list for a view, on a real library (fake-indexeddb): newest first in
// pages of 50, largest first, and a Chinese search in either order.

import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../src/storage/library';
import { fetchListPage, isSearchHit } from '../../../src/ui/library/list-query';
import { fetchedAll, freshLibrary, makeArticle } from '../storage/library-fixtures';

let library: Library;
const TOTAL = 120;

beforeAll(async () => {
  const test = freshLibrary();
  library = test.library;
  for (let i = 0; i < TOTAL; i++) {
    test.tick(60_000);
    // Every tenth article mentions 留存 in its text; sizes grow with i except for a few big ones.
    const paragraphs = [i % 10 === 0 ? `第 ${i} 篇：次日留存是新用户最重要的指标。` : `第 ${i} 篇：需求评审的目标是对齐。`, '正文'.repeat(i % 7 === 0 ? 2000 : 10 + i)];
    const article = makeArticle({ title: `文章 ${String(i).padStart(3, '0')}`, url: `https://blog.example.cn/${i}`, site: null, images: 0, leadImage: null, paragraphs });
    await library.saveArticle({ article, images: fetchedAll(article), sourceUrl: article.url });
  }
});

describe('fetchListPage', () => {
  it('reads 50 rows per page, newest first, with the total', async () => {
    const first = await fetchListPage(library, { query: '', sort: 'newest', page: 1 });
    expect(first.total).toBe(TOTAL);
    expect(first.items).toHaveLength(50);
    expect(first.items[0]!.title).toBe('文章 119');
    const third = await fetchListPage(library, { query: '', sort: 'newest', page: 3 });
    expect(third.items.map((item) => item.title)).toEqual(Array.from({ length: 20 }, (_, i) => `文章 ${String(19 - i).padStart(3, '0')}`));
  });

  it('orders by stored size for cleaning up, largest first, page by page', async () => {
    const first = await fetchListPage(library, { query: '', sort: 'largest', page: 1 });
    const second = await fetchListPage(library, { query: '', sort: 'largest', page: 2 });
    expect(first.total).toBe(TOTAL);
    const sizes = [...first.items, ...second.items].map((item) => item.sizes.total);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(first.items.slice(0, 18).every((item) => Number(item.title.slice(3)) % 7 === 0)).toBe(true);
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(100);
  });

  it('searches Chinese substrings in the full text and pages the matches', async () => {
    const hits = await fetchListPage(library, { query: '留存', sort: 'newest', page: 1 });
    expect(hits.total).toBe(12);
    expect(hits.items.map((item) => item.title)).toEqual(Array.from({ length: 12 }, (_, i) => `文章 ${String(110 - i * 10).padStart(3, '0')}`));
    const hit = hits.items[0]!;
    expect(isSearchHit(hit) && hit.matchedIn).toBe('text');
    expect(isSearchHit(hit) && hit.snippet?.text.slice(...hit.snippet.match)).toBe('留存');
  });

  it('sorts search results by size when asked', async () => {
    const hits = await fetchListPage(library, { query: '留存', sort: 'largest', page: 1 });
    expect(hits.total).toBe(12);
    const sizes = hits.items.map((item) => item.sizes.total);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(hits.items[0]!.title).toBe('文章 070'); // 70 is a multiple of 7 and 10: the big one
  });

  it('gives an empty page past the end (the page then moves back to the last one)', async () => {
    const page = await fetchListPage(library, { query: '', sort: 'newest', page: 9 });
    expect(page).toEqual({ items: [], total: TOTAL });
  });
});
