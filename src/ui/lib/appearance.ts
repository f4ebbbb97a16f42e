// Applies the reading settings to a page: data attributes and custom properties on <html> that
// the stylesheets read. The last applied settings are cached in localStorage so the next page
// paints in the right theme before the options have been read from storage (no white flash on a
// dark popup).

import { DEFAULT_OPTIONS } from '../../storage/options-schema';
import type { Options } from '../../storage/options-schema';

export type Appearance = Pick<Options, 'theme' | 'font' | 'fontSize' | 'lineHeight' | 'contentWidth' | 'keepLede' | 'keepCredits'>;

const CACHE_KEY = 'qingyue.appearance';
const KEYS = ['theme', 'font', 'fontSize', 'lineHeight', 'contentWidth', 'keepLede', 'keepCredits'] as const;

/** Values come validated and clamped by the options module (or the cache, checked below). */
export function applyAppearance(root: HTMLElement, appearance: Appearance): void {
  root.dataset.theme = appearance.theme;
  root.dataset.font = appearance.font;
  // The pipeline already drops the lede/credits when asked; hiding them in CSS as well makes a
  // change in the options apply at once to an article that was extracted before it.
  root.dataset.lede = appearance.keepLede ? 'show' : 'hide';
  root.dataset.credits = appearance.keepCredits ? 'show' : 'hide';
  root.style.setProperty('--qy-font-size', `${appearance.fontSize}px`);
  root.style.setProperty('--qy-line-height', String(appearance.lineHeight));
  root.style.setProperty('--qy-measure', `${appearance.contentWidth}em`);
}

export function pickAppearance(options: Options): Appearance {
  const picked = {} as Record<string, unknown>;
  for (const key of KEYS) picked[key] = options[key];
  return picked as Appearance;
}

export function cacheAppearance(appearance: Appearance, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(CACHE_KEY, JSON.stringify(appearance));
  } catch {
    /* storage full or disabled: only the first paint is affected */
  }
}

/**
 * The cached appearance over the defaults. Each cached value is kept only if it has the default's
 * type; a bad theme or font name matches no stylesheet rule and falls back to the light theme and
 * sans font, which is harmless for the few milliseconds until the real options arrive.
 */
export function cachedAppearance(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Appearance {
  const appearance = pickAppearance({ ...DEFAULT_OPTIONS });
  try {
    const raw = JSON.parse(storage?.getItem(CACHE_KEY) ?? 'null') as Record<string, unknown> | null;
    for (const key of KEYS) {
      if (raw && typeof raw[key] === typeof appearance[key]) (appearance as Record<string, unknown>)[key] = raw[key];
    }
  } catch {
    /* unreadable cache: defaults */
  }
  return appearance;
}
