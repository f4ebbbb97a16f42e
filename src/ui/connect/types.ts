// The UI's only door to the rest of the extension. Pages get a Connector from
// src/ui/connect/index.ts: the runtime one (messages to the background, the options module,
// browser.permissions) inside the extension, or the mock twin (src/ui/connect/mock.ts) when a page
// is rendered in isolation for tests and screenshots. UI code never imports src/background or
// src/content.

import type { Article } from '../../core/article';
import type { ArticleIdentity, SaveJob, SaveStatus, TabArticleState } from '../../shared/messages';
import type { Options } from '../../storage/options-schema';

export interface Connector {
  /** Extract the article of a tab (the active tab when omitted). */
  getTabArticle(tabId?: number): Promise<TabArticleState>;
  /** Open the full-tab reader on an article; resolves when the tab exists. */
  openReader(source: { article: Article } | { libraryId: string }): Promise<void>;
  /** The article a reader tab was opened with (key from its URL), or null when it expired. */
  getReaderArticle(key: string): Promise<Article | null>;

  getOptions(): Promise<Options>;
  /** Validates, clamps and stores; resolves with the stored options. */
  setOptions(patch: Partial<Options>): Promise<Options>;
  resetOptions(): Promise<Options>;
  /** The settings as a JSON file's text (src/storage/options.ts exportOptions: format marker + version). */
  exportOptions(): Promise<string>;
  /**
   * Validate, migrate and store settings from a JSON file's text; resolves with the stored options.
   * Rejects (nothing changed) when the file is foreign or corrupt with an Error whose `code` is
   * 'NOT_JSON' | 'FOREIGN_FILE' | 'NEWER_VERSION' | 'CORRUPT_FILE' (the UI localises by code) and
   * whose message says why in English.
   */
  importOptions(json: string): Promise<Options>;
  /** Live updates (from any page or the background); returns an unsubscribe function. */
  onOptionsChanged(listener: (options: Options) => void): () => void;

  /** Ask for optional host permissions. Must run inside a user gesture (click handler). */
  requestHostPermissions(origins: string[]): Promise<boolean>;
  hasHostPermissions(origins: string[]): Promise<boolean>;

  /** The extension's keyboard commands with the shortcut the user has now ('' when unassigned). */
  getShortcuts(): Promise<Shortcut[]>;
  /**
   * Open the browser's page for changing extension shortcuts (Chrome: chrome://extensions/shortcuts
   * via tabs.create; Firefox: commands.openShortcutSettings where available). Resolves false when
   * the browser offers no way to open it, so the UI can explain where to find it instead.
   */
  openShortcutSettings(): Promise<boolean>;
  /** Open the options page (runtime.openOptionsPage). */
  openOptionsPage(): Promise<void>;

  /** Close the popup (popup only; no-op elsewhere). */
  closeWindow(): void;

  // Saving for offline reading (issue #4). Saves run in the background and go on when the page
  // that started them closes; pages follow them with onSaveJob / getSaveStatus.
  /**
   * Save an article this page holds (`tabId`: the tab it came from, whose badge shows progress).
   * Call it straight from the click handler, before any await: it first asks the browser for the
   * image hosts the article needs that Qingyue may not download from yet (exactly those; no
   * prompt when there are none or they were granted before), then starts the save. Images from
   * hosts the user refuses are reported as missing, with the hosts in `job.needsAccess`.
   */
  saveArticle(article: Article, options?: { tabId?: number }): Promise<SaveJob>;
  /** Save a tab by extracting it again (the active tab when omitted). */
  saveTab(tabId?: number): Promise<SaveJob>;
  /** Save a linked page without opening it. From a click: asks for access to its site first. */
  saveUrl(url: string, options?: { tabId?: number }): Promise<SaveJob>;
  /**
   * Download again the images a library entry is missing. From a click: `origins` (a job's
   * needsAccess) are asked for first.
   */
  retrySave(articleId: string, options?: { origins?: string[]; tabId?: number }): Promise<SaveJob>;
  /** Whether an article is in the library, and the newest save job for it in this session. */
  getSaveStatus(article: ArticleIdentity): Promise<SaveStatus>;
  /** This session's save jobs, newest first. */
  getSaveJobs(): Promise<SaveJob[]>;
  /** Every change of a save job (progress, result); returns an unsubscribe function. */
  onSaveJob(listener: (job: SaveJob) => void): () => void;
  /** Open the offline library page in a new tab. */
  openLibrary(): Promise<void>;
}

/** One keyboard command of the manifest, as commands.getAll() reports it. */
export interface Shortcut {
  /** Command name in the manifest, e.g. '_execute_action', 'open-reader-tab'. */
  name: string;
  /** The command's description (already localised by the browser; may be '' for _execute_action). */
  description: string;
  /** The current shortcut, e.g. 'Alt+Shift+R'; '' when the user removed it. */
  shortcut: string;
}
