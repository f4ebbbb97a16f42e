// The IndexedDB layout of the library (database `qingyue-library`).
//
//  articles    key id              the source of truth: ArticleRecord (the full Article, images' status)
//  images      key [articleId, n]  ImageRecord: one Blob per image, never base64
//  summaries   key id              projection for the list: small rows, indexed newest-first, by
//                                  identity (dedupe) and by size; 'saving' entries have none
//  searchText  key id              projection for search: the compact normalised title and text
//  meta        out-of-line keys    'generation': bumped by every write that changes what search sees,
//                                  so a page can keep the search texts in memory and know when to reload
//
// The projections are derived from `articles` and rebuilt by migrations when their shape changes.

import type { DBSchema } from 'idb';
import type { ArticleRecord, ArticleSummary, ImageRecord } from './types';

export const DB_NAME = 'qingyue-library';
export const DB_VERSION = 2;

export interface SummaryRow extends ArticleSummary {
  /** -savedAt: ascending order of [order, id] is newest first, so one getAll() reads a page. */
  order: number;
  dedupeKeys: string[];
}

export interface SearchRow {
  id: string;
  order: number;
  /** compactText(title) */
  title: string;
  /** compactText(textContent) */
  text: string;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { byStatus: string } };
  images: { key: [string, number]; value: ImageRecord };
  summaries: {
    key: string;
    value: SummaryRow;
    indexes: { newestFirst: [number, string]; dedupeKeys: string; bySize: number };
  };
  searchText: { key: string; value: SearchRow; indexes: { newestFirst: [number, string] } };
  meta: { key: string; value: number };
}

export type StoreName = 'articles' | 'images' | 'summaries' | 'searchText' | 'meta';
export const ALL_STORES: StoreName[] = ['articles', 'images', 'summaries', 'searchText', 'meta'];
export const GENERATION_KEY = 'generation';
