// Ordered schema migrations. MIGRATIONS[i] upgrades a database from version i to version i + 1 and
// runs inside the versionchange transaction: it may read and write any store but must only await
// IndexedDB requests (any other await lets the transaction commit half-way).

import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { dedupeKeys } from './dedupe';
import { toSearchRow, toSummaryRow } from './projections';
import { all } from './rows';
import { DB_VERSION, GENERATION_KEY } from './schema';
import { textBytes, sizesOf } from './sizes';
import type { ArticleRecord, ImageRef } from './types';

// Migrations see every historical shape, so they work on the untyped database.
type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => Promise<void>;

/** The article record as version 1 stored it: one identity, no status (a save was always complete or partial). */
export interface ArticleRecordV1 extends Omit<ArticleRecord, 'status' | 'dedupeKeys' | 'images'> {
  images: Array<Omit<ImageRef, 'status'> & { status: 'ok' | 'missing' }>;
}

export function upgradeRecordV1(old: ArticleRecordV1): ArticleRecord {
  const record: ArticleRecord = {
    ...old,
    dedupeKeys: dedupeKeys(old.article, old.sourceUrl),
    status: old.images.some((image) => image.status !== 'ok') ? 'partial' : 'complete',
  };
  // Version 2 counts the search text in the article's size, so the storage meter stays honest.
  const search = toSearchRow(record);
  record.sizes = sizesOf(textBytes(record.article, search.title + search.text), old.sizes.images);
  return record;
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: articles and their image blobs.
  async (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('dedupeKey', 'dedupeKey', { unique: false });
    db.createObjectStore('images', { keyPath: ['articleId', 'index'] });
  },

  // 1 → 2: split saves ('saving' status), several identities per article, and the list and search
  // projections, so that listing 1,000 articles or searching them never loads article bodies.
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.deleteIndex('dedupeKey');
    articles.createIndex('byStatus', 'status', { unique: false });

    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    summaries.createIndex('newestFirst', ['order', 'id'], { unique: true });
    summaries.createIndex('dedupeKeys', 'dedupeKeys', { unique: false, multiEntry: true });
    summaries.createIndex('bySize', 'sizes.total', { unique: false });
    const search = db.createObjectStore('searchText', { keyPath: 'id' });
    search.createIndex('newestFirst', ['order', 'id'], { unique: true });
    const meta = db.createObjectStore('meta');

    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      const record = upgradeRecordV1(cursor.value as ArticleRecordV1);
      await all([() => cursor!.update(record), () => summaries.put(toSummaryRow(record)), () => search.put(toSearchRow(record))]);
    }
    await meta.put(1, GENERATION_KEY);
  },
];

if (MIGRATIONS.length !== DB_VERSION) throw new Error(`DB_VERSION is ${DB_VERSION} but there are ${MIGRATIONS.length} migrations`);
