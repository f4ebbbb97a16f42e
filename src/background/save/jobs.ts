// Save jobs: what the background is saving (or just saved), kept in storage.session so a popup
// opened later, the reader tab and a restarted worker all see the same state (a worker may stop
// at any time; nothing that matters lives only in memory). Progress is written at most every
// FLUSH_MS per job and broadcast to open extension pages as PageEvents 'library.job'; the final
// state is written and broadcast at once.
import { getBrowser } from '../../shared/browser';
import type { PageEvents, SaveJob, SaveJobKind, SaveJobResult } from '../../shared/messages';

const KEY = 'save:jobs';
/** Jobs kept for the session (newest first). Running ones are never dropped. */
export const MAX_JOBS = 30;
/** Longest gap between two progress writes/broadcasts of one job. */
export const FLUSH_MS = 250;

/** Jobs this background instance is running, with their freshest state. */
const running = new Map<string, SaveJob>();
const timers = new Map<string, ReturnType<typeof setTimeout>>();
type Listener = (job: SaveJob) => void;
const listeners = new Set<Listener>();

// Writes are serialised: two jobs flushing together must not both read the old list.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

const session = () => getBrowser().storage.session;

async function readStored(): Promise<SaveJob[]> {
  const stored = (await session().get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as SaveJob[]).filter((job) => job && typeof job.id === 'string') : [];
}

function persist(job: SaveJob): Promise<void> {
  return serial(async () => {
    const jobs = [job, ...(await readStored()).filter((j) => j.id !== job.id)].sort((a, b) => b.startedAt - a.startedAt);
    const kept = jobs.filter((j, i) => i < MAX_JOBS || j.phase !== 'done');
    await session().set({ [KEY]: kept });
  });
}

function broadcast(job: SaveJob): void {
  const message: { type: keyof PageEvents; payload: PageEvents['library.job'] } = { type: 'library.job', payload: job };
  // No page listening is normal (the popup closed): sendMessage then rejects, which is fine.
  getBrowser().runtime.sendMessage(message).catch(() => undefined);
  for (const listener of listeners) listener(job);
}

async function flush(id: string): Promise<void> {
  clearTimeout(timers.get(id));
  timers.delete(id);
  const job = running.get(id);
  if (!job) return;
  await persist(job);
  broadcast(job);
}

export interface NewJob {
  kind: SaveJobKind;
  tabId: number | null;
  url: string;
  title?: string | null;
  articleId?: string | null;
}

/** Record a new job (phase 'extracting') and tell open pages. */
export async function createJob(init: NewJob, now = Date.now()): Promise<SaveJob> {
  const job: SaveJob = {
    id: crypto.randomUUID(),
    kind: init.kind,
    tabId: init.tabId,
    url: init.url,
    title: init.title ?? null,
    articleId: init.articleId ?? null,
    phase: init.kind === 'link' ? 'fetching-page' : init.kind === 'retry' || init.kind === 'resume' ? 'images' : 'extracting',
    done: 0,
    total: 0,
    bytes: 0,
    startedAt: now,
    updatedAt: now,
    result: null,
    needsAccess: [],
  };
  running.set(job.id, job);
  await flush(job.id);
  return job;
}

/**
 * Continue a job a stopped background left behind (a split save being resumed) under the same id,
 * so a page that was following it sees it go on.
 */
export async function adoptJob(job: SaveJob, patch: Partial<Omit<SaveJob, 'id' | 'result'>> = {}): Promise<SaveJob> {
  const adopted: SaveJob = { ...job, ...patch, phase: patch.phase ?? 'images', result: null, updatedAt: Date.now() };
  running.set(adopted.id, adopted);
  await flush(adopted.id);
  return adopted;
}

/** Change a running job; written and broadcast within FLUSH_MS (progress arrives far more often). */
export function updateJob(id: string, patch: Partial<Omit<SaveJob, 'id' | 'result'>>): SaveJob | null {
  const job = running.get(id);
  if (!job) return null;
  const next = { ...job, ...patch, updatedAt: Date.now() };
  running.set(id, next);
  if (!timers.has(id)) timers.set(id, setTimeout(() => void flush(id).catch(() => undefined), FLUSH_MS));
  return next;
}

/** The job is over: store its result now and tell open pages. */
export async function finishJob(id: string, result: SaveJobResult, patch: Partial<Omit<SaveJob, 'id' | 'result' | 'phase'>> = {}): Promise<SaveJob> {
  const job = running.get(id);
  if (!job) throw new Error(`No running save job ${id}.`);
  const articleId = result.status === 'failed' ? job.articleId : result.id;
  const done: SaveJob = { ...job, ...patch, articleId: patch.articleId ?? articleId, phase: 'done', result, updatedAt: Date.now() };
  running.set(id, done);
  try {
    await flush(id);
  } finally {
    running.delete(id);
  }
  return done;
}

/** Every job of the session, newest first; running ones in their freshest state. */
export async function listJobs(): Promise<SaveJob[]> {
  const stored = await readStored();
  const merged = stored.map((job) => running.get(job.id) ?? job);
  for (const job of running.values()) if (!merged.some((j) => j.id === job.id)) merged.push(job);
  return merged.sort((a, b) => b.startedAt - a.startedAt);
}

export const isRunningHere = (id: string): boolean => running.has(id);
export const runningJobs = (): SaveJob[] => [...running.values()];

/**
 * Jobs the storage says are running but no code here runs: their background stopped mid-way
 * (the worker was stopped, the browser closed with the session restored, the extension reloaded).
 */
export async function orphanedJobs(): Promise<SaveJob[]> {
  return (await readStored()).filter((job) => job.phase !== 'done' && !running.has(job.id));
}

/** Close an orphaned job with a result (it is not running here, so it is written directly). */
export async function settleOrphan(job: SaveJob, result: SaveJobResult): Promise<SaveJob> {
  const settled: SaveJob = { ...job, phase: 'done', result, updatedAt: Date.now() };
  await persist(settled);
  broadcast(settled);
  return settled;
}

/** Watch every job change in this background (the badge and the keep-alive use it). */
export function onJobChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tests: forget the in-memory state of this instance (as a worker restart would). */
export function resetJobsForTesting(): void {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  running.clear();
  queue = Promise.resolve();
}
