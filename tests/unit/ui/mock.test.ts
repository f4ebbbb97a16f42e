// @vitest-environment jsdom
// The mock twin behaves like the runtime connector where pages can tell: states by scenario,
// validated options shared between pages, import refusals with codes.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_LIMITS } from '../../../src/storage/options-schema';
import { createMockConnector } from '../../../src/ui/connect/mock';

const mock = (query: string) => createMockConnector(new URLSearchParams(query), localStorage);

beforeEach(() => localStorage.clear());

describe('mock connector', () => {
  it('serves the sample articles in the Article shape', async () => {
    const state = await mock('mock=article-zh&delay=0').getTabArticle();
    expect(state.kind).toBe('article');
    if (state.kind !== 'article') return;
    expect(state.article.contentHtml).toContain('<blockquote class="qy-lede">');
    expect(state.article.contentHtml).toContain('<footer class="qy-credits">');
    expect(state.article.contentHtml).toContain('class="qy-embed"');
    expect(state.article.toc.every((e) => state.article.contentHtml.includes(`id="${e.id}"`))).toBe(true);
    expect(state.article.textContent.length).toBeGreaterThan(500);
  });

  it('answers every non-article state', async () => {
    expect((await mock('mock=no-article&delay=0').getTabArticle()).kind).toBe('no-article');
    expect(await mock('mock=restricted&reason=pdf&delay=0').getTabArticle()).toMatchObject({ kind: 'restricted', reason: 'pdf' });
    expect(await mock('mock=error&delay=0').getTabArticle()).toMatchObject({ kind: 'error', error: { code: 'PARSE_ERROR' } });
    expect(await mock('mock=too-large&delay=0').getTabArticle()).toMatchObject({ error: { code: 'TOO_LARGE' } });
    const loading = mock('mock=loading&polls=1&delay=0');
    expect((await loading.getTabArticle()).kind).toBe('loading');
    expect((await loading.getTabArticle()).kind).toBe('article');
    expect(await mock('mock=expired&delay=0').getReaderArticle('k')).toBeNull();
  });

  it('validates options like the options module and shares them between pages', async () => {
    const popup = mock('delay=0');
    const stored = await popup.setOptions({ fontSize: 99, theme: 'neon' as never, tocOpen: true });
    expect(stored.fontSize).toBe(OPTION_LIMITS.fontSize.max);
    expect(stored.theme).toBe(DEFAULT_OPTIONS.theme);
    expect((await mock('delay=0').getOptions()).tocOpen).toBe(true);
    expect((await popup.resetOptions()).tocOpen).toBe(false);
  });

  it('refuses foreign settings files with a code and keeps the options', async () => {
    const c = mock('delay=0');
    await c.setOptions({ theme: 'dark' });
    await expect(c.importOptions('not json')).rejects.toMatchObject({ code: 'NOT_JSON' });
    await expect(c.importOptions('{"format":"something-else"}')).rejects.toMatchObject({ code: 'FOREIGN_FILE' });
    expect((await c.getOptions()).theme).toBe('dark');
    const exported = await c.exportOptions();
    await c.resetOptions();
    expect((await c.importOptions(exported)).theme).toBe('dark');
  });
});
