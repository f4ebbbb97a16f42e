// Pages of the list and the view state kept in the address (library.html?q=…&sort=size&page=3),
// so going back from the reader returns to the same search and page.

export const PAGE_SIZE = 50;

export type SortOrder = 'newest' | 'largest';

export interface ViewState {
  query: string;
  sort: SortOrder;
  /** 1-based */
  page: number;
}

export const DEFAULT_VIEW: ViewState = { query: '', sort: 'newest', page: 1 };

/** Longest query kept in the address; the search box itself allows the same. */
export const MAX_QUERY = 200;

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

export function clampPage(page: number, total: number, size = PAGE_SIZE): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.floor(page)), pageCount(total, size));
}

export function pageOffset(page: number, size = PAGE_SIZE): number {
  return (Math.max(1, Math.floor(page)) - 1) * size;
}

/** "51–100" of the page, for the pager's label. */
export function pageRange(page: number, total: number, size = PAGE_SIZE): [number, number] {
  if (total <= 0) return [0, 0];
  const first = pageOffset(clampPage(page, total, size), size) + 1;
  return [first, Math.min(total, first + size - 1)];
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort: params.get('sort') === 'size' ? 'largest' : 'newest',
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for a view; defaults are left out so the plain page stays library.html. */
export function writeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.query.trim()) params.set('q', view.query.trim());
  if (view.sort === 'largest') params.set('sort', 'size');
  if (view.page > 1) params.set('page', String(view.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
