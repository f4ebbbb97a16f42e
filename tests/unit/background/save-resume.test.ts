// A new background instance (the worker was stopped mid-save, the browser restarted) finds what
// the previous one left: a split save is resumed under the job the popup was following; a job
// that left nothing behind is reported as interrupted; a save that keeps failing is given up.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { MAX_RESUME_ATTEMPTS, resumeInterruptedSaves } from '../../../src/background/save/resume';
import type { SaveJob } from '../../../src/shared/messages';
import { createSaveEnv, makeArticle, serveImages, teardownSaveEnv, type SaveEnv } from './save-env';

let env: SaveEnv;
beforeEach(() => {
  env = createSaveEnv();
});
afterEach(() => teardownSaveEnv());

function orphan(over: Partial<SaveJob>): SaveJob {
  return {
    id: crypto.randomUUID(),
    kind: 'article',
    tabId: null,
    url: 'https://blog.example.cn/a',
    title: null,
    articleId: null,
    phase: 'images',
    done: 3,
    total: 24,
    bytes: 9000,
    startedAt: Date.now() - 60_000,
    updatedAt: Date.now() - 50_000,
    result: null,
    needsAccess: [],
    ...over,
  };
}

describe('resuming on background start', () => {
  it('completes a split save under the same job id', async () => {
    const article = makeArticle({ images: 20, url: 'https://blog.example.cn/long' });
    const { id } = await env.library.beginSave({ article, sourceUrl: article.url });
    const left = orphan({ url: article.url, title: article.title });
    await env.f.areas.session.set({ 'save:jobs': [left] });
    serveImages(env.net, article);

    const [resumed] = await resumeInterruptedSaves();
    expect(resumed).toMatchObject({ id: left.id, phase: 'done', articleId: id, result: { status: 'saved', id } });
    expect(await env.library.listInterrupted()).toEqual([]);
    expect((await env.library.getArticle(id))?.status).toBe('complete');
    expect((await env.library.getImageBlobs(id)).size).toBe(20);
    expect(await env.storedJobs()).toEqual([resumed]);
  });

  it('reports a job that left nothing to resume as interrupted, to be saved again', async () => {
    const left = orphan({});
    await env.f.areas.session.set({ 'save:jobs': [left] });
    expect(await resumeInterruptedSaves()).toEqual([]);
    const [job] = await env.storedJobs();
    expect(job).toMatchObject({ id: left.id, phase: 'done', result: { status: 'failed', code: 'INTERRUPTED' } });
  });

  it('gives up a split save that keeps failing, discarding what it stored', async () => {
    const article = makeArticle({ images: 20, url: 'https://blog.example.cn/broken' });
    const { id } = await env.library.beginSave({ article, sourceUrl: article.url });
    const storeImages = env.library.storeImages.bind(env.library);
    env.library.storeImages = async () => {
      throw new Error('disk error');
    };
    serveImages(env.net, article);
    for (let attempt = 1; attempt <= MAX_RESUME_ATTEMPTS; attempt++) {
      const [job] = await resumeInterruptedSaves();
      expect(job?.result?.status, `attempt ${attempt}`).toBe('failed');
      expect(await env.library.listInterrupted()).toHaveLength(1);
    }
    expect(await resumeInterruptedSaves()).toEqual([]);
    expect(await env.library.listInterrupted()).toEqual([]);
    expect(await env.library.getInterrupted(id)).toBeNull();
    env.library.storeImages = storeImages;
  });

  it('leaves finished jobs alone', async () => {
    const finished = orphan({ phase: 'done', result: { status: 'failed', code: 'NO_ARTICLE', message: 'none' } });
    await env.f.areas.session.set({ 'save:jobs': [finished] });
    await resumeInterruptedSaves();
    expect(await env.storedJobs()).toEqual([finished]);
  });
});
