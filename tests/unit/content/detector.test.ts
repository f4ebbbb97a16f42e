// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://www.woshipm.com/user-research/9900001.html" }
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', () => ({ default: {} }));

import { createFakeBrowser, type FakeBrowser } from '../background/fake-browser';

const page = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../e2e/pages/${name}.html`), 'utf8');

let f: FakeBrowser;
let sent: unknown[];
beforeEach(() => {
  delete (globalThis as Record<string, unknown>).__qingyueDetector;
  f = createFakeBrowser();
  sent = [];
  f.raw.runtime.sendMessage = async (message?: unknown) => void sent.push(message);
  vi.resetModules();
});
afterEach(async () => (await import('../../../src/shared/browser')).setBrowserForTesting(null));

/** Fresh module instances (vi.resetModules) need the fake installed in their own browser module. */
async function freshImport(module: string) {
  (await import('../../../src/shared/browser')).setBrowserForTesting(f.browser);
  await import(module);
}

async function runDetector(html: string) {
  document.open();
  document.write(html);
  document.close();
  await freshImport('../../../src/content/detector');
  await new Promise((r) => setTimeout(r, 20)); // it runs when the page is idle
}

describe('light detector', () => {
  it('reports a woshipm article once', async () => {
    await runDetector(page('woshipm-article'));
    expect(sent).toEqual([{ type: 'content.detected', payload: expect.objectContaining({ site: 'woshipm' }) }]);
    const { payload } = sent[0] as { payload: { confidence: number; signals: string[] } };
    expect(payload.confidence).toBeGreaterThanOrEqual(0.6);
    vi.resetModules();
    await freshImport('../../../src/content/detector'); // injected again: no second report
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toHaveLength(1);
  });

  it('stays quiet on a woshipm page that is not a post (only page-level signals)', async () => {
    await runDetector(page('not-an-article').replace('<title>登录 - 示例站点</title>', '<title>登录 | 人人都是产品经理</title>'));
    expect(sent).toEqual([]);
  });
});
