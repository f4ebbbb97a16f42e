// @vitest-environment jsdom
// The popup as a reader sees it, driven through the mock connector.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../../src/ui/connect/types';
import { createMockConnector, sampleArticle } from '../../../src/ui/connect/mock';
import { setUiLanguage } from '../../../src/ui/i18n';
import { PopupApp } from '../../../src/ui/popup/App';
import { CATALOGS } from './helpers';
import { click, installBrowserStubs, mount, text, unmount, waitFor } from './dom';

const zh = (key: string) => CATALOGS.zh_CN[key]!.message;
let container: HTMLElement | undefined;

async function openPopup(query: string, patch: (c: Connector) => void = () => undefined) {
  const connector = createMockConnector(new URLSearchParams(`lang=zh_CN&delay=0&${query}`), localStorage);
  patch(connector);
  await setUiLanguage('auto');
  container = mount(<PopupApp connector={connector} initialOptions={await connector.getOptions()} />);
  const root = container.querySelector<HTMLElement>('#qy-root')!;
  return { connector, root };
}

beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

describe('popup with an article', () => {
  it('shows the skeleton at once, then the article: one h1, the meta line, the body in <article>', async () => {
    const { root } = await openPopup('mock=article-zh');
    expect(root.dataset.state).toBe('loading');
    expect(root.querySelector('.qy-skeleton')).not.toBeNull();
    await waitFor(() => root.dataset.state === 'article');
    const article = sampleArticle('article-zh');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root, '#qy-title')).toBe(article.title);
    expect(text(root, '#qy-meta')).toBe('林知远·人人都是产品经理·2024年3月18日·约 6 分钟');
    expect(root.querySelector('article#qy-article #qy-content blockquote.qy-lede')).not.toBeNull();
    expect(root.querySelector('article#qy-article footer.qy-credits')).not.toBeNull();
    expect(root.querySelector('article#qy-article')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('does not repeat the header image the body already starts with', async () => {
    const { root } = await openPopup('mock=article-zh');
    await waitFor(() => root.dataset.state === 'article');
    expect(root.querySelector('.qy-lead-image')).toBeNull();
    expect(root.querySelectorAll('#qy-content img')).toHaveLength(3);
  });

  it('shows a lead image that is not in the body', async () => {
    const { root } = await openPopup('mock=article-en');
    await waitFor(() => root.dataset.state === 'article');
    expect(root.querySelector('.qy-lead-image img')).not.toBeNull();
  });

  it('links to the original in a new tab without opener or referrer', async () => {
    const { root } = await openPopup('mock=article-zh');
    const link = await waitFor(() => root.querySelector<HTMLAnchorElement>('#qy-source-link'));
    expect(link.href).toBe(sampleArticle('article-zh').url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  });

  it('has a collapsible table of contents that starts as the options say', async () => {
    const { root } = await openPopup('mock=article-zh');
    const toc = await waitFor(() => root.querySelector<HTMLDetailsElement>('details#qy-toc'));
    expect(toc.open).toBe(false);
    expect(toc.querySelectorAll('a')).toHaveLength(8);
    expect(toc.querySelector('a')!.getAttribute('href')).toBe('#toc-1');
    unmount(container!);
    const again = await openPopup('mock=article-zh&tocOpen=1');
    expect((await waitFor(() => again.root.querySelector<HTMLDetailsElement>('details#qy-toc'))).open).toBe(true);
  });

  it('opens the article in a tab and closes itself', async () => {
    const { root, connector } = await openPopup('mock=article-zh', (c) => {
      c.openReader = vi.fn(async () => undefined);
      c.closeWindow = vi.fn();
    });
    await waitFor(() => root.dataset.state === 'article');
    await click(root.querySelector('#qy-open-tab'));
    await waitFor(() => (connector.closeWindow as ReturnType<typeof vi.fn>).mock.calls.length > 0);
    expect(connector.openReader).toHaveBeenCalledWith({ article: expect.objectContaining({ title: sampleArticle('article-zh').title }) });
  });

  it('changes the theme from its panel, applies it at once and stores it', async () => {
    const { root, connector } = await openPopup('mock=article-zh');
    await waitFor(() => root.dataset.state === 'article');
    await click(root.querySelector('#qy-appearance'));
    const dark = await waitFor(() => root.querySelector<HTMLElement>('#qy-appearance-panel #qy-theme-dark'));
    expect(root.querySelector('#qy-appearance')!.getAttribute('aria-expanded')).toBe('true');
    await click(dark);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(dark.getAttribute('aria-checked')).toBe('true');
    // Stored (debounced): what another page reads from the connector.
    await waitFor(() => JSON.parse(localStorage.getItem('qingyue.mock.options')!).theme === 'dark');
    expect((await connector.getOptions()).theme).toBe('dark');
  });
});

describe('popup states', () => {
  it('explains a page without an article and what works', async () => {
    const { root } = await openPopup('mock=no-article');
    await waitFor(() => root.dataset.state === 'no-article' && root.querySelector('#qy-state-title'));
    expect(text(root, '#qy-state-title')).toBe(zh('popupNoArticleTitle'));
    expect(root.textContent).toContain(zh('popupNoArticleHint'));
    expect(root.querySelector('#qy-retry')).not.toBeNull();
  });

  it.each([
    ['browser-page', 'popupRestrictedBrowserTitle'],
    ['web-store', 'popupRestrictedStoreTitle'],
    ['pdf', 'popupRestrictedPdfTitle'],
    ['file-access', 'popupRestrictedFileTitle'],
    ['no-permission', 'popupRestrictedPermissionTitle'],
  ])('explains a restricted page (%s)', async (reason, title) => {
    const { root } = await openPopup(`mock=restricted&reason=${reason}`);
    await waitFor(() => root.dataset.state === 'restricted' && root.querySelector('#qy-state-title'));
    expect(root.dataset.detail).toBe(reason);
    expect(text(root, '#qy-state-title')).toBe(zh(title));
    if (reason === 'file-access') expect(root.textContent).toContain('chrome://extensions');
  });

  it('waits for a loading page and shows its article when it is ready', async () => {
    const { root } = await openPopup('mock=loading&polls=1');
    await waitFor(() => root.dataset.detail === 'page-loading' && root.querySelector('#qy-state-title'));
    expect(text(root, '#qy-state-title')).toBe(zh('popupLoadingTitle'));
    await waitFor(() => root.dataset.state === 'article', 3000);
  });

  it('shows an extraction error with its code and a retry', async () => {
    const { root } = await openPopup('mock=error');
    await waitFor(() => root.dataset.state === 'error' && root.querySelector('.qy-error-detail'));
    expect(text(root, '.qy-error-detail code')).toBe('PARSE_ERROR');
    expect(root.querySelector('#qy-retry')).not.toBeNull();
  });

  it('explains a page too large to tidy', async () => {
    const { root } = await openPopup('mock=too-large');
    await waitFor(() => root.dataset.detail === 'TOO_LARGE' && root.querySelector('#qy-state-title'));
    expect(text(root, '#qy-state-title')).toBe(zh('popupTooLargeTitle'));
  });

  it('turns a failed request into an error state, never a blank popup', async () => {
    const { root } = await openPopup('mock=article-zh', (c) => {
      c.getTabArticle = async () => {
        throw Object.assign(new Error('The background did not answer.'), { code: 'NO_RESPONSE' });
      };
    });
    await waitFor(() => root.dataset.state === 'error' && root.querySelector('.qy-error-detail'));
    expect(text(root, '.qy-error-detail')).toContain('NO_RESPONSE');
  });
});
