// Library backup: exact round trip, duplicates skipped, and every kind of bad file refused with
// nothing written.
import 'fake-indexeddb/auto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Unzipped } from 'fflate';
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { BACKUP_FORMAT, MANIFEST_PATH, exportBackup, importBackup } from '../../../src/storage/backup';
import type { BackupManifest } from '../../../src/storage/backup';
import { exportArticleMarkdownZip } from '../../../src/storage/export';
import type { Library } from '../../../src/storage/library';
import { blobBytes, dumpDatabase, failNthPut, fetchedAll, freshLibrary, imageBlob, imageBytes, makeArticle } from './library-fixtures';

let restore: (() => number) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

async function seededLibrary() {
  const test = freshLibrary();
  const { library, tick } = test;
  const specs = [
    makeArticle({ title: '增长模型：从漏斗到飞轮', url: 'https://mirror-a.example/1', images: 3, proxied: true }),
    makeArticle({ site: null, title: 'Designing calm software', url: 'https://calm.example.org/essay', canonicalUrl: 'https://calm.example.org/essay', images: 1, paragraphs: ['Calm technology respects attention.'] }),
    makeArticle({ title: '天天问：新人如何写第一份PRD？', url: 'https://mirror-b.example/q/9', images: 0, leadImage: null }),
    makeArticle({ title: '用户分层的误区', url: 'https://mirror-a.example/4', images: 2, leadImage: 'https://image.woshipm.com/wp-files/cover-4.png' }),
  ];
  const ids: string[] = [];
  for (const [i, article] of specs.entries()) {
    tick(3600_000);
    const images = fetchedAll(article, 900 + i * 100);
    if (i === 3) images.push({ url: article.leadImage!, originalUrl: null, status: 'missing', error: { code: 'TIMEOUT', message: 'slow' } });
    ids.push((await library.saveArticle({ article, images, sourceUrl: article.url })).id);
  }
  await library.setReadingProgress(ids[0]!, 0.6);
  await library.setReadingProgress(ids[3]!, 1);
  return { ...test, ids };
}

async function snapshot(library: Library) {
  const { items } = await library.listArticles({ limit: 100 });
  return Promise.all(
    items.map(async (item) => ({
      record: await library.getArticle(item.id),
      images: await Promise.all(
        (await library.getImages(item.id)).map(async ({ blob, ...meta }) => ({ ...meta, blobType: blob?.type ?? null, bytes: blob ? Array.from(await blobBytes(blob)) : null })),
      ),
    })),
  );
}

async function zipFiles(blob: Blob): Promise<Unzipped> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('backup round trip', () => {
  test('export then import into a fresh database restores the library exactly: records deep-equal, blobs byte-equal, order kept', async () => {
    const { library } = await seededLibrary();
    const backup = await exportBackup(library, { now: () => Date.UTC(2025, 5, 1) });
    expect(backup.type).toBe('application/zip');

    const fresh = freshLibrary().library;
    const result = await importBackup(fresh, backup);
    expect(result).toEqual({ imported: 4, skipped: 0, images: 6 });
    expect(await snapshot(fresh)).toEqual(await snapshot(library));
    expect((await fresh.search('飞轮')).total).toBe(1);
    expect((await fresh.listArticles()).items.map((item) => item.readingProgress)).toEqual([1, 0, 0, 0.6]);
  });

  test('the manifest names the format, version, counts and the checksum of every file', async () => {
    const { library, ids } = await seededLibrary();
    const files = await zipFiles(await exportBackup(library, { now: () => Date.UTC(2025, 5, 1) }));
    const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as BackupManifest;
    expect(manifest).toMatchObject({ format: 'qingyue-library-backup', version: '1.0', createdAt: '2025-06-01T00:00:00.000Z', counts: { articles: 4, images: 6 } });
    expect(Object.keys(files).filter((path) => path !== MANIFEST_PATH).sort()).toEqual(manifest.entries.map((entry) => entry.path).sort());
    for (const entry of manifest.entries) expect(sha256(files[entry.path]!)).toBe(entry.sha256);
    expect(files[`images/${ids[0]}/0.jpg`]).toEqual(imageBytes(900, 1));
    expect(Object.keys(files).filter((path) => path.startsWith('articles/'))).toHaveLength(4);
  });

  test('articles already in the library are skipped and kept as they are; importing twice adds nothing', async () => {
    const { library } = await seededLibrary();
    const backup = await exportBackup(library);

    const other = freshLibrary();
    // The same woshipm post, saved on another machine from another mirror, with different text.
    const mine = makeArticle({ title: '增长模型：从漏斗到飞轮', url: 'https://mirror-c.example/x', images: 0, leadImage: null, paragraphs: ['我自己的版本。'] });
    const { id: mineId } = await other.library.saveArticle({ article: mine, images: [] });

    expect(await importBackup(other.library, backup)).toEqual({ imported: 3, skipped: 1, images: 3 });
    expect((await other.library.getArticle(mineId))?.article.textContent).toBe('我自己的版本。');
    expect((await other.library.listArticles()).total).toBe(4);
    expect(await importBackup(other.library, backup)).toEqual({ imported: 0, skipped: 4, images: 0 });
    expect((await other.library.listArticles()).total).toBe(4);
  });

  test('an imported article can be re-sanitised on the way in', async () => {
    const { library } = await seededLibrary();
    const fresh = freshLibrary().library;
    await importBackup(fresh, await exportBackup(library), { sanitizeHtml: (html) => html.replace(/<footer[\s\S]*<\/footer>/, '') });
    const { items } = await fresh.listArticles();
    const record = await fresh.getArticle(items[0]!.id);
    expect(record?.article.contentHtml).not.toContain('qy-credits');
  });
});

describe('bad files are refused with a clear reason and nothing written', () => {
  async function expectRefused(file: Blob | Uint8Array, code: string, message: RegExp) {
    const target = freshLibrary();
    const kept = makeArticle({ title: '原有文章', url: 'https://mine.example/a' });
    await target.library.saveArticle({ article: kept, images: fetchedAll(kept) });
    const before = await dumpDatabase(target.factory);
    const error = await importBackup(target.library, file).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LibraryError', code });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('Nothing was imported');
    expect(await dumpDatabase(target.factory)).toEqual(before);
  }

  async function tampered(edit: (files: Unzipped, manifest: BackupManifest) => void): Promise<Uint8Array> {
    const { library } = await seededLibrary();
    const files = await zipFiles(await exportBackup(library));
    const manifest = JSON.parse(strFromU8(files[MANIFEST_PATH]!)) as BackupManifest;
    edit(files, manifest);
    files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
    return zipSync(files);
  }

  test('not a zip at all (an image, a text file)', async () => {
    await expectRefused(imageBlob(5000), 'BACKUP_NOT_ZIP', /not a zip archive/);
    await expectRefused(new Blob(['{"format":"qingyue-library-backup"}']), 'BACKUP_NOT_ZIP', /not a zip archive/);
  });

  test('a zip that is not a Qingyue backup (a Markdown export, another app’s archive)', async () => {
    const { library, ids } = await seededLibrary();
    const markdownZip = await exportArticleMarkdownZip((await library.getBundle(ids[0]!))!);
    await expectRefused(markdownZip, 'BACKUP_FOREIGN', /not a Qingyue library backup/);
    const otherApp = zipSync({ [MANIFEST_PATH]: strToU8(JSON.stringify({ format: 'pocket-export', version: '1.0' })) });
    await expectRefused(otherApp, 'BACKUP_FOREIGN', /not a Qingyue library backup/);
  });

  test('a backup from a newer major version', async () => {
    const file = await tampered((_, manifest) => {
      manifest.version = '2.0';
    });
    await expectRefused(file, 'BACKUP_TOO_NEW', /newer version of Qingyue \(format 2\.0\)/);
  });

  test('a newer minor version of the same major is accepted', async () => {
    const file = await tampered((_, manifest) => {
      manifest.version = '1.7';
    });
    expect((await importBackup(freshLibrary().library, file)).imported).toBe(4);
  });

  test('a truncated download', async () => {
    const { library } = await seededLibrary();
    const bytes = new Uint8Array(await (await exportBackup(library)).arrayBuffer());
    await expectRefused(bytes.slice(0, Math.floor(bytes.length * 0.7)), 'BACKUP_CORRUPT', /incomplete or broken/);
    await expectRefused(bytes.slice(0, bytes.length - 10), 'BACKUP_CORRUPT', /incomplete or broken/);
  });

  test('an image whose bytes no longer match the checksum', async () => {
    const file = await tampered((files) => {
      const path = Object.keys(files).find((p) => p.startsWith('images/'))!;
      files[path] = files[path]!.map((byte, i) => (i === 100 ? byte ^ 0xff : byte));
    });
    await expectRefused(file, 'BACKUP_CORRUPT', /images\/.+ does not match its checksum/);
  });

  test('a file listed in the manifest but missing from the zip', async () => {
    const file = await tampered((files) => {
      delete files[Object.keys(files).find((p) => p.startsWith('images/'))!];
    });
    await expectRefused(file, 'BACKUP_CORRUPT', /images\/.+ is missing/);
  });

  test('an article entry edited into nonsense even with a recomputed checksum', async () => {
    const file = await tampered((files, manifest) => {
      const entry = manifest.entries.find((e) => e.path.startsWith('articles/'))!;
      const json = JSON.parse(strFromU8(files[entry.path]!));
      json.record.readingProgress = 7;
      files[entry.path] = strToU8(JSON.stringify(json));
      entry.bytes = files[entry.path]!.byteLength;
      entry.sha256 = sha256(files[entry.path]!);
    });
    await expectRefused(file, 'BACKUP_CORRUPT', /readingProgress is out of range/);
  });

  test('an entry that claims an image it does not carry', async () => {
    const file = await tampered((files, manifest) => {
      const entry = manifest.entries.find((e) => e.path.startsWith('articles/') && JSON.parse(strFromU8(files[e.path]!)).images.length > 0)!;
      const json = JSON.parse(strFromU8(files[entry.path]!));
      json.images = [];
      files[entry.path] = strToU8(JSON.stringify(json));
      entry.bytes = files[entry.path]!.byteLength;
      entry.sha256 = sha256(files[entry.path]!);
    });
    await expectRefused(file, 'BACKUP_CORRUPT', /marked as saved but its file is missing/);
  });

  test('counts that disagree with the content', async () => {
    const file = await tampered((_, manifest) => {
      manifest.counts.articles = 9;
    });
    await expectRefused(file, 'BACKUP_CORRUPT', /should hold 9 articles/);
  });

  test('a manifest that is not JSON', async () => {
    const file = zipSync({ [MANIFEST_PATH]: strToU8('{ not json') });
    await expectRefused(file, 'BACKUP_CORRUPT', /manifest is not valid JSON/);
  });
});

test('storage full during an import: QUOTA_EXCEEDED and not a single article imported', async () => {
  const { library } = await seededLibrary();
  const backup = await exportBackup(library);
  const target = freshLibrary();
  await target.library.listArticles();
  const before = await dumpDatabase(target.factory);
  restore = failNthPut(9); // somewhere inside the third article
  await expect(importBackup(target.library, backup)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
  expect(restore()).toBeGreaterThanOrEqual(9);
  restore = null;
  expect(await dumpDatabase(target.factory)).toEqual(before);
});

test('the format id is stable (other tools and older backups depend on it)', () => {
  expect(BACKUP_FORMAT).toBe('qingyue-library-backup');
});
