// Delete now, offer Undo for a few seconds (see undo.ts). `changed` tells the page to re-read
// the list and the meter after each write.

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Library } from '../../storage/library';
import { UndoQueue } from './undo';
import type { UndoOffer } from './undo';

export interface UndoDelete {
  offer: UndoOffer | null;
  /** Resolves with the deleted title, or null when the entry was already gone. */
  remove(id: string): Promise<string | null>;
  /** Resolves true when the entry is back. */
  undo(): Promise<boolean>;
  dismiss(): void;
  /** Pointer or focus on the toast: the offer waits. */
  hold(): void;
  release(): void;
}

export function useUndoDelete(library: Pick<Library, 'deleteArticle' | 'restoreArticle'>, changed: () => void): UndoDelete {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const queue = useMemo(() => new UndoQueue(setOffer), []);
  useEffect(() => () => queue.dismiss(), [queue]);

  const remove = useCallback(
    async (id: string) => {
      const snapshot = await library.deleteArticle(id);
      changed();
      if (!snapshot) return null;
      queue.push(snapshot);
      return snapshot.record.article.title;
    },
    [library, queue, changed],
  );

  const undo = useCallback(async () => {
    const taken = queue.take();
    if (!taken) return false;
    await library.restoreArticle(taken.snapshot);
    changed();
    return true;
  }, [library, queue, changed]);

  const dismiss = useCallback(() => queue.dismiss(), [queue]);
  const hold = useCallback(() => queue.hold(), [queue]);
  const release = useCallback(() => queue.release(), [queue]);
  return { offer, remove, undo, dismiss, hold, release };
}
