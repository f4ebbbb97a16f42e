// An entry ready for the offline reader: the article with every stored image pointed at a blob:
// URL made from its Blob, so the reader tab shows it with the network off. Images the entry does
// not hold keep their web address (shown when online). Call release() when the view goes away.

import type { Article } from '../../core/article';
import { replaceImageSources } from '../export/html-images';
import type { ArticleBundle } from './types';

export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

export interface OfflineView {
  article: Article;
  /** Revokes the blob: URLs (the reader calls it on unload or when it shows another article). */
  release(): void;
}

export function offlineView(bundle: ArticleBundle, urls: ObjectUrls = URL): OfflineView {
  const made = new Map<string, string>();
  for (const image of bundle.images) if (image.blob) made.set(image.url, urls.createObjectURL(image.blob));
  const { article } = bundle.record;
  return {
    article: {
      ...article,
      contentHtml: replaceImageSources(article.contentHtml, (src) => made.get(src)),
      leadImage: article.leadImage ? (made.get(article.leadImage) ?? article.leadImage) : null,
      images: article.images.map((image) => ({ ...image, src: made.get(image.src) ?? image.src })),
    },
    release() {
      for (const url of made.values()) urls.revokeObjectURL(url);
      made.clear();
    },
  };
}
