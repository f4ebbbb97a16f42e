// One page of the list for a view: newest first (the library's index), or largest first for
// cleaning up, either of them filtered by a search. Only the page's rows are read; a search over
// titles and full texts runs in memory in the library (search.ts) and reads summaries for the page.

import type { ArticleSummary, Library, SearchHit } from '../../storage/library';
import { PAGE_SIZE, pageOffset } from './paging';
import type { ViewState } from './paging';

export type ListItem = ArticleSummary | SearchHit;

export interface ListPage {
  items: ListItem[];
  /** Entries in the view (matches, for a search). */
  total: number;
}

export type ListSource = Pick<Library, 'listArticles' | 'search' | 'largestArticles'>;

const bySizeDesc = (a: ArticleSummary, b: ArticleSummary) => b.sizes.total - a.sizes.total || b.savedAt - a.savedAt;

export async function fetchListPage(library: ListSource, view: Pick<ViewState, 'query' | 'sort' | 'page'>, size = PAGE_SIZE): Promise<ListPage> {
  const offset = pageOffset(view.page, size);
  const query = view.query.trim();
  if (view.sort === 'newest') {
    return query ? library.search(query, { offset, limit: size }) : library.listArticles({ offset, limit: size });
  }
  if (!query) {
    // largestArticles reads the size index from the top; the count comes from the list's store.
    const [largest, counted] = await Promise.all([library.largestArticles(offset + size), library.listArticles({ offset: 0, limit: 0 })]);
    return { items: largest.slice(offset), total: counted.total };
  }
  // A search ordered by size: the matches are few next to the library, sort them all.
  const all = await library.search(query, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
  return { items: [...all.items].sort(bySizeDesc).slice(offset, offset + size), total: all.total };
}

export const isSearchHit = (item: ListItem): item is SearchHit => 'matchedIn' in item;
