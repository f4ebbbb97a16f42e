// Save jobs as the library page sees them. The background saves (popup, context menu, shortcut)
// and retries missing images; this page follows every job so a save that finishes while it is open
// shows up at once, and a row whose images are being fetched again says so. Retrying asks, from
// the click, for the sites the last attempt was refused (a job's needsAccess).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SaveJob } from '../../shared/messages';
import type { Connector } from '../connect/types';
import { t } from '../i18n';
import { failureText } from '../lib/save-text';
import type { RetryState } from './RetryImages';

export type SaveJobSource = Pick<Connector, 'retrySave' | 'getSaveJobs' | 'onSaveJob'>;

/** What a row shows for the newest job on its article (nothing once a retry succeeded: the row itself updates). */
export function retryStateOf(job: SaveJob | undefined): RetryState | undefined {
  if (!job) return undefined;
  if (job.phase !== 'done') return { kind: 'running', done: job.done, total: job.total };
  const result = job.result;
  if (result?.status === 'failed') return { kind: 'failed', message: failureText(result) };
  if (result?.status === 'saved-partial' && job.kind === 'retry') {
    return { kind: 'failed', message: job.needsAccess.length ? t('libraryRetryNeedsAccess') : t('libraryRetryStillMissing', result.missing.length) };
  }
  return undefined;
}

export interface SaveJobsHandle {
  /** What each row with a job (or a failed request) shows. */
  states: Record<string, RetryState>;
  /** Call straight from the click handler: it may ask the browser for site access first. */
  retry(articleId: string): void;
}

/** `finished` hears of every job that ends while the page is open (to re-read what it changed). */
export function useSaveJobs(connector: SaveJobSource, finished: (job: SaveJob) => void): SaveJobsHandle {
  const [jobs, setJobs] = useState<Record<string, SaveJob>>({});
  /** Retries the background refused to start (its message), by article. */
  const [refused, setRefused] = useState<Record<string, string>>({});
  const latest = useRef(jobs);
  latest.current = jobs;

  const record = useCallback(
    (job: SaveJob, announce: boolean) => {
      if (!job.articleId) return;
      const id = job.articleId;
      const old = latest.current[id];
      if (old && old.id !== job.id && old.startedAt > job.startedAt) return; // an older job's late event
      if (old?.id === job.id && old.phase === 'done') return; // already finished
      latest.current = { ...latest.current, [id]: job };
      setJobs(latest.current);
      if (announce && job.phase === 'done') finished(job);
    },
    [finished],
  );

  useEffect(() => {
    let live = true;
    const stop = connector.onSaveJob((job) => live && record(job, true));
    connector.getSaveJobs().then(
      (list) => {
        // Oldest first, so the newest job per article wins.
        for (const job of [...list].reverse()) if (live) record(job, false);
      },
      () => undefined,
    );
    return () => {
      live = false;
      stop();
    };
  }, [connector, record]);

  const retry = useCallback(
    (articleId: string) => {
      const origins = latest.current[articleId]?.needsAccess ?? [];
      setRefused(({ [articleId]: _old, ...rest }) => rest);
      connector.retrySave(articleId, { origins }).then(
        (job) => record({ ...job, articleId: job.articleId ?? articleId }, true),
        (error: unknown) => setRefused((old) => ({ ...old, [articleId]: t('saveFailedOther', error instanceof Error ? error.message : String(error)) })),
      );
    },
    [connector, record],
  );

  const states: Record<string, RetryState> = {};
  for (const [id, job] of Object.entries(jobs)) {
    const state = retryStateOf(job);
    if (state) states[id] = state;
  }
  for (const [id, message] of Object.entries(refused)) states[id] = { kind: 'failed', message };
  return { states, retry };
}
