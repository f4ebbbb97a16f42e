// Saving for offline reading, from every entry point (popup, reader tab, context menu, keyboard
// command, library retry): get the article (from the tab, from the page that asks, or by
// downloading the link), hand it to the save engine (src/save) with the extension's fetch, and
// keep the job record (storage.session) and the tab's badge up to date until the result.
//
// startSave() answers as soon as the job exists; the work continues in the background, so closing
// the popup loses nothing. The same target asked twice while it is saving gets the running job.
import type { Article } from '../../core/article';
import { imageTargets } from '../../storage/library';
import { resumeInterruptedSave, retryMissingImages, saveArticleOffline } from '../../save';
import type { SaveDeps, SaveProgress, SaveResult } from '../../save';
import { getBrowser } from '../../shared/browser';
import type { SaveJob, SaveJobFailure, SaveJobResult, TabArticleState } from '../../shared/messages';
import { originPattern, siteName } from '../../shared/origins';
import { getOptions } from '../../storage/options';
import { errorMessage } from '../errors';
import { resolveTab, getTabArticle } from '../tab-article';
import { extractLinkedPage } from './extract-linked';
import { accessReport, grantedOrigins } from './image-access';
import { adoptJob, createJob, finishJob, listJobs, onJobChange, runningJobs, updateJob } from './jobs';
import { keepAliveWhile } from './keep-alive';
import { getLibrary, saveFetch } from './library-instance';
import { fetchLinkedPage } from './linked-page';
import { showSaveBadge } from './save-badge';

export type SaveRequest =
  | { kind: 'page'; tabId?: number }
  | { kind: 'article'; article: Article; tabId?: number }
  | { kind: 'link'; url: string; tabId?: number }
  | { kind: 'retry'; articleId: string; tabId?: number }
  | { kind: 'resume'; articleId: string; url: string; title: string; job?: SaveJob };

// Every job change (throttled) moves the badge of the tab it came from.
onJobChange((job) => void showSaveBadge(job));

const failure = (code: SaveJobFailure['code'], message: string, extra: Partial<SaveJobFailure> = {}): SaveJobFailure => ({ status: 'failed', code, message, ...extra });

interface Target {
  url: string;
  tabId: number | null;
  title: string | null;
  articleId: string | null;
}

async function targetOf(request: SaveRequest): Promise<Target> {
  switch (request.kind) {
    case 'page': {
      const tab = await resolveTab(request.tabId);
      return { url: tab.url ?? tab.pendingUrl ?? '', tabId: tab.id ?? null, title: tab.title ?? null, articleId: null };
    }
    case 'article':
      return { url: request.article.url, tabId: request.tabId ?? null, title: request.article.title, articleId: null };
    case 'link':
      return { url: request.url, tabId: request.tabId ?? null, title: null, articleId: null };
    case 'retry': {
      const record = await getLibrary().getArticle(request.articleId).catch(() => null);
      return { url: record?.sourceUrl ?? '', tabId: request.tabId ?? null, title: record?.article.title ?? null, articleId: request.articleId };
    }
    case 'resume':
      return { url: request.url, tabId: request.job?.tabId ?? null, title: request.title, articleId: request.articleId };
  }
}

function sameTarget(job: SaveJob, request: SaveRequest, target: Target): boolean {
  if (target.articleId) return job.articleId === target.articleId;
  if (request.kind === 'page') return job.kind === 'page' && job.tabId === target.tabId && job.url === target.url;
  return job.kind === request.kind && job.url === target.url;
}

/** Start saving; resolves with the job as soon as it is recorded. */
export async function startSave(request: SaveRequest): Promise<SaveJob> {
  const target = await targetOf(request);
  const running = runningJobs().find((job) => sameTarget(job, request, target));
  if (running) return running;
  const job =
    request.kind === 'resume' && request.job
      ? await adoptJob(request.job, { kind: request.job.kind, articleId: request.articleId, title: request.title })
      : await createJob({ kind: request.kind, ...target });
  void keepAliveWhile(runJob(job, request));
  return job;
}

/** Start saving and wait for the result (commands, menus and tests). */
export async function saveAndWait(request: SaveRequest): Promise<SaveJob> {
  const job = await startSave(request);
  return waitForJob(job.id);
}

const waiters = new Map<string, Array<(job: SaveJob) => void>>();
onJobChange((job) => {
  if (job.phase !== 'done') return;
  for (const resolve of waiters.get(job.id) ?? []) resolve(job);
  waiters.delete(job.id);
});

async function waitForJob(id: string): Promise<SaveJob> {
  const current = runningJobs().find((job) => job.id === id);
  if (current?.phase === 'done') return current;
  if (!current) {
    const stored = (await listJobs()).find((job) => job.id === id);
    if (stored) return stored;
    throw new Error(`No save job ${id}.`);
  }
  return new Promise((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
}

async function runJob(job: SaveJob, request: SaveRequest): Promise<SaveJob> {
  let outcome: { result: SaveJobResult; needsAccess: string[]; retryNow: boolean };
  try {
    outcome = await execute(job, request);
  } catch (error) {
    // The engine reports its own failures as results; this is a bug or a browser API failing.
    outcome = { result: { status: 'failed', code: 'INTERNAL', message: `Saving failed unexpectedly: ${errorMessage(error)}` }, needsAccess: [], retryNow: false };
  }
  const done = await finishJob(job.id, outcome.result, { needsAccess: outcome.needsAccess });
  // Access to an image host arrived while the save ran, after its images had failed: get them now.
  if (outcome.retryNow && done.articleId) void startSave({ kind: 'retry', articleId: done.articleId, tabId: done.tabId ?? undefined }).catch(() => undefined);
  return done;
}

function progressTo(jobId: string) {
  return (progress: SaveProgress) => {
    // The engine's 'done' comes just before its result; the job ends with finishJob.
    const phase = progress.phase === 'images' ? 'images' : 'writing';
    updateJob(jobId, { phase, done: progress.done, total: progress.total, bytes: progress.bytes });
  };
}

function deps(job: SaveJob, sourceUrl?: string): SaveDeps {
  return { library: getLibrary(), fetch: saveFetch(), onProgress: progressTo(job.id), ...(sourceUrl ? { sourceUrl } : {}) };
}

async function execute(job: SaveJob, request: SaveRequest): Promise<{ result: SaveJobResult; needsAccess: string[]; retryNow: boolean }> {
  const before = await grantedOrigins().catch(() => [] as string[]);
  let result: SaveResult | SaveJobFailure;
  let originals = new Map<string, string | null>();
  switch (request.kind) {
    case 'retry':
    case 'resume': {
      const record = await getLibrary()
        .getArticle(request.articleId)
        .catch(() => null);
      const staged = record ? null : await getLibrary().getInterrupted(request.articleId).catch(() => null);
      for (const image of (record ?? staged)?.images ?? []) originals.set(image.url, image.originalUrl);
      result = request.kind === 'retry' ? await retryMissingImages(request.articleId, deps(job)) : await resumeInterruptedSave(request.articleId, deps(job));
      break;
    }
    default: {
      const got = await articleFor(job, request);
      if ('status' in got) return { result: got, needsAccess: [], retryNow: false };
      const targets = imageTargets(got.article);
      originals = new Map(targets.map((t) => [t.url, t.originalUrl]));
      updateJob(job.id, { title: got.article.title, phase: 'images', done: 0, total: targets.length });
      result = await saveArticleOffline(got.article, deps(job, got.sourceUrl));
    }
  }
  if (result.status !== 'saved-partial') return { result, needsAccess: [], retryNow: false };
  const after = await grantedOrigins().catch(() => before);
  const report = accessReport(result.missing, originals, before, after);
  return { result, needsAccess: report.needsAccess, retryNow: report.grantedMeanwhile.length > 0 };
}

type Acquired = { article: Article; sourceUrl: string } | SaveJobResult;

async function articleFor(job: SaveJob, request: Exclude<SaveRequest, { kind: 'retry' | 'resume' }>): Promise<Acquired> {
  switch (request.kind) {
    case 'article':
      return { article: request.article, sourceUrl: request.article.url };
    case 'page': {
      const state = await getTabArticle(job.tabId ?? request.tabId);
      return state.kind === 'article' ? { article: state.article, sourceUrl: job.url || state.article.url } : tabFailure(state);
    }
    case 'link':
      return linkedArticle(job, request.url);
  }
}

function tabFailure(state: Exclude<TabArticleState, { kind: 'article' }>): SaveJobResult {
  switch (state.kind) {
    case 'no-article':
      return { status: 'failed', code: 'NO_ARTICLE', message: state.error.message };
    case 'restricted':
      return failure('RESTRICTED', `The browser does not let extensions read this page (${state.reason}).`, { reason: state.reason });
    case 'loading':
      return failure('LOADING', 'The page is still loading.');
    case 'error':
      return { status: 'failed', code: state.error.code, message: state.error.message };
  }
}

/** Whether the extension may download from the link's site (a required host or a granted one). */
export async function mayFetch(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  try {
    return await getBrowser().permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

async function linkedArticle(job: SaveJob, url: string): Promise<Acquired> {
  if (!(await mayFetch(url))) {
    return failure('NO_PERMISSION', `Qingyue has no access to ${siteName(url)}.`, { origin: siteName(url) });
  }
  const page = await fetchLinkedPage(url, saveFetch());
  if (!page.ok) return page.failure;
  updateJob(job.id, { phase: 'extracting' });
  const { keepLede, keepCredits } = await getOptions();
  const extracted = await extractLinkedPage(page.html, page.url, { keepLede, keepCredits });
  // Not an article (a home page, a list, a login wall): nothing is saved.
  if (!extracted.ok) return { status: 'failed', code: extracted.error.code, message: extracted.error.message };
  return { article: extracted.article, sourceUrl: url };
}
