// Restoring a library backup. Everything is checked before anything is written (zip structure,
// format id, version, every file's size and SHA-256, every entry's shape), then the whole import
// is ONE transaction: a bad or foreign file, or a full disk, leaves the library as it was.

import { unzipSync, strFromU8 } from 'fflate';
import type { Unzipped } from 'fflate';
import type { Library } from '../library';
import type { ArticleBundle, ImageRecord } from '../library/types';
import { LibraryError } from '../library/errors';
import { BACKUP_FORMAT, BACKUP_MAJOR, MANIFEST_PATH } from './format';
import type { BackupManifest } from './format';
import { sha256Hex } from './sha256';
import { ShapeError, checkArticleEntry, checkManifest } from './validate';

export interface ImportBackupOptions {
  /**
   * Re-sanitise each article's HTML on the way in (the library page passes the pipeline's
   * sanitiser). A backup is a file from outside: it may have been edited by hand.
   */
  sanitizeHtml?: (html: string) => string;
}

export interface ImportBackupResult {
  /** Entries added. */
  imported: number;
  /** Entries skipped because the library already has that article. */
  skipped: number;
  /** Images restored with the added entries. */
  images: number;
}

const corrupt = (detail: string) => new LibraryError('BACKUP_CORRUPT', `The backup file is damaged: ${detail}. Nothing was imported.`);
const foreign = () => new LibraryError('BACKUP_FOREIGN', 'This file is not a Qingyue library backup. Nothing was imported.');

async function toBytes(file: Blob | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (file instanceof Uint8Array) return file;
  if (file instanceof ArrayBuffer) return new Uint8Array(file);
  return new Uint8Array(await file.arrayBuffer());
}

/** Local file header or (for an empty archive) end-of-central-directory signature. */
const isZip = (bytes: Uint8Array) => bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

function unzip(bytes: Uint8Array): Unzipped {
  if (!isZip(bytes)) throw new LibraryError('BACKUP_NOT_ZIP', 'This file is not a Qingyue backup (it is not a zip archive). Nothing was imported.');
  try {
    return unzipSync(bytes);
  } catch (error) {
    throw corrupt(`the archive is incomplete or broken (${(error as Error).message}); was the download cut short?`);
  }
}

function readManifest(files: Unzipped): BackupManifest {
  const raw = files[MANIFEST_PATH];
  if (!raw) throw foreign();
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    throw corrupt('its manifest is not valid JSON');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) throw foreign();
  const version = String((json as { version?: unknown }).version ?? '');
  const major = /^(\d+)\.\d+$/.exec(version)?.[1];
  if (!major) throw corrupt(`its version "${version}" is not understood`);
  if (Number(major) > BACKUP_MAJOR) {
    throw new LibraryError('BACKUP_TOO_NEW', `This backup was made by a newer version of Qingyue (format ${version}). Update the extension, then import it again. Nothing was imported.`);
  }
  try {
    return checkManifest(json);
  } catch (error) {
    throw corrupt(error instanceof ShapeError ? error.message : String(error));
  }
}

async function verifyEntries(files: Unzipped, manifest: BackupManifest): Promise<void> {
  for (const entry of manifest.entries) {
    const data = files[entry.path];
    if (!data) throw corrupt(`${entry.path} is missing`);
    if (data.byteLength !== entry.bytes || (await sha256Hex(data as Uint8Array<ArrayBuffer>)) !== entry.sha256) {
      throw corrupt(`${entry.path} does not match its checksum`);
    }
  }
}

function readBundles(files: Unzipped, manifest: BackupManifest, options: ImportBackupOptions): ArticleBundle[] {
  const listed = new Set(manifest.entries.map((entry) => entry.path));
  const bundles: ArticleBundle[] = [];
  let imageCount = 0;
  for (const entry of manifest.entries) {
    if (!entry.path.startsWith('articles/')) continue;
    let parsed: ReturnType<typeof checkArticleEntry>;
    try {
      parsed = checkArticleEntry(JSON.parse(strFromU8(files[entry.path]!)));
    } catch (error) {
      throw corrupt(`${entry.path}: ${error instanceof ShapeError ? error.message : 'not valid JSON'}`);
    }
    const images: ImageRecord[] = parsed.images.map(({ file, ...meta }) => {
      if (file !== null && !listed.has(file)) throw corrupt(`${entry.path} refers to ${file}, which the manifest does not list`);
      const bytes = file === null ? null : files[file]!;
      if (bytes) imageCount++;
      return { ...meta, blob: bytes ? new Blob([bytes as Uint8Array<ArrayBuffer>], { type: meta.type ?? '' }) : null };
    });
    const record = options.sanitizeHtml
      ? { ...parsed.record, article: { ...parsed.record.article, contentHtml: options.sanitizeHtml(parsed.record.article.contentHtml) } }
      : parsed.record;
    bundles.push({ record, images });
  }
  if (bundles.length !== manifest.counts.articles || imageCount !== manifest.counts.images) {
    throw corrupt(`it should hold ${manifest.counts.articles} articles and ${manifest.counts.images} images but holds ${bundles.length} and ${imageCount}`);
  }
  return bundles;
}

export async function importBackup(library: Library, file: Blob | ArrayBuffer | Uint8Array, options: ImportBackupOptions = {}): Promise<ImportBackupResult> {
  const files = unzip(await toBytes(file));
  const manifest = readManifest(files);
  await verifyEntries(files, manifest);
  const bundles = readBundles(files, manifest, options);
  // Only now, with everything checked, one transaction writes it all (or nothing).
  const outcome = await library.importBundles(bundles);
  return { imported: outcome.imported.length, skipped: outcome.skipped, images: outcome.images };
}
