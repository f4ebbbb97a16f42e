// The rows the page shows for a view. The previous rows stay on screen while the next page or
// search loads (no flash of emptiness between keystrokes); an answer that arrives after a newer
// request is dropped.

import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchListPage } from './list-query';
import { markOnce } from './perf';
import type { ListItem, ListPage, ListSource } from './list-query';
import type { ViewState } from './paging';

export type ListState =
  | { kind: 'loading' }
  | { kind: 'ready'; items: ListItem[]; total: number; view: ViewState; refreshing: boolean }
  | { kind: 'error'; error: unknown };

/** A page already being read (main.tsx starts it before the settings are loaded). */
export interface PrefetchedPage {
  view: ViewState;
  page: Promise<ListPage>;
}

const sameView = (a: ViewState, b: ViewState) => a.query === b.query && a.sort === b.sort && a.page === b.page;

export function useLibraryList(library: ListSource, view: ViewState, revision: number, prefetched?: PrefetchedPage): ListState {
  const [state, setState] = useState<ListState>({ kind: 'loading' });
  const latest = useRef(0);
  const first = useRef(prefetched);
  useEffect(() => {
    const serial = ++latest.current;
    const ready = first.current && sameView(first.current.view, view) ? first.current.page : null;
    first.current = undefined;
    setState((old) => (old.kind === 'ready' ? { ...old, refreshing: true } : old));
    (ready ?? fetchListPage(library, view)).then(
      (page) => {
        markOnce('qy-library-data');
        if (serial === latest.current) setState({ kind: 'ready', items: page.items, total: page.total, view, refreshing: false });
      },
      (error: unknown) => {
        if (serial === latest.current) setState({ kind: 'error', error });
      },
    );
    // `view` is compared by its fields: a new object with the same view must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library, view.query, view.sort, view.page, revision]);
  return state;
}
