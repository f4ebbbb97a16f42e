// Chrome's offscreen document (offscreen.html, reason DOM_PARSER): the service worker has no
// DOMParser, so "save the linked article" parses the downloaded page here. It answers one request,
// only from this extension's background (never from a tab), and ignores every other runtime
// message (extension pages' requests to the background reach it too).
import type { Runtime } from 'webextension-polyfill';
import { getBrowser } from '../shared/browser';
import { MAX_ARTICLE_CHARS } from '../shared/constants';
import { OFFSCREEN_TARGET } from '../shared/messages';
import { hasOnlyKeys, isRecord, isString } from '../shared/validate';
import { extractFromHtml } from './extract-page';

const browser = getBrowser();

interface ExtractPayload {
  html: string;
  url: string;
  options: { keepLede?: boolean; keepCredits?: boolean };
}

function isExtractPayload(p: unknown): p is ExtractPayload {
  return (
    hasOnlyKeys(p, ['html', 'url', 'options']) &&
    isString(p.html, MAX_ARTICLE_CHARS * 2) &&
    isString(p.url, 8192) &&
    /^https?:\/\//i.test(p.url) &&
    hasOnlyKeys(p.options, ['keepLede', 'keepCredits']) &&
    [p.options.keepLede, p.options.keepCredits].every((v) => v === undefined || typeof v === 'boolean')
  );
}

// Answers synchronously through sendResponse: pages run on the browser's
// native namespace (src/shared/native-browser.ts), where a listener's returned promise is not
// portable as a reply.
browser.runtime.onMessage.addListener(((message: unknown, sender: Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
  if (!isRecord(message) || message.target !== OFFSCREEN_TARGET || message.type !== 'offscreen.extract') return false;
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  if (!isExtractPayload(message.payload)) {
    sendResponse({ ok: false, error: { code: 'PARSE_ERROR', message: 'Malformed request.' } });
    return false;
  }
  const { html, url, options } = message.payload;
  sendResponse(extractFromHtml(html, url, options, window));
  return false;
}) as unknown as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
