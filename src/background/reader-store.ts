// Articles handed to reader tabs (reader.open → reader.html?key=…). They live in storage.session:
// out of the worker's memory (the worker may stop while a tab is open), gone when the browser
// closes, not readable by content scripts. The newest MAX_ENTRIES are kept; a reader tab whose
// entry was evicted shows its "expired" state.
//
// When storage.session is missing or refuses the article (its quota is 10 MB), the entry goes to
// storage.local instead, under the same index, and entries there older than LOCAL_TTL_MS are
// removed at startup so nothing piles up.
import type { Storage } from 'webextension-polyfill';
import type { Article } from '../core/article';
import { getBrowser } from '../shared/browser';

export const MAX_ENTRIES = 12;
export const LOCAL_TTL_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'reader:';
const INDEX_KEY = 'reader:index';

interface IndexEntry {
  key: string;
  storedAt: number;
  area: 'session' | 'local';
}

interface StoredArticle {
  article: Article;
  storedAt: number;
}

function areas(): { session: Storage.StorageArea | null; local: Storage.StorageArea } {
  // Typed as always present, but absent in browsers older than our minimums and in some embedders.
  const storage = getBrowser().storage as Omit<Storage.Static, 'session'> & { session?: Storage.StorageArea };
  return { session: storage.session ?? null, local: storage.local };
}

/** The index lives beside the newest entries: in session storage when there is one. */
function indexArea(): Storage.StorageArea {
  const { session, local } = areas();
  return session ?? local;
}

async function readIndex(): Promise<IndexEntry[]> {
  const stored = (await indexArea().get(INDEX_KEY))[INDEX_KEY];
  return Array.isArray(stored) ? (stored as IndexEntry[]).filter((e) => e && typeof e.key === 'string') : [];
}

const writeIndex = (index: IndexEntry[]) => indexArea().set({ [INDEX_KEY]: index });

// Puts are serialised: two quick opens must not both read the old index and drop each other's entry.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

/** Store an article for a reader tab; resolves with its key (a UUID). */
export function putReaderArticle(article: Article, now = Date.now()): Promise<string> {
  return serial(async () => {
    const key = crypto.randomUUID();
    const value: StoredArticle = { article, storedAt: now };
    const area = await storeWithEviction(PREFIX + key, value, await readIndex());
    const index = (await readIndex()).concat({ key, storedAt: now, area });
    const evicted = index.length > MAX_ENTRIES ? index.splice(0, index.length - MAX_ENTRIES) : [];
    await removeEntries(evicted);
    await writeIndex(index);
    return key;
  });
}

/**
 * Write to session storage, evicting the oldest entries while it reports it is full; fall back to
 * local storage when there is no session storage or the article does not fit even alone.
 */
async function storeWithEviction(storageKey: string, value: StoredArticle, index: IndexEntry[]): Promise<IndexEntry['area']> {
  const { session, local } = areas();
  if (session) {
    const oldestFirst = index.filter((e) => e.area === 'session');
    for (;;) {
      try {
        await session.set({ [storageKey]: value });
        return 'session';
      } catch (error) {
        const oldest = oldestFirst.shift();
        if (!oldest || !/quota/i.test(String((error as Error)?.message ?? error))) break;
        await removeEntries([oldest]);
        await writeIndex((await readIndex()).filter((e) => e.key !== oldest.key));
      }
    }
  }
  await local.set({ [storageKey]: value });
  return 'local';
}

async function removeEntries(entries: IndexEntry[]): Promise<void> {
  const { session, local } = areas();
  for (const area of ['session', 'local'] as const) {
    const keys = entries.filter((e) => e.area === area).map((e) => PREFIX + e.key);
    const target = area === 'session' ? session : local;
    if (keys.length && target) await target.remove(keys);
  }
}

/** The article stored under `key`, or null when it expired or never existed. */
export async function getReaderArticle(key: string): Promise<Article | null> {
  const { session, local } = areas();
  for (const area of [session, local]) {
    if (!area) continue;
    const stored = (await area.get(PREFIX + key))[PREFIX + key] as StoredArticle | undefined;
    if (stored?.article) return stored.article;
  }
  return null;
}

/** Drop fallback entries in storage.local that outlived their reader tabs (run at startup). */
export function cleanupReaderArticles(now = Date.now()): Promise<void> {
  return serial(async () => {
    const { local } = areas();
    const everything = await local.get(null);
    const stale = Object.entries(everything)
      .filter(([k, v]) => k.startsWith(PREFIX) && k !== INDEX_KEY && !(now - ((v as StoredArticle)?.storedAt ?? 0) < LOCAL_TTL_MS))
      .map(([k]) => k);
    if (stale.length) await local.remove(stale);
    const index = await readIndex();
    const kept = index.filter((e) => e.area === 'session' || !stale.includes(PREFIX + e.key));
    if (kept.length !== index.length) await writeIndex(kept);
  });
}
