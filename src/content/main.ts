// The extractor, injected on demand into the active tab (scripting.executeScript, see
// src/background/tab-article.ts). It answers two requests from the background:
//   content.ping     → { ready: true, version }           (is it already here?)
//   content.extract  → { result, detected, readyState, contentType }
// It reads the live document and never changes it (extract works on a clone), and it answers only
// messages from this extension's own contexts.
import type { Runtime } from 'webextension-polyfill';
import { detect, extract } from '../core';
import type { ExtractResult } from '../core/article';
import { getBrowser } from '../shared/browser';
import { MAX_ARTICLE_CHARS } from '../shared/constants';
import type { ContentRequests, Response } from '../shared/messages';
import { hasOnlyKeys, isRecord, jsonSize } from '../shared/validate';

type ExtractReply = Response<ContentRequests, 'content.extract'>;

interface Installed {
  /** False once the extension that injected this copy was reloaded or removed (orphaned script). */
  alive(): boolean;
}

const GUARD = '__qingyueExtractor';
const scope = globalThis as typeof globalThis & { [GUARD]?: Installed };

// A second executeScript (two popups racing, or a ping that timed out) must not add a second
// listener: both would answer. An orphan left by an extension reload cannot answer any more, so a
// fresh copy replaces it.
if (!scope[GUARD]?.alive()) install();

function install(): void {
  const browser = getBrowser();
  const base = browser.runtime.getURL('');
  const version = browser.runtime.getManifest().version;
  scope[GUARD] = {
    alive: () => {
      try {
        return Boolean(browser.runtime.id);
      } catch {
        return false;
      }
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Messages reach content scripts only from the extension's own contexts; check anyway, and
    // ignore anything that is not one of our two requests.
    if (sender.id !== browser.runtime.id || (sender.url !== undefined && !sender.url.startsWith(base))) return undefined;
    if (!isRecord(message)) return undefined;
    if (message.type === 'content.ping' && hasOnlyKeys(message.payload, [])) {
      return Promise.resolve({ ready: true as const, version });
    }
    if (message.type === 'content.extract' && isExtractPayload(message.payload)) {
      return runExtract(message.payload.options);
    }
    return undefined;
  });
}

function isExtractPayload(p: unknown): p is { options: { keepLede?: boolean; keepCredits?: boolean } } {
  if (!hasOnlyKeys(p, ['options']) || !hasOnlyKeys(p.options, ['keepLede', 'keepCredits'])) return false;
  const { keepLede, keepCredits } = p.options;
  return (keepLede === undefined || typeof keepLede === 'boolean') && (keepCredits === undefined || typeof keepCredits === 'boolean');
}

async function runExtract(options: { keepLede?: boolean; keepCredits?: boolean }): Promise<ExtractReply> {
  const url = location.href;
  const detected = detect(document, url);
  let result: ExtractResult;
  try {
    result = await extract(document, url, { keepLede: options.keepLede, keepCredits: options.keepCredits });
  } catch (error) {
    result = { ok: false, error: { code: 'PARSE_ERROR', message: error instanceof Error ? error.message : String(error) } };
  }
  if (result.ok && jsonSize(result.article) > MAX_ARTICLE_CHARS) {
    result = { ok: false, error: { code: 'TOO_LARGE', message: 'The article is too large to hand to the reader.' } };
  }
  return { result, detected, readyState: document.readyState, contentType: document.contentType };
}
