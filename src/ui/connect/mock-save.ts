// The save half of the mock Connector: jobs that progress on timers and end the way the query
// string says, so the save button's every state can be rendered, tested and screenshotted without
// a background.
//
//   &save=saved (default) | partial | quota | no-article | no-permission | network
//   &saved=1        the article is already in the library when the page opens
//   &saveImages=N   images to "download" (default: the article's own count, at least 3)
//   &saveStep=MS    time per image (default 220)
//   &grant=0        permission prompts are refused (shared with the options mock)
import type { Article } from '../../core/article';
import type { ArticleIdentity, SaveJob, SaveJobResult, SaveStatus } from '../../shared/messages';
import type { ArticleSummary } from '../../storage/library';
import type { Connector } from './types';

type SaveMethods = Pick<Connector, 'saveArticle' | 'saveTab' | 'saveUrl' | 'retrySave' | 'getSaveStatus' | 'getSaveJobs' | 'onSaveJob' | 'openLibrary'>;

const SAVED_KEY = 'qingyue.mock.saved';
const MOCK_LIBRARY_ID = 'mock-library-entry';

function summary(title: string, total: number, savedAt: number): ArticleSummary {
  return {
    id: `mock-${total}`,
    title,
    site: 'woshipm',
    siteName: '人人都是产品经理',
    byline: null,
    excerpt: '',
    lang: 'zh-CN',
    leadImage: null,
    readingMinutes: 12,
    sourceUrl: 'https://www.woshipm.com/',
    savedAt,
    updatedAt: savedAt,
    sizes: { html: 80_000, images: total - 80_000, total },
    readingProgress: 1,
    status: 'complete',
    imageCount: 24,
    missingImages: 0,
  };
}

export function createMockSaves(params: URLSearchParams, storage: Storage | undefined, currentArticle: () => Article | null): SaveMethods {
  const scenario = params.get('save') ?? 'saved';
  const step = Number(params.get('saveStep') ?? 220);
  const jobs: SaveJob[] = [];
  const listeners = new Set<(job: SaveJob) => void>();
  const savedUrls = new Set<string>(JSON.parse(storage?.getItem(SAVED_KEY) ?? '[]') as string[]);
  if (params.get('saved') === '1') {
    const article = currentArticle();
    if (article) savedUrls.add(article.url);
  }

  const emit = (job: SaveJob) => {
    const index = jobs.findIndex((j) => j.id === job.id);
    if (index >= 0) jobs[index] = job;
    else jobs.unshift(job);
    for (const listener of listeners) listener({ ...job });
  };
  const remember = (url: string) => {
    savedUrls.add(url);
    storage?.setItem(SAVED_KEY, JSON.stringify([...savedUrls]));
  };

  function resultFor(kind: SaveJob['kind'], url: string, total: number): { result: SaveJobResult; needsAccess: string[] } {
    const sizes = { html: 42_000, images: total * 180_000, total: 42_000 + total * 180_000 };
    const now = Date.now();
    if (kind === 'retry' || scenario === 'saved') return { result: { status: 'saved', id: MOCK_LIBRARY_ID, updated: savedUrls.has(url), sizes }, needsAccess: [] };
    switch (scenario) {
      case 'partial':
        return {
          result: {
            status: 'saved-partial',
            id: MOCK_LIBRARY_ID,
            updated: false,
            sizes,
            missing: [
              { url: 'https://image.woshipm.com/wp-files/2024/03/funnel-chart.png', reason: 'HTTP_ERROR', message: 'The server answered 404.' },
              { url: 'https://img.example.org/uploads/team-photo.jpg', reason: 'NETWORK', message: 'The image could not be downloaded (Failed to fetch).' },
            ],
          },
          needsAccess: ['https://img.example.org/*'],
        };
      case 'quota':
        return {
          result: {
            status: 'failed',
            code: 'QUOTA_EXCEEDED',
            message: 'The browser has no room left for the library.',
            needBytes: sizes.total,
            largest: [summary('从 0 到 1 搭建用户增长体系：一份 3 万字的复盘', 48_600_000, now - 86_400_000 * 40), summary('B 端产品设计规范全集（附 120 张示意图）', 31_200_000, now - 86_400_000 * 90)],
          },
          needsAccess: [],
        };
      case 'no-article':
        return { result: { status: 'failed', code: 'NO_ARTICLE', message: 'No article found.' }, needsAccess: [] };
      case 'no-permission':
        return { result: { status: 'failed', code: 'NO_PERMISSION', message: 'No access.', origin: 'blog.example.cn' }, needsAccess: [] };
      default:
        return { result: { status: 'failed', code: 'NETWORK', message: 'The page could not be downloaded.' }, needsAccess: [] };
    }
  }

  function run(kind: SaveJob['kind'], url: string, title: string | null, tabId: number | null, images: number): SaveJob {
    const running = jobs.find((j) => j.url === url && j.phase !== 'done');
    if (running) return running;
    const total = Number(params.get('saveImages') ?? Math.max(3, images));
    let job: SaveJob = {
      id: Math.random().toString(36).slice(2),
      kind,
      tabId,
      url,
      title,
      articleId: kind === 'retry' ? MOCK_LIBRARY_ID : null,
      phase: 'extracting',
      done: 0,
      total: 0,
      bytes: 0,
      startedAt: Date.now(),
      updatedAt: Date.now(),
      result: null,
      needsAccess: [],
    };
    emit(job);
    const earlyFailure = scenario === 'no-article' || scenario === 'no-permission' || scenario === 'network';
    const tick = () => {
      if (job.phase === 'extracting' && !(earlyFailure && kind !== 'retry')) job = { ...job, phase: 'images', total };
      else if (job.phase === 'images' && job.done < job.total) job = { ...job, done: job.done + 1, bytes: job.bytes + 180_000 };
      else if (job.phase === 'images') job = { ...job, phase: 'writing' };
      else {
        const { result, needsAccess } = resultFor(kind, url, total);
        job = { ...job, phase: 'done', result, needsAccess, articleId: result.status === 'failed' ? job.articleId : result.id };
        if (result.status !== 'failed') remember(url);
        emit(job);
        return;
      }
      job = { ...job, updatedAt: Date.now() };
      emit(job);
      setTimeout(tick, step);
    };
    setTimeout(tick, step);
    return job;
  }

  const grant = async () => params.get('grant') !== '0';

  return {
    async saveArticle(article, { tabId } = {}) {
      return run('article', article.url, article.title, tabId ?? null, article.images.length);
    },
    async saveTab(tabId) {
      const article = currentArticle();
      return run('page', article?.url ?? 'https://www.woshipm.com/', article?.title ?? null, tabId ?? null, article?.images.length ?? 3);
    },
    async saveUrl(url, { tabId } = {}) {
      await grant();
      return run('link', url, null, tabId ?? null, 3);
    },
    async retrySave(articleId, { tabId } = {}) {
      await grant();
      const last = jobs.find((j) => j.articleId === articleId);
      return run('retry', last?.url ?? currentArticle()?.url ?? '', last?.title ?? null, tabId ?? null, 2);
    },
    async getSaveStatus(article: ArticleIdentity): Promise<SaveStatus> {
      const job = jobs.find((j) => j.url === article.url) ?? null;
      return { savedId: savedUrls.has(article.url) ? MOCK_LIBRARY_ID : null, job };
    },
    getSaveJobs: async () => [...jobs],
    onSaveJob(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async openLibrary() {
      globalThis.open?.('library.html', '_blank');
    },
  };
}
