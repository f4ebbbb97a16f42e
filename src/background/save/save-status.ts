// library.status: is this article in the library, and what is the newest job for it? The popup
// asks when it opens, so it can show "saved ✓ · update" or the progress of a save started earlier.
import type { ArticleIdentity, SaveStatus } from '../../shared/messages';
import { listJobs } from './jobs';
import { getLibrary } from './library-instance';

export async function saveStatus(article: ArticleIdentity): Promise<SaveStatus> {
  const [savedId, jobs] = await Promise.all([getLibrary().findSaved(article).catch(() => null), listJobs()]);
  const urls = new Set([article.url, article.canonicalUrl].filter((u): u is string => Boolean(u)));
  const job = jobs.find((j) => (savedId !== null && j.articleId === savedId) || urls.has(j.url)) ?? null;
  return { savedId, job };
}
