// Substring search over titles and full texts that works for Chinese (no word segmentation
// needed: any run of characters inside a word matches) and folds full-width/half-width and case.
//
// Speed with 1,000 articles: the compact search texts live in their own store, so listing never
// loads them; a page loads them once into memory and rescans them in memory on each keystroke,
// reloading only when the library's generation counter says something was saved or deleted.

import type { LibraryContext } from './context';
import { getSummaries, listSummaries } from './read';
import { GENERATION_KEY } from './schema';
import { readTransaction } from './tx';
import { foldCase, foldForSearch } from './text-fold';
import type { ListResult, SearchHit, SearchSnippet } from './types';

interface CacheEntry {
  id: string;
  title: string;
  text: string;
  foldedTitle: string;
  foldedText: string;
}

export interface SearchCache {
  generation: number;
  /** Newest first. */
  entries: CacheEntry[];
}

/** Characters of context shown before and after a match. */
const BEFORE = 30;
const AFTER = 90;

/** Search terms: the query folded and split on spaces; every term must match (title or text). */
export function searchTerms(query: string): string[] {
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))];
}

async function loadEntries(context: LibraryContext): Promise<CacheEntry[]> {
  const cache = context.searchCache;
  const fresh = await readTransaction(context, ['meta', 'searchText'], async (tx) => {
    const generation = (await tx.objectStore('meta').get(GENERATION_KEY)) ?? 0;
    if (generation === cache.generation) return null;
    const rows = await tx.objectStore('searchText').index('newestFirst').getAll();
    return { generation, rows };
  });
  if (fresh) {
    cache.generation = fresh.generation;
    cache.entries = fresh.rows.map((row) => ({ ...row, foldedTitle: foldCase(row.title), foldedText: foldCase(row.text) }));
  }
  return cache.entries;
}

export async function prepareSearch(context: LibraryContext): Promise<void> {
  await loadEntries(context);
}

/** Do not cut a surrogate pair in half at either end of a snippet. */
function safeBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

export function snippetAt(text: string, start: number, length: number): SearchSnippet {
  const from = Math.max(0, safeBoundary(text, start - BEFORE));
  const to = Math.min(text.length, safeBoundary(text, start + length + AFTER));
  return {
    text: text.slice(from, to),
    match: [start - from, start - from + length],
    truncatedStart: from > 0,
    truncatedEnd: to < text.length,
  };
}

interface Match {
  id: string;
  matchedIn: 'title' | 'text';
  snippet: SearchSnippet | null;
}

function matchEntry(entry: CacheEntry, terms: readonly string[]): Match | null {
  let inTitle = true;
  let first: { at: number; length: number } | null = null;
  for (const term of terms) {
    const titleHit = entry.foldedTitle.includes(term);
    const at = entry.foldedText.indexOf(term);
    if (!titleHit && at < 0) return null;
    if (!titleHit) inTitle = false;
    if (at >= 0 && (!first || at < first.at)) first = { at, length: term.length };
  }
  return { id: entry.id, matchedIn: inTitle ? 'title' : 'text', snippet: first ? snippetAt(entry.text, first.at, first.length) : null };
}

export async function search(context: LibraryContext, query: string, options: { offset?: number; limit?: number } = {}): Promise<ListResult<SearchHit>> {
  const terms = searchTerms(query);
  if (!terms.length) {
    const page = await listSummaries(context, options);
    return { items: page.items.map((item) => ({ ...item, matchedIn: 'title', snippet: null })), total: page.total };
  }
  const entries = await loadEntries(context);
  const matches: Match[] = [];
  for (const entry of entries) {
    const match = matchEntry(entry, terms);
    if (match) matches.push(match);
  }
  const offset = Math.max(0, Math.floor(options.offset ?? 0));
  const limit = Math.max(0, Math.floor(options.limit ?? 50));
  const page = matches.slice(offset, offset + limit);
  const summaries = new Map((await getSummaries(context, page.map((match) => match.id))).map((summary) => [summary.id, summary]));
  const items = page.flatMap((match) => {
    const summary = summaries.get(match.id);
    return summary ? [{ ...summary, matchedIn: match.matchedIn, snippet: match.snippet }] : [];
  });
  return { items, total: matches.length };
}
