// Where a reader tab gets its article, from its URL. Today: `?key=` (handed over by reader.open
// and kept in storage.session by the background). The offline library (issue #4) adds `?id=`
// with one more entry here and a Connector method.

import type { Article } from '../../core/article';
import type { Connector } from '../connect/types';

export interface ReaderSource {
  /** Query parameter that selects this source. */
  param: string;
  load(connector: Connector, value: string): Promise<Article | null>;
}

export const READER_SOURCES: readonly ReaderSource[] = [{ param: 'key', load: (connector, key) => connector.getReaderArticle(key) }];

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
