// Checking the shape of what a backup claims to contain. A backup is a file from outside: a
// damaged or hand-edited one must be refused with a reason, not half-imported or crash the reader.

import type { Article } from '../../core/article';
import type { ArticleRecord, ImageRef } from '../library/types';
import type { BackupArticle, BackupImage, BackupManifest, ManifestEntry } from './format';

export class ShapeError extends Error {}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function need(condition: unknown, what: string): asserts condition {
  if (!condition) throw new ShapeError(what);
}

const str = (value: unknown) => typeof value === 'string';
const strOrNull = (value: unknown) => value === null || typeof value === 'string';
const num = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

export function checkManifest(value: unknown): BackupManifest {
  need(isObject(value), 'the manifest is not an object');
  need(str(value.format) && str(value.version) && str(value.createdAt), 'the manifest lacks its format, version or date');
  need(isObject(value.counts) && num(value.counts.articles) && num(value.counts.images), 'the manifest lacks its counts');
  need(Array.isArray(value.entries), 'the manifest lacks its list of files');
  for (const entry of value.entries as unknown[]) {
    need(isObject(entry) && str(entry.path) && num(entry.bytes) && str(entry.sha256) && /^[0-9a-f]{64}$/.test(entry.sha256 as string), 'a file entry of the manifest is malformed');
  }
  const paths = (value.entries as ManifestEntry[]).map((entry) => entry.path);
  need(new Set(paths).size === paths.length, 'the manifest lists a file twice');
  return value as unknown as BackupManifest;
}

function checkArticle(value: unknown): asserts value is Article {
  need(isObject(value), 'article missing');
  for (const key of ['url', 'title', 'lang', 'excerpt', 'contentHtml', 'textContent'] as const) need(str(value[key]), `article.${key} is not text`);
  for (const key of ['canonicalUrl', 'site', 'byline', 'siteName', 'publishedTime', 'leadImage'] as const) need(strOrNull(value[key]), `article.${key} is malformed`);
  need(num(value.readingMinutes), 'article.readingMinutes is not a number');
  need(Array.isArray(value.images) && (value.images as unknown[]).every((image) => isObject(image) && str(image.src)), 'article.images is malformed');
  need(Array.isArray(value.toc) && (value.toc as unknown[]).every((entry) => isObject(entry) && str(entry.id) && str(entry.text) && num(entry.level)), 'article.toc is malformed');
}

function checkRef(value: unknown): asserts value is ImageRef {
  need(isObject(value) && num(value.index) && str(value.url) && strOrNull(value.originalUrl) && num(value.bytes), 'an image reference is malformed');
  need(value.status === 'ok' || value.status === 'missing', 'an image reference has an unknown status');
}

function checkRecord(value: unknown): asserts value is ArticleRecord {
  need(isObject(value), 'record missing');
  need(str(value.id) && (value.id as string).length > 0, 'record.id missing');
  checkArticle(value.article);
  need(str(value.sourceUrl) && strOrNull(value.canonicalUrl) && str(value.dedupeKey), 'record URLs are malformed');
  need(Array.isArray(value.dedupeKeys) && (value.dedupeKeys as unknown[]).length > 0 && (value.dedupeKeys as unknown[]).every(str), 'record.dedupeKeys is malformed');
  need(num(value.savedAt) && num(value.updatedAt), 'record dates are malformed');
  need(num(value.readingProgress) && (value.readingProgress as number) >= 0 && (value.readingProgress as number) <= 1, 'record.readingProgress is out of range');
  need(value.status === 'complete' || value.status === 'partial', 'record.status is not complete or partial');
  need(isObject(value.sizes) && num(value.sizes.html) && num(value.sizes.images) && num(value.sizes.total), 'record.sizes is malformed');
  need(Array.isArray(value.images), 'record.images is malformed');
  (value.images as unknown[]).forEach(checkRef);
}

function checkImage(value: unknown, articleId: string): asserts value is BackupImage {
  need(isObject(value) && value.articleId === articleId && num(value.index) && str(value.url), 'an image entry is malformed');
  need(strOrNull(value.file) && strOrNull(value.type) && num(value.bytes), 'an image entry is malformed');
  need((value.status === 'ok') === (value.file !== null), 'an image entry disagrees with its file');
}

export function checkArticleEntry(value: unknown): BackupArticle {
  need(isObject(value), 'not an object');
  checkRecord(value.record);
  const id = value.record.id;
  need(Array.isArray(value.images), 'images missing');
  (value.images as unknown[]).forEach((image) => checkImage(image, id));
  // Every image the record says is stored must come with its bytes.
  const withBytes = new Set((value.images as BackupImage[]).filter((image) => image.file !== null).map((image) => image.url));
  for (const ref of value.record.images) need(ref.status !== 'ok' || withBytes.has(ref.url), `the image ${ref.url} is marked as saved but its file is missing`);
  return value as unknown as BackupArticle;
}
