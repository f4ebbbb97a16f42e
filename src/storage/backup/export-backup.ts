// The whole library as one backup file. Streams: one article (record + blobs) is in memory at a
// time, zip output is gathered into Blob parts the browser may keep on disk, and the manifest
// with every entry's checksum is written last.

import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import type { Library } from '../library';
import { LibraryError } from '../library/errors';
import { extensionFor } from '../export/file-names';
import { BACKUP_FORMAT, BACKUP_VERSION, MANIFEST_PATH, MAX_ENTRIES, MAX_ZIP_BYTES, articlePath, imagePath } from './format';
import type { BackupArticle, BackupImage, BackupManifest, ManifestEntry } from './format';
import { sha256Hex } from './sha256';

export interface BackupProgress {
  articles: number;
  images: number;
  bytes: number;
}

export interface ExportBackupOptions {
  onProgress?: (progress: BackupProgress) => void;
  /** Clock for the manifest's creation time (tests). */
  now?: () => number;
}

/** Gather zip output; fold it into a Blob every few MB so a large library is not one huge array in memory. */
class BlobSink {
  private parts: Blob[] = [];
  private pending: Uint8Array<ArrayBuffer>[] = [];
  private pendingBytes = 0;
  size = 0;
  push(chunk: Uint8Array<ArrayBuffer>): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.byteLength;
    this.size += chunk.byteLength;
    if (this.pendingBytes >= 8 * 1024 * 1024) this.flush();
  }
  flush(): void {
    if (!this.pending.length) return;
    this.parts.push(new Blob(this.pending));
    this.pending = [];
    this.pendingBytes = 0;
  }
  blob(): Blob {
    this.flush();
    return new Blob(this.parts, { type: 'application/zip' });
  }
}

export async function exportBackup(library: Library, options: ExportBackupOptions = {}): Promise<Blob> {
  const sink = new BlobSink();
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else sink.push(chunk as Uint8Array<ArrayBuffer>);
  });
  const entries: ManifestEntry[] = [];
  const add = async (path: string, bytes: Uint8Array<ArrayBuffer>, mtime: number, compress: boolean) => {
    if (entries.length + 2 > MAX_ENTRIES || sink.size + bytes.byteLength > MAX_ZIP_BYTES) {
      throw new LibraryError('STORAGE_ERROR', 'The library is too large for one backup file (over 65,000 files or 4 GB). Export articles one by one instead.');
    }
    const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = mtime;
    zip.add(file);
    file.push(bytes, true);
    if (zipError) throw zipError;
    entries.push({ path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) });
  };

  let articles = 0;
  let images = 0;
  for await (const { record, images: stored } of library.bundles()) {
    const imageEntries: BackupImage[] = [];
    for (const image of stored) {
      const { blob, ...meta } = image;
      let file: string | null = null;
      if (blob) {
        file = imagePath(record.id, image.index, extensionFor(image.type ?? blob.type));
        // Image bytes are already compressed: store them as they are.
        await add(file, new Uint8Array(await blob.arrayBuffer()), record.updatedAt, false);
        images++;
      }
      imageEntries.push({ ...meta, file });
    }
    const entry: BackupArticle = { record, images: imageEntries };
    await add(articlePath(record.id), strToU8(JSON.stringify(entry)), record.updatedAt, true);
    articles++;
    options.onProgress?.({ articles, images, bytes: sink.size });
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date((options.now ?? Date.now)()).toISOString(),
    generator: 'Qingyue',
    counts: { articles, images },
    entries,
  };
  const manifestFile = new ZipDeflate(MANIFEST_PATH, { level: 6 });
  zip.add(manifestFile);
  manifestFile.push(strToU8(JSON.stringify(manifest, null, 1)), true);
  zip.end();
  if (zipError) throw zipError;
  return sink.blob();
}
