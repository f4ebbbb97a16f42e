// What every page does before its first real render: pick the connector, read the options and
// load the UI language they ask for. Until then the page shows what it can without them (the
// popup's skeleton in the cached theme).

import { DEFAULT_OPTIONS } from '../../storage/options-schema';
import type { Options } from '../../storage/options-schema';
import { getConnector } from '../connect';
import type { Connector } from '../connect/types';
import { setUiLanguage, uiLocale } from '../i18n';
import { applyAppearance, cachedAppearance, pickAppearance } from './appearance';

/** Paint in the last known theme at once, before anything async. */
export function paintCachedAppearance(): void {
  applyAppearance(document.documentElement, cachedAppearance());
}

export async function boot(): Promise<{ connector: Connector; options: Options }> {
  const connector = await getConnector();
  let options: Options;
  try {
    options = await connector.getOptions();
  } catch (error) {
    console.error('[qingyue] cannot read settings, using the defaults', error);
    options = { ...DEFAULT_OPTIONS };
  }
  await setUiLanguage(options.uiLanguage);
  applyAppearance(document.documentElement, pickAppearance(options));
  return { connector, options };
}

/** `<html lang>` of a UI page follows the UI language (the reader uses the article's instead). */
export function setDocumentLanguage(lang = uiLocale()): void {
  document.documentElement.lang = lang;
}
