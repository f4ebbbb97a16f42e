// The background's save machinery on fakes: the fake browser (storage.session, badges, tabs,
// permissions, menus, offscreen), a fresh library on fake-indexeddb and a fake network. Pages are
// modelled as extension contexts listening to runtime messages: the offscreen document answers
// 'offscreen.extract' by running the real pipeline on a jsdom window, like Chrome's does.
import { JSDOM } from 'jsdom';
import { vi } from 'vitest';
import { resetJobsForTesting } from '../../../src/background/save/jobs';
import { setSaveEnvironmentForTesting } from '../../../src/background/save/library-instance';
import { extractFromHtml } from '../../../src/offscreen/extract-page';
import { setBrowserForTesting } from '../../../src/shared/browser';
import type { SaveJob } from '../../../src/shared/messages';
import type { Library } from '../../../src/storage/library';
import { imageBytes, freshLibrary, makeArticle } from '../storage/library-fixtures';
import { fakeNetwork, jpegHeaders } from '../save/fake-fetch';
import type { FakeNetwork } from '../save/fake-fetch';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

export interface SaveEnv {
  f: FakeBrowser;
  library: Library;
  net: FakeNetwork;
  /** Jobs as stored in storage.session (what a reopened popup reads). */
  storedJobs(): Promise<SaveJob[]>;
  /** PageEvents 'library.job' broadcasts seen so far. */
  broadcasts(): SaveJob[];
  /** Wait until the stored job `id` is done. */
  finished(id: string): Promise<SaveJob>;
}

const jsdomWindow = new JSDOM('<!doctype html><title>offscreen</title>', { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/offscreen.html' }).window;

export function createSaveEnv(): SaveEnv {
  resetJobsForTesting();
  const f = createFakeBrowser();
  setBrowserForTesting(f.browser);
  const { library } = freshLibrary();
  const net = fakeNetwork();
  setSaveEnvironmentForTesting({ library, fetch: net.fetch });
  // Extension pages and the offscreen document hear the background's runtime messages.
  f.respondToRuntimeMessages((message) => {
    if (message?.target === 'offscreen' && message.type === 'offscreen.extract') {
      const { html, url, options } = message.payload;
      return extractFromHtml(html, url, options, jsdomWindow as unknown as Window);
    }
    return undefined; // a page's listener ignoring a broadcast
  });
  const storedJobs = async () => ((await f.areas.session.get('save:jobs'))['save:jobs'] as SaveJob[] | undefined) ?? [];
  return {
    f,
    library,
    net,
    storedJobs,
    broadcasts: () => f.calls.runtimeMessages.filter((m) => m.type === 'library.job').map((m) => m.payload as SaveJob),
    finished: (id) =>
      vi.waitFor(
        async () => {
          const job = (await storedJobs()).find((j) => j.id === id);
          if (job?.phase !== 'done') throw new Error(`job ${id} is ${job?.phase ?? 'missing'}`);
          return job;
        },
        { timeout: 5000, interval: 10 },
      ),
  };
}

export function teardownSaveEnv(): void {
  resetJobsForTesting();
  setSaveEnvironmentForTesting(null);
  setBrowserForTesting(null);
}

/** Serve every image of an article (JPEG bytes) on the fake network. */
export function serveImages(net: FakeNetwork, article: ReturnType<typeof makeArticle>, size = 3000): void {
  article.images.forEach((image, i) => net.route(image.src, { body: imageBytes(size, i + 1), headers: jpegHeaders(size) }));
}

export { makeArticle };
