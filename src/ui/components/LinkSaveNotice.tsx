// What became of "save the linked article" (context menu) started from this tab: the popup shows
// it under its toolbar for a while, whatever the tab itself holds. The badge's `!` and tooltip say
// the same in brief; this is where the user reads it in full (and the way in to the library),
// without notifications.
//
// Stable hook for browser tests: #qy-link-save[data-state] (saving | saved | partial | failed).

import { useEffect, useState } from 'preact/hooks';
import type { SaveJob } from '../../shared/messages';
import type { Connector } from '../connect/types';
import { t } from '../i18n';
import { failureText } from '../lib/save-text';
import '../styles/link-save-notice.css';

/** Link saves finished longer ago than this are old news. */
export const NOTICE_MAX_AGE_MS = 10 * 60 * 1000;

const relevant = (job: SaveJob, tabId: number, now: number) => job.kind === 'link' && job.tabId === tabId && (job.phase !== 'done' || now - job.updatedAt < NOTICE_MAX_AGE_MS);

interface LinkSaveNoticeProps {
  connector: Connector;
  tabId: number;
  /** In the popup, opening the library closes the popup. */
  inPopup?: boolean;
}

export function LinkSaveNotice({ connector, tabId, inPopup = false }: LinkSaveNoticeProps) {
  const [job, setJob] = useState<SaveJob | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const take = (candidate: SaveJob) => {
      if (!live || !relevant(candidate, tabId, Date.now())) return;
      setJob((current) => (!current || current.id === candidate.id || candidate.startedAt >= current.startedAt ? candidate : current));
    };
    const unsubscribe = connector.onSaveJob(take);
    connector.getSaveJobs().then((jobs) => jobs.filter((j) => relevant(j, tabId, Date.now())).reverse().forEach(take), () => undefined);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [connector, tabId]);

  if (!job || job.id === dismissed) return null;
  const result = job.result;
  const state = job.phase !== 'done' ? 'saving' : result?.status === 'saved' ? 'saved' : result?.status === 'saved-partial' ? 'partial' : 'failed';
  const title = job.title ?? job.url;
  const text =
    state === 'saving'
      ? t('saveLinkNoticeSaving')
      : result?.status === 'saved'
        ? t('saveLinkNoticeSaved', title)
        : result?.status === 'saved-partial'
          ? t('saveLinkNoticePartial', [result.missing.length, title])
          : result?.status === 'failed'
            ? failureText(result, true)
            : '';
  const openLibrary = () => void connector.openLibrary().then(() => inPopup && connector.closeWindow());
  return (
    <div id="qy-link-save" class={`qy-link-save qy-link-save--${state}`} data-state={state} role="status">
      <p class="qy-link-save-text" title={job.url}>
        {text}
      </p>
      {(state === 'saved' || state === 'partial') && (
        <button type="button" class="qy-button qy-button--ghost" onClick={openLibrary}>
          {t('saveOpenLibrary')}
        </button>
      )}
      <button type="button" class="qy-link-save-close" aria-label={t('actionClose')} title={t('actionClose')} onClick={() => setDismissed(job.id)}>
        ×
      </button>
    </div>
  );
}
