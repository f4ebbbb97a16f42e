// The library as extension pages open it: one connection per page, opened on first use. Pages
// read IndexedDB directly (they share the extension's origin with the background, which writes
// saves into the same database; both sides handle version changes, see storage/library/open.ts).

import { openLibrary } from '../../storage/library';
import type { Library } from '../../storage/library';

let library: Library | undefined;

export function pageLibrary(): Library {
  library ??= openLibrary();
  return library;
}
