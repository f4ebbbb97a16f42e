// The storage meter's numbers: the library's own bytes and article count, and what the browser
// reports for the extension's whole origin (navigator.storage.estimate). Read after the list has
// painted (it walks every summary row) and again whenever the library changes.

import { useEffect, useState } from 'preact/hooks';
import type { Library, LibraryEstimate } from '../../storage/library';

export function useStorageEstimate(library: Pick<Library, 'estimate'>, revision: number, enabled: boolean): LibraryEstimate | null {
  const [estimate, setEstimate] = useState<LibraryEstimate | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    library.estimate().then(
      (value) => live && setEstimate(value),
      (error: unknown) => console.warn('[qingyue] storage estimate failed', error),
    );
    return () => {
      live = false;
    };
  }, [library, revision, enabled]);
  return estimate;
}
