// Localised strings for what the background shows itself (badge text, toolbar titles). They follow
// the browser's language: the uiLanguage override applies to extension pages only, because
// i18n.getMessage cannot be pointed at another locale. Call sites pass the key as a string literal
// so tests/meta can check every key exists in both locale files.
import { getBrowser } from '../shared/browser';

export function getMessage(key: string, substitutions?: string | string[]): string {
  return getBrowser().i18n.getMessage(key, substitutions);
}
