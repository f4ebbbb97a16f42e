// Shared set-up for the UI tests: the real locale files as the message source (so tests read the
// strings users see), in the browser language the test chooses.

import enMessages from '../../../public/_locales/en/messages.json';
import zhMessages from '../../../public/_locales/zh_CN/messages.json';
import { formatMessage, setMessageSource } from '../../../src/ui/i18n';
import type { Catalog, LocaleId } from '../../../src/ui/i18n';

export const CATALOGS: Record<LocaleId, Catalog> = { zh_CN: zhMessages as Catalog, en: enMessages as Catalog };

/** Make t() answer like browser.i18n.getMessage in a browser whose language is `browserLocale`. */
export function useLocale(browserLocale: LocaleId, loadCatalog: (locale: LocaleId) => Promise<Catalog> = async (l) => CATALOGS[l]): void {
  setMessageSource({
    getMessage: (key, subs) => {
      const entry = CATALOGS[browserLocale][key];
      return entry ? formatMessage(entry, subs) : '';
    },
    loadCatalog,
  });
}
