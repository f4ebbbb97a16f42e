// The runtime Connector's save methods: permission prompts for exactly the image hosts an article
// needs, asked in the click's own turn together with the save request (a prompt may close Chrome's
// popup), and job events accepted only from this extension.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { setBrowserForTesting } from '../../../src/shared/browser';
import { originsToRequest } from '../../../src/shared/origins';
import { createRuntimeConnector } from '../../../src/ui/connect/runtime';
import { makeArticle } from '../storage/library-fixtures';
import { createFakeBrowser, EXTENSION_ID, type FakeBrowser } from './fake-browser';

let f: FakeBrowser;
let sent: { type: string; payload: any }[];
beforeEach(() => {
  f = createFakeBrowser();
  sent = [];
  setBrowserForTesting(f.browser);
  f.raw.runtime.sendMessage = async (message?: any) => {
    sent.push(message);
    return { ok: true, value: { id: 'job-1', phase: 'extracting' } };
  };
});
afterEach(() => setBrowserForTesting(null));

function withForeignImages() {
  const article = makeArticle({ images: 2 });
  article.images.push(
    { src: 'https://img.example.org/a.png', alt: '' },
    { src: 'https://img.example.org/b.png', alt: '' },
    { src: 'https://cdn.example.net/c.jpg', originalSrc: 'https://cors.zfour.workers.dev/?https://cdn.example.net/c.jpg', alt: '' },
    { src: 'http://old.example.com/d.gif', alt: '' },
  );
  return article;
}

describe('connector.saveArticle', () => {
  it('asks for exactly the hosts the images need and sends the save in the same turn as the click', async () => {
    const c = createRuntimeConnector();
    const article = withForeignImages();
    const pending = c.saveArticle(article, { tabId: 5 });
    // Both calls happened synchronously inside the "click": nothing awaited before the prompt.
    expect(f.calls.permissionRequests).toEqual([['http://old.example.com/*', 'https://img.example.org/*']]);
    expect(sent).toEqual([{ type: 'library.saveArticle', payload: { article, tabId: 5 } }]);
    expect(await pending).toEqual({ id: 'job-1', phase: 'extracting' });
  });

  it('does not prompt when every image is on an allowed host, and saves even when the user refuses', async () => {
    const c = createRuntimeConnector();
    await c.saveArticle(makeArticle({ images: 3, proxied: true }));
    expect(f.calls.permissionRequests).toEqual([]);
    f.flags.permissionRequest = 'refuse';
    await c.saveArticle(withForeignImages());
    expect(sent.map((m) => m.type)).toEqual(['library.saveArticle', 'library.saveArticle']);
  });

  it('does not wait for the prompt: a prompt left open (Firefox) or a popup closed by it (Chrome) loses no save', async () => {
    (f.raw.permissions as { request: unknown }).request = () => new Promise(() => {});
    const c = createRuntimeConnector();
    expect(await c.saveArticle(withForeignImages())).toEqual({ id: 'job-1', phase: 'extracting' });
    expect(sent.map((m) => m.type)).toEqual(['library.saveArticle']);
  });

  it('retrySave asks for the blocked hosts, then retries', async () => {
    const c = createRuntimeConnector();
    await c.retrySave('entry-1', { origins: ['https://img.example.org/*'] });
    expect(f.calls.permissionRequests).toEqual([['https://img.example.org/*']]);
    expect(sent).toEqual([{ type: 'library.retry', payload: { id: 'entry-1' } }]);
  });

  it('saveUrl asks for the link\'s site before the background fetches it', async () => {
    const c = createRuntimeConnector();
    await c.saveUrl('https://blog.example.cn/p/1.html', { tabId: 2 });
    expect(f.calls.permissionRequests).toEqual([['https://blog.example.cn/*']]);
    expect(sent).toEqual([{ type: 'library.saveUrl', payload: { url: 'https://blog.example.cn/p/1.html', tabId: 2 } }]);
  });
});

describe('connector.onSaveJob', () => {
  it('hears job events from this extension only, and stops when unsubscribed', async () => {
    const c = createRuntimeConnector();
    const heard = vi.fn();
    const stop = c.onSaveJob(heard);
    const job = { id: 'j', phase: 'images', done: 1, total: 4 };
    await f.raw.runtime.onMessage.fire({ type: 'library.job', payload: job }, { id: EXTENSION_ID });
    await f.raw.runtime.onMessage.fire({ type: 'library.job', payload: job }, { id: 'another-extension' });
    await f.raw.runtime.onMessage.fire({ type: 'tab.getArticle', payload: {} }, { id: EXTENSION_ID });
    expect(heard.mock.calls).toEqual([[job]]);
    stop();
    await f.raw.runtime.onMessage.fire({ type: 'library.job', payload: job }, { id: EXTENSION_ID });
    expect(heard).toHaveBeenCalledTimes(1);
  });
});

describe('originsToRequest', () => {
  it('skips images whose proxied copy is allowed and hosts already granted', () => {
    const granted = ['*://*.woshipm.com/*', 'https://cors.zfour.workers.dev/*', 'https://img.example.org/*'];
    expect(
      originsToRequest(
        [
          { src: 'https://image.woshipm.com/a.png' },
          { src: 'https://cdn.example.net/c.jpg', originalSrc: 'https://cors.zfour.workers.dev/?https://cdn.example.net/c.jpg' },
          { src: 'https://img.example.org/b.png' },
          { src: 'data:image/png;base64,AAAA' },
          { src: 'https://other.example.com/x.webp' },
        ],
        granted,
      ),
    ).toEqual(['https://other.example.com/*']);
    expect(originsToRequest([{ src: 'https://any.example/x.png' }], ['<all_urls>'])).toEqual([]);
  });
});
