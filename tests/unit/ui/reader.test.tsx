// @vitest-environment jsdom
// The reader tab: loading by key, the page is the article's, keyboard, live settings, expiry.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockConnector, sampleArticle } from '../../../src/ui/connect/mock';
import { setUiLanguage } from '../../../src/ui/i18n';
import { ReaderApp } from '../../../src/ui/reader/App';
import { readerRequest } from '../../../src/ui/reader/sources';
import { click, installBrowserStubs, key, mount, unmount, waitFor } from './dom';

let container: HTMLElement | undefined;

async function openReader(query: string) {
  const connector = createMockConnector(new URLSearchParams(`lang=zh_CN&delay=0&${query}`), localStorage);
  await setUiLanguage('auto');
  container = mount(<ReaderApp connector={connector} initialOptions={await connector.getOptions()} request={readerRequest(`?${query}`)} />);
  return { connector, root: container.querySelector<HTMLElement>('#qy-root')! };
}

beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

describe('reader tab', () => {
  it('renders the article handed over by key; the page takes its title and language', async () => {
    const { root } = await openReader('mock=article-zh&key=abc');
    await waitFor(() => root.dataset.state === 'article');
    expect(document.title).toBe(sampleArticle('article-zh').title);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(root.querySelector('article#qy-article h1#qy-title')).not.toBeNull();
    expect(root.querySelector('#qy-original')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('opens and closes the contents with t and Esc, and settings with s', async () => {
    const { root } = await openReader('mock=article-zh&key=abc');
    await waitFor(() => root.dataset.state === 'article');
    expect(root.querySelector('#qy-toc-panel')).toBeNull();
    await key('t');
    expect(root.querySelectorAll('#qy-toc-panel a')).toHaveLength(8);
    expect(root.querySelector('#qy-toc-toggle')!.getAttribute('aria-expanded')).toBe('true');
    await key('Escape');
    expect(root.querySelector('#qy-toc-panel')).toBeNull();
    await key('s');
    expect(root.querySelector('#qy-settings-panel #qy-theme-sepia')).not.toBeNull();
    await key('Escape');
    expect(root.querySelector('#qy-settings-panel')).toBeNull();
    expect(document.activeElement?.id).toBe('qy-appearance'); // focus goes back to the toggle
  });

  it('ignores its keys while the reader types or holds a modifier', async () => {
    const { root } = await openReader('mock=article-zh&key=abc');
    await waitFor(() => root.dataset.state === 'article');
    const input = document.createElement('input');
    document.body.append(input);
    await key('t', input);
    expect(root.querySelector('#qy-toc-panel')).toBeNull();
    input.remove();
  });

  it('changes the text size with + and -, storing a burst of presses in one write', async () => {
    const { root, connector } = await openReader('mock=article-zh&key=abc&fontSize=18');
    await waitFor(() => root.dataset.state === 'article');
    const setOptions = vi.spyOn(connector, 'setOptions');
    await key('+');
    await key('+');
    expect(document.documentElement.style.getPropertyValue('--qy-font-size')).toBe('20px');
    await key('-');
    await waitFor(() => JSON.parse(localStorage.getItem('qingyue.mock.options')!).fontSize === 19);
    expect((await connector.getOptions()).fontSize).toBe(19);
    expect(setOptions).toHaveBeenCalledOnce(); // storage.sync allows ~120 writes a minute
  });

  it('applies settings changed elsewhere (the options page) at once', async () => {
    const { root, connector } = await openReader('mock=article-zh&key=abc&theme=light');
    await waitFor(() => root.dataset.state === 'article');
    await connector.setOptions({ theme: 'sepia', keepLede: false });
    await waitFor(() => document.documentElement.dataset.theme === 'sepia');
    expect(document.documentElement.dataset.lede).toBe('hide');
  });

  it('offers a way back when the article has expired', async () => {
    const { root } = await openReader('mock=expired&key=gone');
    await waitFor(() => root.dataset.state === 'missing');
    expect(root.querySelector('#qy-back')).not.toBeNull();
    expect(root.querySelector('#qy-appearance')).toBeNull();
  });

  it('shows a stored article with its stored pictures and releases them when it goes (the library’s ?id= path)', async () => {
    const connector = createMockConnector(new URLSearchParams('lang=zh_CN&delay=0'), localStorage);
    const article = sampleArticle('article-zh');
    const release = vi.fn();
    const stored = { param: 'id', load: async () => ({ article, mapImage: (src: string) => `blob:stored/${new URL(src).pathname.split('/').pop()}`, release }) };
    container = mount(<ReaderApp connector={connector} initialOptions={await connector.getOptions()} request={{ source: stored, value: '1' }} />);
    const root = container.querySelector<HTMLElement>('#qy-root')!;
    await waitFor(() => root.dataset.state === 'article');
    const sources = Array.from(root.querySelectorAll('#qy-content img'), (img) => img.getAttribute('src'));
    expect(sources).toEqual(['blob:stored/header.svg', 'blob:stored/flow.svg', 'blob:stored/chart.svg']);
    expect(release).not.toHaveBeenCalled();
    unmount(container);
    container = undefined;
    expect(release).toHaveBeenCalledOnce();
  });

  it('shows the help panel from the toolbar', async () => {
    const { root } = await openReader('mock=article-zh&key=abc');
    await waitFor(() => root.dataset.state === 'article');
    await click(root.querySelector('#qy-help'));
    expect(root.querySelectorAll('#qy-help-panel kbd').length).toBeGreaterThanOrEqual(5);
  });
});
