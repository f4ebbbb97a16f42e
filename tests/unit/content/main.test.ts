// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.woshipm.com/user-research/9900001.html" }
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { EXTENSION_BASE, EXTENSION_ID, createFakeBrowser, type FakeBrowser } from '../background/fake-browser';

const PAGE = readFileSync(path.resolve(import.meta.dirname, '../../e2e/pages/woshipm-article.html'), 'utf8');
const fromBackground = { id: EXTENSION_ID, url: `${EXTENSION_BASE}background.js` };

let f: FakeBrowser;
beforeEach(async () => {
  document.open();
  document.write(PAGE);
  document.close();
  delete (globalThis as Record<string, unknown>).__qingyueExtractor;
  f = createFakeBrowser();
  vi.resetModules();
  await freshImport('../../../src/content/main');
});
afterEach(async () => (await import('../../../src/shared/browser')).setBrowserForTesting(null));

/** Fresh module instances (vi.resetModules) need the fake installed in their own browser module. */
async function freshImport(module: string) {
  (await import('../../../src/shared/browser')).setBrowserForTesting(f.browser);
  await import(module);
}

const send = async (message: unknown, sender: object = fromBackground) => {
  const answers = await f.raw.runtime.onMessage.fire(message, sender);
  return answers.find((a) => a !== undefined);
};

describe('injected extractor', () => {
  it('answers a ping from the background', async () => {
    expect(await send({ type: 'content.ping', payload: {} })).toEqual({ ready: true, version: '1.2.3' });
  });

  it('extracts the article without touching the page', async () => {
    const before = document.documentElement.outerHTML;
    const reply = (await send({ type: 'content.extract', payload: { options: { keepLede: true, keepCredits: true } } })) as any;
    expect(document.documentElement.outerHTML).toBe(before);
    expect(reply.readyState).toBe('complete');
    expect(reply.contentType).toBe('text/html');
    expect(reply.detected).toMatchObject({ site: 'woshipm' });
    expect(reply.result.ok).toBe(true);
    expect(reply.result.article.title).toBe('用户访谈里最容易犯的五个错误');
    expect(reply.result.article.contentHtml).not.toMatch(/给作者打赏/);
  });

  it('honours the woshipm rule switches', async () => {
    const kept = (await send({ type: 'content.extract', payload: { options: { keepLede: true } } })) as any;
    const dropped = (await send({ type: 'content.extract', payload: { options: { keepLede: false } } })) as any;
    expect(kept.result.article.contentHtml).toContain('qy-lede');
    expect(dropped.result.article.contentHtml).not.toContain('qy-lede');
  });

  it('ignores messages that are not from this extension or not one of its requests', async () => {
    expect(await send({ type: 'content.ping', payload: {} }, { id: 'another-extension', url: 'chrome-extension://another/bg.js' })).toBeUndefined();
    expect(await send({ type: 'content.ping', payload: {} }, { id: EXTENSION_ID, url: 'https://evil.example/' })).toBeUndefined();
    expect(await send({ type: 'content.extract', payload: { options: { keepLede: 'yes' } } })).toBeUndefined();
    expect(await send({ type: 'content.extract', payload: { options: {}, script: 'x' } })).toBeUndefined();
    expect(await send({ type: 'tab.getArticle', payload: {} })).toBeUndefined();
    expect(await send('content.ping')).toBeUndefined();
  });

  it('installs one listener however often it is injected', async () => {
    vi.resetModules();
    await freshImport('../../../src/content/main');
    expect(f.raw.runtime.onMessage.listeners).toHaveLength(1);
  });

  it('replaces a copy orphaned by an extension reload', async () => {
    const scope = globalThis as unknown as Record<string, { alive(): boolean } | undefined>;
    const first = scope.__qingyueExtractor!;
    (f.raw.runtime as { id?: string }).id = undefined; // an orphan's extension context is gone
    expect(first.alive()).toBe(false);
    (f.raw.runtime as { id?: string }).id = EXTENSION_ID; // the reloaded extension injects again
    scope.__qingyueExtractor = { alive: () => false }; // …and finds the orphan's guard
    vi.resetModules();
    await freshImport('../../../src/content/main');
    expect(f.raw.runtime.onMessage.listeners).toHaveLength(2);
    expect(scope.__qingyueExtractor!.alive()).toBe(true);
  });
});
