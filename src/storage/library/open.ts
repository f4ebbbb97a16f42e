// Opening the database with an injected IDBFactory (tests pass fake-indexeddb; extension pages and
// the background use the global one), running the ordered migrations.

import { wrap } from 'idb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { LibraryError, isQuotaError, quotaError, toLibraryError } from './errors';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';
import type { LibrarySchema } from './schema';

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export interface OpenOptions {
  name: string;
  /** Open at this version (tests create old databases with it). Defaults to the latest. */
  version?: number;
  /** Called when another context needs to upgrade the database: the connection is closed first. */
  onVersionChange?: () => void;
  /** Called when the browser closed the connection on its own (storage cleared, disk error). */
  onTerminated?: () => void;
}

export async function openDatabase(factory: IDBFactory, options: OpenOptions): Promise<LibraryDb> {
  const version = options.version ?? MIGRATIONS.length;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name, version);
  } catch (error) {
    throw new LibraryError('UNAVAILABLE', `IndexedDB cannot be opened here: ${(error as Error).message}`, { cause: error });
  }
  let migrationError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction!) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    tx.done.catch(() => undefined); // a failed upgrade is reported through the open request below
    const steps: Migration[] = MIGRATIONS.slice(event.oldVersion, version);
    void (async () => {
      for (const step of steps) await step(db, tx);
    })().catch((error: unknown) => {
      // An exception half-way must not leave a half-migrated database: abort the whole upgrade.
      migrationError = error;
      try {
        tx.abort();
      } catch {
        // already finished
      }
    });
  });

  let db: LibraryDb;
  try {
    db = (await wrap(request)) as unknown as LibraryDb;
  } catch (error) {
    if (isQuotaError(migrationError) || isQuotaError(error)) throw quotaError(undefined, migrationError ?? error);
    if (migrationError) {
      throw new LibraryError('STORAGE_ERROR', `Upgrading the library failed; it was left as it was: ${(migrationError as Error).message}`, { cause: migrationError });
    }
    throw toLibraryError(error);
  }
  db.addEventListener('versionchange', () => {
    // Another context (an updated extension) wants to upgrade: let it, and reopen on next use.
    db.close();
    options.onVersionChange?.();
  });
  db.addEventListener('close', () => options.onTerminated?.());
  return db;
}
