// The toolbar badge of the tab a save came from: `…` while the page is read, the share of images
// done (`42%`) while they download, then `✓` for a few seconds (the badge the tab had comes back),
// or `!` with the reason in the tooltip until the tab navigates (amber: saved with images
// missing; red: not saved). The popup shows the same result in full the next time it opens.
import { BADGE_COLOR_DETECTED, BADGE_COLOR_PARTIAL, BADGE_COLOR_SAVING } from '../../shared/constants';
import type { SaveJob } from '../../shared/messages';
import { clearBadge, paint, readBadgeRecord, showDetectedBadge, showFailureBadge } from '../badge';
import { getMessage } from '../i18n';
import { describeResult } from './describe';

/** How long `✓` stays before the tab's own badge returns. */
export const SAVED_BADGE_MS = 4000;

/** The newest save per tab: an older job's late update or restore must not paint over it. */
const owner = new Map<number, { id: string; startedAt: number }>();
const restoreTimers = new Map<number, ReturnType<typeof setTimeout>>();

export function progressText(job: Pick<SaveJob, 'phase' | 'done' | 'total'>): string {
  if (job.phase === 'images' && job.total > 0) return `${Math.min(99, Math.floor((job.done / job.total) * 100))}%`;
  return getMessage('badgeSaving');
}

export async function showSaveBadge(job: SaveJob): Promise<void> {
  const tabId = job.tabId;
  if (tabId === null) return;
  const current = owner.get(tabId);
  if (current && current.id !== job.id && current.startedAt > job.startedAt) return; // a newer save owns the badge
  if (job.phase !== 'done') {
    owner.set(tabId, { id: job.id, startedAt: job.startedAt });
    clearTimeout(restoreTimers.get(tabId));
    const title = job.total > 0 ? getMessage('actionTitleSavingImages', [String(job.done), String(job.total)]) : getMessage('actionTitleSaving');
    await quietly(paint(tabId, progressText(job), BADGE_COLOR_SAVING, title));
    return;
  }
  owner.delete(tabId);
  const result = job.result;
  if (!result) return;
  if (result.status === 'saved') {
    await quietly(paint(tabId, getMessage('badgeSaved'), BADGE_COLOR_DETECTED, getMessage('actionTitleFailed', describeResult(job))));
    restoreTimers.set(tabId, setTimeout(() => void quietly(restore(tabId)), SAVED_BADGE_MS));
    return;
  }
  // The badge record keeps the page URL so that leaving the page clears the `!`; a link save
  // happened on some other page, so any navigation clears it.
  const url = job.kind === 'link' ? '' : job.url;
  await quietly(showFailureBadge(tabId, url, describeResult(job), result.status === 'saved-partial' ? BADGE_COLOR_PARTIAL : undefined));
}

/** Put back what the tab showed before the save: `读` on a detected article, nothing otherwise. */
async function restore(tabId: number): Promise<void> {
  restoreTimers.delete(tabId);
  if (owner.has(tabId)) return; // another save started meanwhile
  const record = await readBadgeRecord(tabId);
  if (record?.kind === 'detected') await showDetectedBadge(tabId, record.url);
  else await clearBadge(tabId);
}

/** The tab may have closed while the save ran: the badge then has nowhere to go. */
async function quietly(task: Promise<void>): Promise<void> {
  try {
    await task;
  } catch {
    // No tab with this id any more.
  }
}
