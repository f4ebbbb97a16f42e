// When the background starts (a stopped worker woken by any event, the browser starting, the
// extension updated), saves that a previous instance left unfinished are dealt with:
//  - a large article saved in steps left a hidden 'saving' entry in the library: it is resumed
//    (under the same job id when the session still has the job, so a page following it sees it
//    go on); after MAX_RESUME_ATTEMPTS failed attempts it is discarded and reported.
//  - any other job still marked running was atomic, so nothing of it was written: it is reported
//    as INTERRUPTED, to be saved again.
import type { SaveJob } from '../../shared/messages';
import { getBrowser } from '../../shared/browser';
import { orphanedJobs, settleOrphan } from './jobs';
import { getLibrary } from './library-instance';
import { saveAndWait } from './run-save';

export const MAX_RESUME_ATTEMPTS = 3;
const ATTEMPTS_KEY = 'save:resumeAttempts';

async function readAttempts(): Promise<Record<string, number>> {
  const stored = (await getBrowser().storage.local.get(ATTEMPTS_KEY))[ATTEMPTS_KEY];
  return stored && typeof stored === 'object' ? (stored as Record<string, number>) : {};
}

async function writeAttempts(id: string, count: number | null): Promise<void> {
  const attempts = await readAttempts();
  if (count === null) delete attempts[id];
  else attempts[id] = count;
  await getBrowser().storage.local.set({ [ATTEMPTS_KEY]: attempts });
}

const interrupted = (message: string) => ({ status: 'failed' as const, code: 'INTERRUPTED' as const, message });

export async function resumeInterruptedSaves(): Promise<SaveJob[]> {
  const orphans = await orphanedJobs().catch(() => [] as SaveJob[]);
  let saves: Awaited<ReturnType<ReturnType<typeof getLibrary>['listInterrupted']>> = [];
  try {
    saves = await getLibrary().listInterrupted();
  } catch {
    // No IndexedDB here (or it is broken): nothing can be resumed; the orphans are still reported.
  }
  const claimed = new Set<string>();
  const resumed: Promise<SaveJob>[] = [];
  for (const save of saves) {
    const job = orphans.find((j) => !claimed.has(j.id) && (j.articleId === save.id || j.url === save.sourceUrl));
    if (job) claimed.add(job.id);
    const attempts = ((await readAttempts())[save.id] ?? 0) + 1;
    if (attempts > MAX_RESUME_ATTEMPTS) {
      await getLibrary().discardInterrupted(save.id).catch(() => false);
      await writeAttempts(save.id, null);
      if (job) await settleOrphan(job, interrupted(`Resuming the save failed ${MAX_RESUME_ATTEMPTS} times; what was stored is discarded.`));
      continue;
    }
    await writeAttempts(save.id, attempts);
    resumed.push(
      saveAndWait({ kind: 'resume', articleId: save.id, url: save.sourceUrl, title: save.title, ...(job ? { job } : {}) }).then(async (done) => {
        if (done.result?.status !== 'failed') await writeAttempts(save.id, null);
        return done;
      }),
    );
  }
  for (const job of orphans) {
    if (!claimed.has(job.id)) await settleOrphan(job, interrupted('The save stopped before it finished (the browser or the extension restarted); nothing was saved.'));
  }
  return Promise.all(resumed);
}
