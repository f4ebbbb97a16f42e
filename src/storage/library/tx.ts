// Transactions that are all or nothing. IndexedDB commits a transaction by itself as soon as no
// request is pending, so an exception thrown by our own code half-way through would otherwise
// commit the writes made so far: every failure here aborts explicitly before it is reported.

import { toLibraryError } from './errors';
import type { LibraryContext, ReadTx, WriteTx } from './context';
import type { StoreName } from './schema';

/**
 * Run `body` in one readwrite transaction over `stores`. `body` must only await IndexedDB requests
 * of `tx` (never the network, timers or crypto: the transaction would commit in between).
 * `needBytes` sizes the QUOTA_EXCEEDED error when the browser refuses the write.
 */
export async function writeTransaction<T>(
  context: LibraryContext,
  stores: StoreName[],
  body: (tx: WriteTx) => Promise<T>,
  needBytes?: number,
): Promise<T> {
  const db = await context.db();
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw toLibraryError(error, undefined, needBytes);
  }
  const done = tx.done;
  done.catch(() => undefined); // observed below; avoid an unhandled rejection in between
  try {
    const result = await body(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already aborted (a failed request) or finished.
    }
    await done.catch(() => undefined);
    throw toLibraryError(error, tx.error, needBytes);
  }
}

export async function readTransaction<T>(context: LibraryContext, stores: StoreName[], body: (tx: ReadTx) => Promise<T>): Promise<T> {
  const db = await context.db();
  try {
    const tx = db.transaction(stores, 'readonly');
    tx.done.catch(() => undefined); // a failed read rejects below; the transaction's own promise must not go unhandled
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    throw toLibraryError(error);
  }
}
