// Byte accounting shown to the user (per-article size, storage meter, "what to delete").

import type { Article } from '../../core/article';
import type { ArticleSizes } from './types';

/** UTF-8 byte length without allocating an encoded copy (texts can be hundreds of KB). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function textBytes(article: Pick<Article, 'contentHtml' | 'textContent'>, searchText: string): number {
  return utf8Length(article.contentHtml) + utf8Length(article.textContent) + utf8Length(searchText);
}

export function sizesOf(htmlBytes: number, imageBytes: number): ArticleSizes {
  return { html: htmlBytes, images: imageBytes, total: htmlBytes + imageBytes };
}
