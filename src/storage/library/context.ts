// What every library operation needs, injected so the same code runs in the background, in
// extension pages and under Node with fake-indexeddb.

import type { IDBPTransaction } from 'idb';
import { LibraryError } from './errors';
import { openDatabase } from './open';
import type { LibraryDb } from './open';
import type { LibrarySchema, StoreName } from './schema';
import type { SearchCache } from './search';

export interface LibraryDeps {
  /** Defaults to globalThis.indexedDB. */
  indexedDB?: IDBFactory;
  /** Defaults to globalThis.IDBKeyRange; must come from the same implementation as indexedDB. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Defaults to globalThis.navigator.storage (absent in Node). */
  storage?: Pick<StorageManager, 'estimate'> & Partial<Pick<StorageManager, 'persisted'>>;
  /** Defaults to 'qingyue-library'. */
  name?: string;
  /** Clock and id source, replaceable in tests. */
  now?: () => number;
  newId?: () => string;
}

export interface LibraryContext {
  db(): Promise<LibraryDb>;
  keyRange: typeof IDBKeyRange;
  storage: LibraryDeps['storage'] | null;
  now: () => number;
  newId: () => string;
  /** Search texts kept in memory between keystrokes (see search.ts). */
  searchCache: SearchCache;
  close(): void;
}

export type WriteTx = IDBPTransaction<LibrarySchema, StoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<LibrarySchema, StoreName[], 'readonly' | 'readwrite'>;

export function createContext(deps: LibraryDeps, name: string): LibraryContext {
  const factory = deps.indexedDB ?? globalThis.indexedDB;
  const keyRange = deps.IDBKeyRange ?? globalThis.IDBKeyRange;
  if (!factory || !keyRange) throw new LibraryError('UNAVAILABLE', 'IndexedDB is not available in this context.');
  let opening: Promise<LibraryDb> | null = null;
  let closed = false;
  const forget = () => {
    opening = null;
  };
  const context: LibraryContext = {
    db() {
      if (closed) return Promise.reject(new LibraryError('UNAVAILABLE', 'The library was closed.'));
      opening ??= openDatabase(factory, { name, onVersionChange: forget, onTerminated: forget }).catch((error: unknown) => {
        opening = null;
        throw error;
      });
      return opening;
    },
    keyRange,
    storage: deps.storage ?? globalThis.navigator?.storage ?? null,
    now: deps.now ?? Date.now,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    searchCache: { generation: -1, entries: [] },
    close() {
      closed = true;
      void opening?.then((db) => db.close(), () => undefined);
      opening = null;
    },
  };
  return context;
}
