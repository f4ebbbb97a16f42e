import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import type { Runtime } from 'webextension-polyfill';
import { HandlerError } from '../../../src/background/errors';
import { PAYLOAD_VALIDATORS } from '../../../src/background/request-validators';
import { classifySender, createRouter, type HandlerTable } from '../../../src/background/router';
import { WOSHIPM_DETECTED, sampleArticle } from './sample-article';
import { EXTENSION_BASE, EXTENSION_ID } from './fake-browser';

const env = { extensionId: EXTENSION_ID, extensionBase: EXTENSION_BASE };
const popup: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}popup.html`, origin: EXTENSION_BASE.slice(0, -1) } as Runtime.MessageSender;
const readerTab: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_BASE}reader.html?key=x`, tab: { id: 9, index: 1, highlighted: true, active: true, pinned: false, incognito: false }, frameId: 0 };
const contentScript = (over: Partial<Runtime.MessageSender> = {}): Runtime.MessageSender => ({
  id: EXTENSION_ID,
  url: 'https://www.woshipm.com/pd/1.html',
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  frameId: 0,
  ...over,
});

function setup() {
  const calls: { type: string; payload: unknown; kind: string }[] = [];
  const record = (type: string) => async (payload: unknown, ctx: { kind: string }) => {
    calls.push({ type, payload, kind: ctx.kind });
    return type === 'reader.get' ? null : type === 'reader.open' ? { tabId: 1 } : type === 'tab.getArticle' ? { kind: 'loading', tabId: 1, url: '' } : undefined;
  };
  const handlers = {
    'tab.getArticle': record('tab.getArticle'),
    'reader.open': record('reader.open'),
    'reader.get': record('reader.get'),
    'content.detected': record('content.detected'),
  } as unknown as HandlerTable;
  return { calls, handlers, route: createRouter(handlers, PAYLOAD_VALIDATORS, env) };
}

describe('classifySender', () => {
  it('tells extension pages (even in a tab) from content scripts', () => {
    expect(classifySender(popup, env)).toBe('page');
    expect(classifySender(readerTab, env)).toBe('page');
    expect(classifySender(contentScript(), env)).toBe('content');
  });

  it('rejects other extensions and senders without a tab or extension URL', () => {
    expect(classifySender({ ...popup, id: 'other-extension' }, env)).toBeNull();
    expect(classifySender({ id: EXTENSION_ID, url: 'https://example.com/' }, env)).toBeNull();
  });

  it('does not take a web origin claiming an extension URL for a page', () => {
    const forged = { ...contentScript(), url: `${EXTENSION_BASE}popup.html`, origin: 'https://evil.example' } as Runtime.MessageSender;
    expect(classifySender(forged, env)).toBe('content');
  });
});

describe('router', () => {
  let r: ReturnType<typeof setup>;
  beforeEach(() => {
    r = setup();
  });

  it('runs page requests and wraps the value in an envelope', async () => {
    await expect(r.route({ type: 'tab.getArticle', payload: { tabId: 3 } }, popup)).resolves.toEqual({ ok: true, value: { kind: 'loading', tabId: 1, url: '' } });
    expect(r.calls).toEqual([{ type: 'tab.getArticle', payload: { tabId: 3 }, kind: 'page' }]);
  });

  it('accepts a detection report from a content script in the top frame', async () => {
    await expect(r.route({ type: 'content.detected', payload: WOSHIPM_DETECTED }, contentScript())).resolves.toEqual({ ok: true, value: undefined });
    expect(r.calls[0]).toMatchObject({ type: 'content.detected', kind: 'content' });
  });

  it.each([
    ['tab.getArticle', {}],
    ['reader.open', { article: sampleArticle() }],
    ['reader.get', { key: '0b4a8f1e-0000-4000-8000-000000000000' }],
  ])('refuses the page-only request %s from a content script', async (type, payload) => {
    const answer = await r.route({ type, payload }, contentScript());
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(r.calls).toEqual([]);
  });

  it('refuses content messages from subframes, unknown types and oversized payloads', async () => {
    expect(await r.route({ type: 'content.detected', payload: WOSHIPM_DETECTED }, contentScript({ frameId: 3 }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await r.route({ type: 'storage.wipe', payload: {} }, contentScript())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await r.route('content.detected', contentScript())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const huge = { ...WOSHIPM_DETECTED, signals: ['x'.repeat(100)], padding: 'y'.repeat(20_000) };
    expect(await r.route({ type: 'content.detected', payload: huge }, contentScript())).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', message: 'The message is too large.' } });
    expect(r.calls).toEqual([]);
  });

  it.each([
    ['confidence above 1', { site: 'woshipm', confidence: 7, signals: [] }],
    ['unknown site id', { site: 'evil', confidence: 0.9, signals: [] }],
    ['signals not strings', { site: 'woshipm', confidence: 0.9, signals: [{}] }],
    ['too many signals', { site: 'woshipm', confidence: 0.9, signals: Array.from({ length: 33 }, (_, i) => `s${i}`) }],
    ['extra keys', { site: 'woshipm', confidence: 0.9, signals: [], html: '<script>' }],
    ['missing fields', { site: 'woshipm' }],
  ])('refuses a malformed detection report (%s)', async (_name, payload) => {
    expect(await r.route({ type: 'content.detected', payload }, contentScript())).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(r.calls).toEqual([]);
  });

  it.each([
    ['tab.getArticle', { tabId: -1 }],
    ['tab.getArticle', { tabId: '3' }],
    ['tab.getArticle', { tabId: 1, extra: true }],
    ['reader.open', { article: { title: 'not an article' } }],
    ['reader.open', { article: sampleArticle(), libraryId: 'x' }],
    ['reader.open', { libraryId: '' }],
    ['reader.get', { key: '../../etc' }],
    ['reader.get', {}],
  ])('refuses a malformed %s payload from a page', async (type, payload) => {
    expect(await r.route({ type, payload }, popup)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(r.calls).toEqual([]);
  });

  it('leaves unknown types from pages unanswered (another extension context may own them)', () => {
    expect(r.route({ type: 'offscreen.parse', payload: {} }, popup)).toBeUndefined();
  });

  it('drops messages from other extensions without answering', () => {
    expect(r.route({ type: 'tab.getArticle', payload: {} }, { ...popup, id: 'someone-else' })).toBeUndefined();
  });

  it('turns handler failures into error envelopes', async () => {
    const handlers = {
      ...r.handlers,
      'reader.get': async () => {
        throw new HandlerError('EXPIRED', 'gone');
      },
      'tab.getArticle': async () => {
        throw new TypeError('boom');
      },
    } as HandlerTable;
    const route = createRouter(handlers, PAYLOAD_VALIDATORS, env);
    expect(await route({ type: 'reader.get', payload: { key: '0b4a8f1e-0000-4000-8000-000000000000' } }, popup)).toEqual({ ok: false, error: { code: 'EXPIRED', message: 'gone' } });
    expect(await route({ type: 'tab.getArticle', payload: {} }, popup)).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } });
  });
});
