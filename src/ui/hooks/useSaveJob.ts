// The offline-save state of one article, for its save button: whether it is in the library, the
// save job running or last finished for it (started here, from another page, from the context
// menu or the keyboard), and the actions (save, retry missing images). Saves run in the
// background; this only follows them, so a page opened mid-save shows the progress.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../core/article';
import type { SaveJob, SaveJobResult } from '../../shared/messages';
import type { MissingImage } from '../../save/types';
import type { Connector } from '../connect/types';

export type SaveFailure = Extract<SaveJobResult, { status: 'failed' }>;

export type SaveView =
  | { kind: 'unknown' }
  | { kind: 'idle' }
  | { kind: 'saving'; phase: SaveJob['phase']; done: number; total: number; bytes: number }
  | { kind: 'saved'; id: string; updated: boolean }
  | { kind: 'partial'; id: string; missing: MissingImage[]; needsAccess: string[] }
  | { kind: 'failed'; failure: SaveFailure };

/** What the button shows, from the library's answer and the newest job. */
export function saveView(known: boolean, savedId: string | null, job: SaveJob | null, starting: boolean): SaveView {
  if (job && job.phase !== 'done') return { kind: 'saving', phase: job.phase, done: job.done, total: job.total, bytes: job.bytes };
  if (starting) return { kind: 'saving', phase: 'extracting', done: 0, total: 0, bytes: 0 };
  const result = job?.result;
  if (result?.status === 'saved') return { kind: 'saved', id: result.id, updated: result.updated };
  if (result?.status === 'saved-partial') return { kind: 'partial', id: result.id, missing: result.missing, needsAccess: job!.needsAccess };
  if (result?.status === 'failed') return { kind: 'failed', failure: result };
  if (savedId) return { kind: 'saved', id: savedId, updated: false };
  return known ? { kind: 'idle' } : { kind: 'unknown' };
}

/** The newer of two states of jobs (events can only move a job forward). */
function newer(current: SaveJob | null, next: SaveJob): SaveJob {
  if (!current) return next;
  if (current.id === next.id) return next.updatedAt >= current.updatedAt || next.phase === 'done' ? next : current;
  return next.startedAt >= current.startedAt ? next : current;
}

export interface SaveControls {
  view: SaveView;
  /** The job this page started has just finished (to open the details of a partial or failed save). */
  finishedHere: SaveJob | null;
  save(): void;
  /** Retry missing images; asks for the hosts in needsAccess first (call from a click). */
  retry(): void;
}

export function useSaveJob(connector: Connector, article: Article, tabId?: number): SaveControls {
  const [known, setKnown] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [job, setJob] = useState<SaveJob | null>(null);
  const [starting, setStarting] = useState(false);
  const [localFailure, setLocalFailure] = useState<SaveFailure | null>(null);
  const [finishedHere, setFinishedHere] = useState<SaveJob | null>(null);
  const startedHere = useRef(new Set<string>());
  const savedIdRef = useRef<string | null>(null);
  /** Every job state seen, by id: a save can finish before the request that started it answers. */
  const seen = useRef(new Map<string, SaveJob>());

  useEffect(() => {
    let live = true;
    const mine = (j: SaveJob) => startedHere.current.has(j.id) || j.url === article.url || (savedIdRef.current !== null && j.articleId === savedIdRef.current);
    const accept = (j: SaveJob) => {
      if (!live || !mine(j)) return;
      seen.current.set(j.id, newer(seen.current.get(j.id) ?? null, j));
      setJob((current) => newer(current, j));
      if (j.result && j.result.status !== 'failed') {
        savedIdRef.current = j.result.id;
        setSavedId(j.result.id);
      }
      if (j.phase === 'done' && startedHere.current.has(j.id)) setFinishedHere(j);
    };
    const unsubscribe = connector.onSaveJob(accept);
    connector.getSaveStatus(article).then(
      (status) => {
        if (!live) return;
        savedIdRef.current = status.savedId;
        setSavedId(status.savedId);
        if (status.job) accept(status.job);
        setKnown(true);
      },
      () => live && setKnown(true), // the library cannot be asked: offer saving anyway
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [connector, article]);

  const follow = useCallback((started: Promise<SaveJob>) => {
    setStarting(true);
    setLocalFailure(null);
    setFinishedHere(null);
    started.then(
      (j) => {
        startedHere.current.add(j.id);
        const latest = newer(seen.current.get(j.id) ?? null, j);
        setJob((current) => newer(current, latest));
        // A save that finished before its id was known (a small article) still counts as finished here.
        if (latest.phase === 'done') setFinishedHere(latest);
        setStarting(false);
      },
      (error: unknown) => {
        setStarting(false);
        setLocalFailure({ status: 'failed', code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  // Both actions call the connector synchronously: it asks for host permissions inside the click.
  const save = useCallback(() => follow(connector.saveArticle(article, tabId === undefined ? {} : { tabId })), [connector, article, tabId, follow]);
  const retry = useCallback(() => {
    const id = savedIdRef.current ?? job?.articleId;
    if (!id) return save();
    follow(connector.retrySave(id, { origins: job?.needsAccess ?? [], ...(tabId === undefined ? {} : { tabId }) }));
  }, [connector, job, tabId, follow, save]);

  const view = localFailure && !starting ? ({ kind: 'failed', failure: localFailure } as const) : saveView(known, savedId, job, starting);
  return { view, finishedHere, save, retry };
}
