// permissions.onAdded: the user granted access to some sites (from the popup's "allow and retry",
// the library, or the browser's own extension settings). Articles whose images are missing only
// because those sites were not allowed get their images now, without another click.
import type { Permissions } from 'webextension-polyfill';
import type { SaveJob } from '../../shared/messages';
import { jobsUnblockedBy } from './image-access';
import { listJobs } from './jobs';
import { startSave } from './run-save';

export async function retryUnblockedImages(added: Permissions.Permissions): Promise<SaveJob[]> {
  const origins = added.origins ?? [];
  if (!origins.length) return [];
  const unblocked = jobsUnblockedBy(await listJobs(), origins);
  return Promise.all(unblocked.map((job) => startSave({ kind: 'retry', articleId: job.articleId!, ...(job.tabId !== null ? { tabId: job.tabId } : {}) })));
}
