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
import type { SaveResult } from '../save/types';

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

  // Saving for offline reading (issue #4). Each save answers at once with the started job; the
  // work goes on in the background (it survives the popup closing) and reports through
  // PageEvents 'library.job', the job list in storage.session and the tab's badge.
  /** Extract a tab (the active tab when omitted) the way tab.getArticle does, then save it. */
  'library.saveTab': { req: { tabId?: number }; res: SaveJob };
  /** Save an article a page already holds (the popup, the reader tab); `tabId` gets the badge. */
  'library.saveArticle': { req: { article: Article; tabId?: number }; res: SaveJob };
  /** Fetch a linked page without opening it, extract it and save it (needs access to its host). */
  'library.saveUrl': { req: { url: string; tabId?: number }; res: SaveJob };
  /** Download again the images a library entry is missing. */
  'library.retry': { req: { id: string; tabId?: number }; res: SaveJob };
  /** Recent save jobs of this browser session, newest first (running ones included). */
  'library.jobs': { req: Record<string, never>; res: SaveJob[] };
  /** Whether an article is in the library, and the newest job saving it (for "saved ✓ · update"). */
  'library.status': { req: { article: ArticleIdentity }; res: SaveStatus };
}

/** What identifies an article in the library (see src/storage/library/dedupe.ts). */
export type ArticleIdentity = Pick<Article, 'url' | 'canonicalUrl' | 'title' | 'site'>;

/** How a save was started. 'resume' completes a save a stopped worker left half-done. */
export type SaveJobKind = 'page' | 'article' | 'link' | 'retry' | 'resume';

/**
 * Where a job is: reading the tab, downloading the linked page, downloading images, writing the
 * library transaction, finished (see `result`).
 */
export type SaveJobPhase = 'extracting' | 'fetching-page' | 'images' | 'writing' | 'done';

/** Failures that happen before the save engine runs (the engine's own are in SaveResult). */
export type SaveJobFailureCode =
  /** The browser does not let extensions read the tab (see `reason`). */
  | 'RESTRICTED'
  /** The tab is still loading: try again once it has loaded. */
  | 'LOADING'
  /** Qingyue has no access to the linked page's site (`origin`); the user refused or was not asked. */
  | 'NO_PERMISSION'
  /** The linked page could not be downloaded (offline, DNS, refused, timeout, an HTTP error). */
  | 'NETWORK'
  /** The link leads to something that is not a web page (a PDF, an image, a download). */
  | 'NOT_HTML'
  /** The save stopped with the background (browser closed, extension updated) and cannot resume. */
  | 'INTERRUPTED';

export type SaveJobFailure = {
  status: 'failed';
  code: SaveJobFailureCode;
  /** English sentence for logs; the UI localises by code. */
  message: string;
  /** NO_PERMISSION: the site that needs access, e.g. "example.com". */
  origin?: string;
  /** RESTRICTED: why the tab cannot be read. */
  reason?: RestrictedReason;
};

export type SaveJobResult = SaveResult | SaveJobFailure;

export interface SaveJob {
  /** Job id (a UUID), not the library id. */
  id: string;
  kind: SaveJobKind;
  /** The tab the save was started from (its badge shows the progress), or null. */
  tabId: number | null;
  /** The page or link being saved. */
  url: string;
  /** The article's title once known. */
  title: string | null;
  /** The library entry, once saved (and from the start for a retry). */
  articleId: string | null;
  phase: SaveJobPhase;
  /** Images finished (downloaded or given up), of `total`. */
  done: number;
  total: number;
  /** Image bytes downloaded so far. */
  bytes: number;
  startedAt: number;
  updatedAt: number;
  /** Set when phase is 'done'. */
  result: SaveJobResult | null;
  /**
   * Host patterns (e.g. "https://img.example.com/*") whose images are missing because Qingyue may
   * not download from them. Granting them retries the images by itself.
   */
  needsAccess: string[];
}

export interface SaveStatus {
  /** Library id of the saved copy, or null when the article is not saved. */
  savedId: string | null;
  /** The newest job for this article in this browser session (running or finished), or null. */
  job: SaveJob | null;
}

/**
 * Events the background broadcasts to extension pages (runtime.sendMessage without a reply).
 * Pages accept them only from this extension and ignore what they do not know.
 */
export interface PageEvents {
  /** A save job changed (throttled while images download; always sent when it finishes). */
  'library.job': SaveJob;
}

/**
 * Requests the background sends to the offscreen document (Chrome only: it has DOMParser, the
 * service worker has not). Marked with `target: 'offscreen'` because every extension page hears
 * runtime messages too.
 */
export interface OffscreenRequests {
  /** Parse a downloaded page and run the extraction pipeline on it. */
  'offscreen.extract': {
    req: { html: string; url: string; options: Pick<ExtractOptions, 'keepLede' | 'keepCredits'> };
    res: ExtractResult;
  };
}
export const OFFSCREEN_TARGET = 'offscreen';

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
