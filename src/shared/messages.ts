// Every message in the extension, declared once. The background answers them from one handler
// table (src/background/handlers.ts); a meta-test checks that every request type has a handler.
//
// Senders:
//  - 'page'    : extension pages (popup, reader tab, library, options). Trusted.
//  - 'content' : content scripts running inside web pages. Untrusted: page content is hostile and a
//                compromised renderer can forge anything a content script can send. The background
//                validates every content message and lets content scripts send only the few kinds
//                listed in CONTENT_ALLOWED.
// Background → content-script requests (tabs.sendMessage) are declared in ContentRequests.

import type { Article, DetectResult, ExtractError, ExtractOptions, ExtractResult } from '../core/article';

/** Why a tab cannot be read. The UI maps each reason to a localised explanation. */
export type RestrictedReason =
  | 'browser-page' // chrome://, about:, edge://, moz-extension://, view-source: …
  | 'web-store' // chromewebstore.google.com, addons.mozilla.org: browsers forbid scripts there
  | 'pdf' // the built-in PDF viewer
  | 'file-access' // file:// without "Allow access to file URLs"
  | 'no-permission'; // the browser refused injection (e.g. activeTab not granted)

/** What the popup / reader learns about a tab. */
export type TabArticleState =
  | { kind: 'article'; tabId: number; article: Article; detected: DetectResult }
  | { kind: 'no-article'; tabId: number; url: string; error: ExtractError }
  | { kind: 'restricted'; tabId: number | null; url: string; reason: RestrictedReason }
  | { kind: 'loading'; tabId: number; url: string }
  | { kind: 'error'; tabId: number | null; url: string; error: ExtractError | { code: 'INTERNAL'; message: string } };

/** Requests to the background. Each entry: request payload → response. */
export interface BackgroundRequests {
  /** Extract the article of a tab (the active tab when tabId is omitted). Injects the extractor on demand. */
  'tab.getArticle': { req: { tabId?: number }; res: TabArticleState };
  /** Open the full-tab reader on an article (kept in storage.session under a fresh key). */
  'reader.open': { req: { article: Article } | { libraryId: string }; res: { tabId: number | null } };
  /** The article handed to a reader tab by `reader.open` (null when it expired). */
  'reader.get': { req: { key: string }; res: Article | null };
  /** Sent by the light detector content script on woshipm-style pages: sets the toolbar badge. */
  'content.detected': { req: DetectResult; res: void };
}

/** Requests the background sends to the injected extractor (src/content). */
export interface ContentRequests {
  /** Liveness check before injecting: answers when the extractor is already in the page. */
  'content.ping': { req: Record<string, never>; res: { ready: true; version: string } };
  /** Run detect + extract on the live document (which it never mutates). */
  'content.extract': {
    req: { options: Pick<ExtractOptions, 'keepLede' | 'keepCredits'> };
    res: { result: ExtractResult; detected: DetectResult; readyState: DocumentReadyState; contentType: string };
  };
}

export type BackgroundRequestType = keyof BackgroundRequests;
export type ContentRequestType = keyof ContentRequests;

/** The only background requests a content script may send. Everything else from a content script is dropped. */
export const CONTENT_ALLOWED: readonly BackgroundRequestType[] = ['content.detected'];

export type Message<M, K extends keyof M> = M[K] extends { req: infer Q } ? { type: K; payload: Q } : never;
export type Response<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/**
 * Envelope of every response: handlers may fail, and a rejected sendMessage loses the reason in
 * some browsers, so failures travel as data.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
