// UI strings. Every visible string comes from public/_locales/<locale>/messages.json through t().
//
// Two modes:
//  - uiLanguage 'auto' (default): browser.i18n.getMessage, i.e. the browser's language with the
//    manifest's default_locale (zh_CN) as fallback. Synchronous, nothing to load.
//  - uiLanguage 'zh_CN' | 'en': the chosen locale's messages.json, fetched from the extension
//    package (browsers offer no API to ask getMessage for another locale) and formatted the way
//    Chrome formats getMessage (named placeholders, $1…$9, $$).
// The mock connector installs a source backed by locale JSON bundled into the mock chunk only.

import type { UiLanguage } from '../storage/options-schema';

export type LocaleId = 'zh_CN' | 'en';

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, MessageEntry>;
export type Substitutions = string | number | readonly (string | number)[];

/** Where messages come from. The extension source reads the browser; the mock reads bundled JSON. */
export interface MessageSource {
  /** The message in the browser's own language ('' when unknown), formatted with `substitutions`. */
  getMessage(key: string, substitutions: string[]): string;
  /** One locale's whole catalogue, for a language override. */
  loadCatalog(locale: LocaleId): Promise<Catalog>;
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}

/** browser.i18n / chrome.i18n without importing the polyfill: getMessage is synchronous in both. */
function extensionI18n(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

export const extensionMessageSource: MessageSource = {
  getMessage(key, substitutions) {
    try {
      return extensionI18n()?.getMessage(key, substitutions) ?? '';
    } catch {
      return ''; // Firefox throws on malformed keys instead of returning ''
    }
  },
  async loadCatalog(locale) {
    // Pages live at the extension root, so the package's _locales folder is a same-origin fetch.
    const response = await fetch(`/_locales/${locale}/messages.json`);
    if (!response.ok) throw new Error(`No messages for ${locale} (${response.status})`);
    return (await response.json()) as Catalog;
  },
};

let source: MessageSource = extensionMessageSource;
let override: Catalog | null = null;
const catalogs = new Map<LocaleId, Catalog>();

/** Replace where messages come from (the mock connector and tests). Clears a language override. */
export function setMessageSource(next: MessageSource): void {
  source = next;
  override = null;
  catalogs.clear();
}

/**
 * Apply the user's language choice; resolves once its messages are ready. A locale that cannot be
 * loaded falls back to the browser's language rather than leaving the page without strings.
 */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  if (language === 'auto') {
    override = null;
    return;
  }
  try {
    let catalog = catalogs.get(language);
    if (!catalog) {
      catalog = await source.loadCatalog(language);
      catalogs.set(language, catalog);
    }
    override = catalog;
  } catch (error) {
    console.warn('[qingyue] cannot load UI language', language, error);
    override = null;
  }
}

function toStrings(substitutions: Substitutions | undefined): string[] {
  if (substitutions === undefined) return [];
  return (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
}

/**
 * Format a messages.json entry like chrome.i18n.getMessage: `$name$` (case-insensitive) becomes the
 * placeholder's content, then `$1`…`$9` become the substitutions ('' when missing) and `$$` a `$`.
 */
export function formatMessage(entry: MessageEntry, substitutions: Substitutions = []): string {
  const subs = toStrings(substitutions);
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content] as const),
  );
  const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, token: string) => (token === '$' ? '$' : (subs[Number(token) - 1] ?? '')));
}

/** The localised string for `key`; the key itself when no locale has it (a meta-test keeps that from shipping). */
export function t(key: string, substitutions?: Substitutions): string {
  const entry = override?.[key];
  const text = entry ? formatMessage(entry, substitutions) : source.getMessage(key, toStrings(substitutions));
  return text || key;
}

/** BCP 47 tag of the language the strings are in (for Intl formatting and `<html lang>`). */
export function uiLocale(): string {
  const tag = t('uiLocaleTag');
  return tag === 'uiLocaleTag' ? 'zh-CN' : tag;
}
