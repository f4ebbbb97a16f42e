// A module loaded on demand (a dynamic import): null until it has arrived. Used by the popup for
// what its first paint of an article does not need (the appearance panel, the non-article states),
// which keeps the popup's initial load within its budget (issue #3: ≤ 30 KB gzip).

import { useCallback, useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>, needed: boolean): [T | null, () => void] {
  const [value, setValue] = useState<T | null>(null);
  const [requested, setRequested] = useState(false);
  const request = useCallback(() => setRequested(true), []);
  useEffect(() => {
    if (value || !(needed || requested)) return;
    let live = true;
    load().then(
      (loaded) => live && setValue(() => loaded),
      (error: unknown) => console.error('[qingyue] cannot load part of the page', error),
    );
    return () => {
      live = false;
    };
    // `load` is left out on purpose: callers pass a module-level import thunk that never changes.
  }, [needed, requested, value]);
  return [value, request];
}
