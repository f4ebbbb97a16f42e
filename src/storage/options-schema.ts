// Typed settings and their defaults. Pure data (no extension APIs) so the UI, the background and
// tests share it; src/storage/options.ts persists it in storage.sync with ordered migrations.

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'sans' | 'serif';
export type UiLanguage = 'auto' | 'zh_CN' | 'en';

export interface Options {
  /** Schema version; bumped with each migration in options.ts. */
  version: number;
  // Reader appearance
  theme: Theme;
  font: FontFamily;
  /** Body font size in px. */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Max measure of the text column, in em (CJK: 1em ≈ one character). */
  contentWidth: number;
  // woshipm clutter rules
  /** Keep the editor's intro (编辑导语/编辑导读) as a styled lede. */
  keepLede: boolean;
  /** Keep the credit lines (作者 / 本文由 @… 原创发布于… / 题图来自…) as an attribution footer. */
  keepCredits: boolean;
  // Behaviour
  /** Run the light detector (badge 读) on every site, not just woshipm hosts. Needs the optional <all_urls> permission. */
  detectEverywhere: boolean;
  /** Open the reader tab automatically on detected woshipm-style pages. */
  autoOpen: boolean;
  /** Show the table of contents expanded when the reader opens. */
  tocOpen: boolean;
  /** 'auto' follows the browser UI language. */
  uiLanguage: UiLanguage;
}

export const OPTIONS_VERSION = 1;

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  version: OPTIONS_VERSION,
  theme: 'system',
  font: 'sans',
  fontSize: 18,
  lineHeight: 1.8,
  contentWidth: 36,
  keepLede: true,
  keepCredits: true,
  detectEverywhere: false,
  autoOpen: false,
  tocOpen: false,
  uiLanguage: 'auto',
});

/** Bounds the UI offers and import/migrations clamp to. */
export const OPTION_LIMITS = Object.freeze({
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.4, max: 2.2, step: 0.1 },
  contentWidth: { min: 26, max: 50, step: 2 },
});
