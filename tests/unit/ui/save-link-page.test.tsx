// @vitest-environment jsdom
// save-link.html: names the site that needs access, asks from the click, then saves the link.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockConnector } from '../../../src/ui/connect/mock';
import { setUiLanguage } from '../../../src/ui/i18n';
import { SaveLinkApp } from '../../../src/ui/save-link/App';
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

async function open(url: string, query = '') {
  const connector = createMockConnector(new URLSearchParams(`lang=en&saveStep=5&${query}`), localStorage);
  const request = vi.spyOn(connector, 'requestHostPermissions');
  const saveUrl = vi.spyOn(connector, 'saveUrl');
  await setUiLanguage('auto');
  container = mount(<SaveLinkApp connector={connector} url={url} tabId={4} />);
  return { root: container.querySelector<HTMLElement>('#qy-save-link')!, request, saveUrl };
}

describe('save-link page', () => {
  it('explains which site needs access, asks for exactly it from the click, then saves', async () => {
    const { root, request, saveUrl } = await open('https://blog.example.cn/2024/interview.html');
    expect(root.dataset.state).toBe('ask');
    expect(root.textContent).toContain('Qingyue needs permission to read pages on blog.example.cn');
    await click(root.querySelector('#qy-save-link-allow'));
    expect(request).toHaveBeenCalledWith(['https://blog.example.cn/*']);
    await waitFor(() => root.dataset.state === 'saving');
    expect(saveUrl).toHaveBeenCalledWith('https://blog.example.cn/2024/interview.html', { tabId: 4 });
  });

  it('refused: says nothing was saved and saves nothing', async () => {
    const { root, saveUrl } = await open('https://blog.example.cn/x.html', 'grant=0');
    await click(root.querySelector('#qy-save-link-allow'));
    await waitFor(() => root.dataset.state === 'refused');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Permission was not granted, so nothing was saved.');
    expect(saveUrl).not.toHaveBeenCalled();
  });

  it('refuses what is not a web link', async () => {
    const { root } = await open('javascript:alert(1)');
    expect(root.dataset.state).toBe('invalid');
    expect(root.querySelector('#qy-save-link-allow')).toBeNull();
  });
});
