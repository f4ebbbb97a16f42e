// An entry ready for the offline reader: every stored image gets a blob: URL made from its Blob,
// so the reader tab shows the article with the network off. The reader sanitises the article's
// HTML first (its sanitiser rightly refuses blob: sources from pages), then asks mapImage() for
// each picture's source: a stored image → its blob: URL; one the entry does not hold → its web
// address (shown when online). Call release() when the view goes away.

import type { Article } from '../../core/article';
import type { ArticleBundle } from './types';

export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export interface OfflineView {
  /** The saved article, unchanged. */
  article: Article;
  /** Where to load an image from, given its URL in the article (raw or made absolute by the page). */
  mapImage(src: string): string;
  /** Revokes the blob: URLs (on unload, or when the reader shows another article). */
  release(): void;
}

/** The same URL as the page's `new URL(src, base).href` would write it (host case, escapes). */
function canonical(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

export function offlineView(bundle: ArticleBundle, urls: ObjectUrls = URL): OfflineView {
  const made = new Map<string, string>();
  for (const image of bundle.images) {
    if (!image.blob) continue;
    const objectUrl = urls.createObjectURL(image.blob);
    made.set(image.url, objectUrl);
    made.set(canonical(image.url), objectUrl);
  }
  return {
    article: bundle.record.article,
    mapImage: (src) => made.get(src) ?? made.get(canonical(src)) ?? src,
    release() {
      for (const url of new Set(made.values())) urls.revokeObjectURL(url);
      made.clear();
    },
  };
}
