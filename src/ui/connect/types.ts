// The UI's only door to the rest of the extension. Pages get a Connector from
// src/ui/connect/index.ts: the runtime one (messages to the background, the options module,
// browser.permissions) inside the extension, or the mock twin (src/ui/connect/mock.ts) when a page
// is rendered in isolation for tests and screenshots. UI code never imports src/background or
// src/content.

import type { Article } from '../../core/article';
import type { TabArticleState } from '../../shared/messages';
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
