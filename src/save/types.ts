// What the save engine reports. Plain data: results and progress cross runtime messaging to the
// popup, the reader tab and the badge unchanged.

import type { ArticleSizes, ArticleSummary, ImageErrorCode, LibraryErrorCode } from '../storage/library';

export interface SaveProgress {
  /** 'images': downloading; 'writing': one transaction in progress; 'done': finished (whatever the result). */
  phase: 'images' | 'writing' | 'done';
  /** Images finished (downloaded or given up), of `total`. */
  done: number;
  total: number;
  /** Image bytes downloaded so far. */
  bytes: number;
}

export interface MissingImage {
  url: string;
  reason: ImageErrorCode;
  message: string;
}

export type SaveFailureCode =
  | LibraryErrorCode
  /** From the extractor: the page (or link) is not an article. Nothing was saved. */
  | 'NO_ARTICLE'
  | 'PARSE_ERROR'
  | 'TOO_LARGE'
  | 'INTERNAL';

export type SaveResult =
  | { status: 'saved'; id: string; updated: boolean; sizes: ArticleSizes }
  /** The text is saved; these images are not (retry later with retryMissingImages). */
  | { status: 'saved-partial'; id: string; updated: boolean; sizes: ArticleSizes; missing: MissingImage[] }
  | {
      status: 'failed';
      code: SaveFailureCode;
      /** English sentence; the UI localises by code. */
      message: string;
      /** QUOTA_EXCEEDED: about how much room the save needed. */
      needBytes?: number;
      /** QUOTA_EXCEEDED: the biggest entries, to suggest deleting. */
      largest?: ArticleSummary[];
    };
