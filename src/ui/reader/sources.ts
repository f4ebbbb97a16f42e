// Where a reader tab gets its article, from its URL. Today: `?key=` (handed over by reader.open
// and kept in storage.session by the background). The offline library (issue #4) adds `?id=`
// with one more entry here and a Connector method returning its offline view (the article, a
// mapImage() giving stored pictures' blob: URLs, and release() to revoke them).

import type { Article } from '../../core/article';
import type { Connector } from '../connect/types';

/** What a reader shows: the article, and for stored articles where their pictures are. */
export interface ReaderContent {
  article: Article;
  /** Applied to each picture's URL after sanitising (see PrepareOptions.mapImage). */
  mapImage?: (src: string) => string | null;
  /** Called when the reader stops showing this content (object URLs to revoke). */
  release?: () => void;
}

export interface ReaderSource {
  /** Query parameter that selects this source. */
  param: string;
  /** The content, or null when it is gone (an expired hand-off, a deleted entry). */
  load(connector: Connector, value: string): Promise<ReaderContent | null>;
}

export const READER_SOURCES: readonly ReaderSource[] = [
  {
    param: 'key',
    load: async (connector, key) => {
      const article = await connector.getReaderArticle(key);
      return article && { article };
    },
  },
];

export interface ReaderRequest {
  source: ReaderSource;
  value: string;
}

/** The first source whose parameter the URL carries, or null (then there is nothing to show). */
export function readerRequest(search: string, sources: readonly ReaderSource[] = READER_SOURCES): ReaderRequest | null {
  const params = new URLSearchParams(search);
  for (const source of sources) {
    const value = params.get(source.param);
    if (value) return { source, value };
  }
  return null;
}
