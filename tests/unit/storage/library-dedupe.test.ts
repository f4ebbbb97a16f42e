// Article identity and error mapping, as pure functions.
import { describe, expect, test } from 'vitest';
import { dedupeKey, dedupeKeys, isQuotaError, normaliseUrl } from '../../../src/storage/library';
import { toLibraryError } from '../../../src/storage/library/errors';

describe('normaliseUrl', () => {
  test('https, no www, no hash, no tracking parameters, sorted parameters, no trailing slash', () => {
    expect(normaliseUrl('http://www.Example.com/a/b/?utm_source=rss&utm_medium=feed&id=3&b=2#comments')).toBe('https://example.com/a/b?b=2&id=3');
    expect(normaliseUrl('https://example.com/')).toBe('https://example.com');
    expect(normaliseUrl('https://example.com:443/x?spm=a2c6h&fbclid=abc')).toBe('https://example.com/x');
    expect(normaliseUrl('https://example.com:8443/x')).toBe('https://example.com:8443/x');
  });
  test('non-http URLs and garbage have no normal form', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
    expect(normaliseUrl(null)).toBeNull();
  });
});

describe('dedupeKey', () => {
  const base = { site: null, title: 'A title', url: 'https://blog.example.com/post/1/', canonicalUrl: null };
  test('canonical URL first when present, else the page URL', () => {
    expect(dedupeKey({ ...base, canonicalUrl: 'http://www.blog.example.com/p/1?utm_campaign=x' })).toBe('https://blog.example.com/p/1');
    expect(dedupeKey(base)).toBe('https://blog.example.com/post/1');
  });
  test('woshipm posts are known by their normalised title across mirrors, whatever their canonical links say', () => {
    const a = { site: 'woshipm' as const, title: '产品经理的“第一性原理”', url: 'https://mirror-a.example/1', canonicalUrl: 'https://mirror-a.example/1' };
    const b = { site: 'woshipm' as const, title: '产品经理的 "第一性原理" ', url: 'https://mirror-b.example/x', canonicalUrl: null };
    expect(dedupeKey(a)).toBe(dedupeKey(b));
    expect(dedupeKey(a)).toMatch(/^woshipm:/);
    // ... and still by their URLs, so a retitled post saved from the same page updates its entry.
    expect(dedupeKeys(a)).toContain('https://mirror-a.example/1');
  });
  test('the home page as canonical link of a deeper page is ignored', () => {
    expect(dedupeKeys({ ...base, canonicalUrl: 'https://blog.example.com/' })).toEqual(['https://blog.example.com/post/1']);
  });
});

describe('quota errors', () => {
  test('Chrome, Firefox and legacy forms are all recognised', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', message: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_FILE_NO_DEVICE_SPACE', message: '' })).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
  });
  test('a transaction aborted by quota maps to QUOTA_EXCEEDED even though the request only says AbortError', () => {
    const error = toLibraryError(new DOMException('aborted', 'AbortError'), new DOMException('full', 'QuotaExceededError'), 5 * 1024 * 1024);
    expect(error.code).toBe('QUOTA_EXCEEDED');
    expect(error.needBytes).toBe(5 * 1024 * 1024);
    expect(error.message).toContain('5.0 MB');
    expect(error.toJSON()).toEqual({ code: 'QUOTA_EXCEEDED', message: error.message, needBytes: 5 * 1024 * 1024 });
  });
});
