import { describe, expect, it } from 'vitest';
import { classifyInjectionError, classifyUrl, isErrorPageError } from '../../../src/background/restricted';

const noFiles = { fileAccess: false };

describe('classifyUrl', () => {
  it.each([
    ['chrome://version/', 'browser-page'],
    ['chrome://extensions/shortcuts', 'browser-page'],
    ['edge://settings', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'browser-page'],
    ['moz-extension://6f3c1a52-8d7e-4b1f-9a0c-2e5d7b9c4a10/popup.html', 'browser-page'],
    ['view-source:https://www.woshipm.com/', 'browser-page'],
    ['data:text/html,<p>hi</p>', 'browser-page'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/zh-CN/firefox/addon/x/', 'web-store'],
    ['https://example.com/report.pdf', 'pdf'],
    ['https://example.com/REPORT.PDF?download=1', 'pdf'],
    ['file:///home/me/paper.pdf', 'pdf'],
    ['file:///home/me/saved-article.html', 'file-access'],
  ])('%s → %s', (url, reason) => {
    expect(classifyUrl(url, noFiles)).toBe(reason);
  });

  it.each([
    'https://www.woshipm.com/pd/5000000.html',
    'http://127.0.0.1:8080/mirror/post.html',
    'https://chrome.google.com/search?q=webstore', // Google, but not the store
    'https://example.com/pdf/guide.html',
    '', // URL hidden without permission: let injection decide
  ])('%s may be tried', (url) => {
    expect(classifyUrl(url, noFiles)).toBeNull();
  });

  it('allows file:// pages once the user allowed file access', () => {
    expect(classifyUrl('file:///home/me/saved-article.html', { fileAccess: true })).toBeNull();
  });
});

describe('classifyInjectionError', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'https://x', 'browser-page'],
    ['Cannot access a chrome-extension:// URL of different extension', '', 'browser-page'],
    ['The extensions gallery cannot be scripted.', '', 'web-store'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://example.com/', 'no-permission'],
    ['Cannot access contents of url "https://example.com/". Extension manifest must request permission to access this host.', '', 'no-permission'],
    ['Missing host permission for the tab', 'https://example.com/', 'no-permission'],
    ['Cannot access contents of url "file:///a.html". Extension manifest must request permission to access this host.', 'file:///a.html', 'file-access'],
  ])('%s', (message, url, reason) => {
    expect(classifyInjectionError(new Error(message), url)).toBe(reason);
  });

  it('leaves other failures to the caller', () => {
    expect(classifyInjectionError(new Error('No tab with id: 5.'), 'https://example.com/')).toBeNull();
    expect(isErrorPageError(new Error('Frame with ID 0 is showing error page'))).toBe(true);
  });
});
