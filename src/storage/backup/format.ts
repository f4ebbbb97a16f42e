// The library backup file: one zip.
//
//   qingyue-backup.json          manifest: format id, version, creation time, counts, and the
//                                size and SHA-256 of every other entry
//   articles/<id>.json           { record: ArticleRecord, images: [image metadata + its file path] }
//   images/<id>/<n>.<ext>        the stored image bytes, unchanged
//
// Versions are "major.minor": a reader accepts any minor of a major it knows (new optional fields)
// and refuses a newer major. Zip without Zip64 (fflate): at most 65,535 entries and 4 GiB.

import type { ArticleRecord, ImageRecord } from '../library/types';

export const BACKUP_FORMAT = 'qingyue-library-backup';
export const BACKUP_VERSION = '1.0';
export const BACKUP_MAJOR = 1;
export const MANIFEST_PATH = 'qingyue-backup.json';

export interface ManifestEntry {
  path: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the entry's bytes. */
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: string;
  /** ISO 8601 */
  createdAt: string;
  generator: string;
  counts: { articles: number; images: number };
  entries: ManifestEntry[];
}

/** An image in an article entry: the record without its Blob, and where its bytes are. */
export type BackupImage = Omit<ImageRecord, 'blob'> & { file: string | null };

export interface BackupArticle {
  record: ArticleRecord;
  images: BackupImage[];
}

export const articlePath = (id: string) => `articles/${encodeURIComponent(id)}.json`;
export const imagePath = (id: string, index: number, extension: string) => `images/${encodeURIComponent(id)}/${index}.${extension}`;

/** Zip limits without Zip64. */
export const MAX_ENTRIES = 65_000;
export const MAX_ZIP_BYTES = 4 * 1024 ** 3 - 64 * 1024 ** 2;
