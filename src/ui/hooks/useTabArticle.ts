// What the popup shows: the active tab's article or why there is none. A tab that is still
// loading is asked again every 500 ms for up to 10 s (then the popup offers a manual retry).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TabArticleState } from '../../shared/messages';
import type { Connector } from '../connect/types';

export const POLL_INTERVAL_MS = 500;
export const POLL_LIMIT_MS = 10_000;

export type PopupState =
  | { kind: 'pending' }
  | TabArticleState
  /** Still loading after POLL_LIMIT_MS: stop polling, offer a retry. */
  | { kind: 'loading-timeout'; url: string };

/** A request that threw (background gone, message refused) shown as an error state, its code kept in the message. */
function failure(error: unknown): TabArticleState {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', tabId: null, url: '', error: { code: 'INTERNAL', message: typeof code === 'string' && code ? `${code}: ${message}` : message } };
}

export function useTabArticle(connector: Connector, tabId: number | undefined, first?: Promise<TabArticleState>) {
  const [state, setState] = useState<PopupState>({ kind: 'pending' });
  const run = useRef(0);
  const firstRequest = useRef(first);

  const load = useCallback(async () => {
    const id = ++run.current;
    const started = Date.now();
    setState((current) => (current.kind === 'loading' ? current : { kind: 'pending' }));
    for (;;) {
      let next: TabArticleState;
      try {
        const request = firstRequest.current ?? connector.getTabArticle(tabId);
        firstRequest.current = undefined;
        next = await request;
      } catch (error) {
        next = failure(error);
      }
      if (id !== run.current) return; // a newer retry took over
      if (next.kind !== 'loading') {
        setState(next);
        return;
      }
      if (Date.now() - started >= POLL_LIMIT_MS) {
        setState({ kind: 'loading-timeout', url: next.url });
        return;
      }
      setState(next);
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      if (id !== run.current) return;
    }
  }, [connector, tabId]);

  useEffect(() => {
    void load();
    return () => {
      run.current++; // stop polling when the popup goes away
    };
  }, [load]);

  return { state, retry: load };
}
