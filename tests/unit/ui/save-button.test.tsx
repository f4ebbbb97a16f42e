// @vitest-environment jsdom
// The save-offline button as a reader meets it, through the mock connector: every state, the
// progress while images download, details that open by themselves when something went wrong,
// retries, and a page opened mid-save that picks up the running job.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SaveButton } from '../../../src/ui/components/SaveButton';
import { saveView } from '../../../src/ui/hooks/useSaveJob';
import { createMockConnector, sampleArticle } from '../../../src/ui/connect/mock';
import type { Connector } from '../../../src/ui/connect/types';
import { setUiLanguage } from '../../../src/ui/i18n';
import type { SaveJob } from '../../../src/shared/messages';
import { click, installBrowserStubs, mount, unmount, waitFor } from './dom';

let container: HTMLElement | undefined;
beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

async function render(query: string, lang: 'en' | 'zh_CN' = 'en'): Promise<{ connector: Connector; button: () => HTMLButtonElement }> {
  const connector = createMockConnector(new URLSearchParams(`lang=${lang}&saveStep=5&${query}`), localStorage);
  await setUiLanguage('auto');
  container = mount(<SaveButton connector={connector} article={sampleArticle('article-zh')} tabId={7} />);
  const button = () => container!.querySelector<HTMLButtonElement>('#qy-save')!;
  await waitFor(() => button().dataset.state !== 'unknown');
  return { connector, button };
}

const panel = () => container!.querySelector('#qy-save-panel');

describe('SaveButton', () => {
  it('saves: idle → saving with n/N and a progress bar → saved ✓; details offer the library and an update', async () => {
    const { button } = await render('save=saved&saveImages=4');
    expect(button().dataset.state).toBe('idle');
    expect(button().textContent).toBe('Save offline');
    await click(button());
    const meter = await waitFor(() => container!.querySelector('[role="progressbar"][aria-valuemax="4"]'));
    expect(meter.getAttribute('aria-label')).toBe('Images downloaded');
    await waitFor(() => /^Saving \d\/4$/.test(button().textContent ?? ''));
    await waitFor(() => button().dataset.state === 'saved');
    expect(button().textContent).toBe('Saved');
    expect(panel()).toBeNull(); // a plain success does not interrupt
    await click(button());
    await waitFor(() => panel());
    expect(panel()!.textContent).toContain('Saved in your offline library');
    expect(container!.querySelector('#qy-save-open-library')?.textContent).toBe('Open library');
    expect(container!.querySelector('#qy-save-again')?.textContent).toBe('Save again');
  });

  it('knows an article saved before: "saved" at once, and "save again" updates it', async () => {
    const { button } = await render('saved=1');
    expect(button().dataset.state).toBe('saved');
    await click(button());
    await click(await waitFor(() => container!.querySelector('#qy-save-again')));
    await waitFor(() => button().dataset.state === 'saving');
    // The panel stayed open and follows the save to its end.
    await waitFor(() => panel()?.textContent?.includes('Downloading images'));
    await waitFor(() => button().dataset.state === 'saved');
    await waitFor(() => panel()?.textContent?.includes('The copy saved earlier was updated.'));
  });

  it('images missing: the details open by themselves, list each image and its reason, and retry fixes it', async () => {
    const { button } = await render('save=partial', 'zh_CN');
    await click(button());
    await waitFor(() => button().dataset.state === 'partial');
    expect(button().textContent).toBe('缺 2 张图');
    await waitFor(() => panel());
    const items = [...panel()!.querySelectorAll('.qy-save-missing li')].map((li) => li.textContent);
    expect(items).toEqual(['funnel-chart.png服务器返回 404', 'team-photo.jpg网络错误']);
    expect(panel()!.textContent).toContain('需要你的允许，清阅才能下载来自 img.example.org 的图片。');
    const retry = container!.querySelector<HTMLButtonElement>('#qy-save-retry')!;
    expect(retry.textContent).toBe('允许并重试');
    await click(retry);
    await waitFor(() => button().dataset.state === 'saved');
  });

  it('storage full: says so and lists the largest articles to delete', async () => {
    const { button } = await render('save=quota');
    await click(button());
    await waitFor(() => button().dataset.state === 'failed');
    await waitFor(() => panel());
    expect(panel()!.querySelector('[role="alert"]')?.textContent).toBe(
      'Not saved: the browser has no room left. Delete some large articles from the library and try again.',
    );
    expect([...panel()!.querySelectorAll('.qy-save-largest li')].map((li) => li.textContent)).toEqual([
      '从 0 到 1 搭建用户增长体系：一份 3 万字的复盘46 MB',
      'B 端产品设计规范全集（附 120 张示意图）30 MB',
    ]);
    expect(container!.querySelector('#qy-save-open-library')).not.toBeNull();
  });

  it('no article: nothing saved, no retry offered', async () => {
    const { button } = await render('save=no-article');
    await click(button());
    await waitFor(() => button().dataset.state === 'failed');
    await waitFor(() => panel());
    expect(panel()!.textContent).toContain('Not saved: this page has no article to save.');
    expect(container!.querySelector('#qy-save-retry')).toBeNull();
  });

  it('a page opened while a save runs follows it', async () => {
    const connector = createMockConnector(new URLSearchParams('lang=en&saveStep=30&saveImages=6'), localStorage);
    const article = sampleArticle('article-zh');
    void connector.saveArticle(article); // started elsewhere (the context menu, another popup)
    await setUiLanguage('auto');
    container = mount(<SaveButton connector={connector} article={article} />);
    const button = await waitFor(() => container!.querySelector<HTMLButtonElement>('#qy-save[data-state="saving"]'));
    await waitFor(() => button.dataset.state === 'saved', 4000);
  });
});

describe('saveView', () => {
  const job = (over: Partial<SaveJob>): SaveJob => ({
    id: 'j', kind: 'article', tabId: null, url: 'u', title: null, articleId: null, phase: 'done', done: 0, total: 0, bytes: 0,
    startedAt: 1, updatedAt: 1, result: null, needsAccess: [], ...over,
  });
  it('prefers a running job, then the last result, then what the library says', () => {
    expect(saveView(false, null, null, false)).toEqual({ kind: 'unknown' });
    expect(saveView(true, null, null, false)).toEqual({ kind: 'idle' });
    expect(saveView(true, 'id1', null, false)).toEqual({ kind: 'saved', id: 'id1', updated: false });
    expect(saveView(true, 'id1', job({ phase: 'images', done: 2, total: 5 }), false)).toMatchObject({ kind: 'saving', done: 2, total: 5 });
    expect(saveView(true, null, null, true)).toMatchObject({ kind: 'saving', phase: 'extracting' });
    expect(saveView(true, 'id1', job({ result: { status: 'failed', code: 'NETWORK', message: 'x' } }), false)).toMatchObject({ kind: 'failed' });
  });
});

describe('LinkSaveNotice', () => {
  it('tells the popup of this tab what became of a link saved from its context menu', async () => {
    const { LinkSaveNotice } = await import('../../../src/ui/components/LinkSaveNotice');
    const connector = createMockConnector(new URLSearchParams('lang=en&saveStep=5&save=no-article'), localStorage);
    await setUiLanguage('auto');
    await connector.saveUrl('https://www.woshipm.com/pd', { tabId: 7 });
    container = mount(<LinkSaveNotice connector={connector} tabId={7} />);
    const notice = await waitFor(() => container!.querySelector<HTMLElement>('#qy-link-save[data-state="failed"]'));
    expect(notice.textContent).toContain('Not saved: the link does not lead to an article.');
    await click(notice.querySelector('button'));
    expect(container!.querySelector('#qy-link-save')).toBeNull();
  });

  it('says nothing about other tabs', async () => {
    const { LinkSaveNotice } = await import('../../../src/ui/components/LinkSaveNotice');
    const connector = createMockConnector(new URLSearchParams('lang=en&saveStep=5'), localStorage);
    await connector.saveUrl('https://www.woshipm.com/pd/1.html', { tabId: 8 });
    container = mount(<LinkSaveNotice connector={connector} tabId={7} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container!.querySelector('#qy-link-save')).toBeNull();
  });
});
