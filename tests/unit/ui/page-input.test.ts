// What the pages read from their URL and the keyboard.
import { describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/ui/connect/types';
import { isExtensionPage } from '../../../src/ui/connect';
import { tabIdFromQuery } from '../../../src/ui/lib/query';
import { readerRequest } from '../../../src/ui/reader/sources';
import type { ReaderSource } from '../../../src/ui/reader/sources';
import { commandForKey } from '../../../src/ui/reader/useReaderKeys';

// The runtime connector imports webextension-polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('popup.html?tabId=', () => {
  it('reads a tab id and ignores anything else', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=-1')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=4e2')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=99999999999999999999')).toBeUndefined();
  });
});

describe('reader.html sources', () => {
  it('picks the key source, and nothing without one', () => {
    expect(readerRequest('?key=abc')?.value).toBe('abc');
    expect(readerRequest('?key=abc')?.source.param).toBe('key');
    expect(readerRequest('?other=1')).toBeNull();
    expect(readerRequest('?key=')).toBeNull();
  });

  it('takes further sources in order (how the library adds ?id=)', async () => {
    const byId: ReaderSource = { param: 'id', load: async () => null };
    const request = readerRequest('?id=7', [{ param: 'key', load: async () => null }, byId]);
    expect(request?.source).toBe(byId);
    expect(await request!.source.load({} as Connector, request!.value)).toBeNull();
  });
});

describe('reader keys', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => commandForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('maps the documented shortcuts', () => {
    expect(key('t')).toBe('toggle-toc');
    expect(key('S')).toBe('toggle-settings');
    expect(key('+')).toBe('bigger');
    expect(key('=')).toBe('bigger');
    expect(key('-')).toBe('smaller');
    expect(key('?')).toBe('toggle-help');
    expect(key('Escape')).toBe('close');
  });
  it('leaves browser shortcuts alone', () => {
    expect(key('t', { ctrlKey: true })).toBeNull();
    expect(key('+', { metaKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});

describe('connector choice', () => {
  it('knows extension pages in every browser', () => {
    expect(isExtensionPage({ protocol: 'chrome-extension:' })).toBe(true);
    expect(isExtensionPage({ protocol: 'moz-extension:' })).toBe(true);
    expect(isExtensionPage({ protocol: 'http:' })).toBe(false);
  });
});
