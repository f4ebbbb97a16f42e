// Images the extension may not download. In Chrome and Firefox an extension's fetch from a host
// it has no access to is an ordinary cross-origin request: most image hosts send no CORS headers,
// so it fails like a network error. After a save, the missing images whose hosts were not allowed
// are reported as `needsAccess` patterns; granting them later (from the popup, the library or the
// browser's own settings) retries those images without another click.
import { getBrowser } from '../../shared/browser';
import type { SaveJob } from '../../shared/messages';
import { isCovered, originPattern } from '../../shared/origins';
import type { MissingImage } from '../../save';

/** Host patterns the extension holds now (required and granted optional ones). */
export async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await getBrowser().permissions.getAll();
  return origins;
}

export interface AccessReport {
  /** Patterns still not granted whose images are missing. */
  needsAccess: string[];
  /** Patterns granted while the save ran, after their images had failed: worth a retry at once. */
  grantedMeanwhile: string[];
}

/**
 * Sort the missing images that failed like a blocked request (NETWORK) by whether their host is
 * allowed: `before` is what was granted when the save started, `after` what is granted now.
 */
export function accessReport(missing: readonly MissingImage[], originals: ReadonlyMap<string, string | null>, before: readonly string[], after: readonly string[]): AccessReport {
  const needsAccess = new Set<string>();
  const grantedMeanwhile = new Set<string>();
  for (const image of missing) {
    if (image.reason !== 'NETWORK') continue;
    const candidates = [image.url, originals.get(image.url) ?? null].filter((u): u is string => Boolean(u));
    if (candidates.some((u) => isCovered(u, before))) continue; // it was allowed: a real network failure
    const pattern = originPattern(image.url);
    if (!pattern) continue;
    if (candidates.some((u) => isCovered(u, after))) grantedMeanwhile.add(pattern);
    else needsAccess.add(pattern);
  }
  return { needsAccess: [...needsAccess].sort(), grantedMeanwhile: [...grantedMeanwhile].sort() };
}

/** Finished jobs whose missing images the newly granted patterns now allow (newest per article). */
export function jobsUnblockedBy(jobs: readonly SaveJob[], granted: readonly string[]): SaveJob[] {
  const seen = new Set<string>();
  const out: SaveJob[] = [];
  for (const job of jobs) {
    if (job.phase !== 'done' || !job.articleId || seen.has(job.articleId)) continue;
    seen.add(job.articleId);
    if (job.result?.status !== 'saved-partial') continue;
    const allowed = job.needsAccess.some((pattern) => granted.includes('<all_urls>') || granted.includes(pattern) || isCovered(pattern.replace(/\*$/, ''), granted));
    if (allowed) out.push(job);
  }
  return out;
}
