// Where a reader tab gets its article, from its URL: `?key=` (handed over by reader.open and kept
// in storage.session by the background) or `?id=` (a saved article, read from the offline library
// in IndexedDB with its stored pictures: see saved-source.ts, loaded only when asked for).

import type { Article } from '../../core/article';
import type { Connector } from '../connect/types';
import type { SavedArticle } from './saved-source';

/** What a reader shows: the article, and for stored articles where their pictures are. */
export interface ReaderContent {
  article: Article;
  /** Applied to each picture's URL after sanitising (see PrepareOptions.mapImage). */
  mapImage?: (src: string) => string | null;
  /** Called when the reader stops showing this content (object URLs to revoke). */
  release?: () => void;
  /** Set for an article from the offline library: its entry (export, delete, reading progress). */
  saved?: SavedArticle;
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
  {
    param: 'id',
    load: async (_connector, id) => (await import('./saved-source')).loadSavedArticle(id),
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
