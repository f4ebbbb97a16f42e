// The mock twin of the runtime Connector (design.md practice 10): pages rendered outside the
// extension (unit tests, screenshots, the Vite dev server) get sample articles and every
// non-article state from here, chosen by the page's query string:
//
//   ?mock=article-zh (default) | article-en | long | no-article | restricted | loading | error
//        | too-large | expired
//   &reason=browser-page|web-store|pdf|file-access|no-permission   (with mock=restricted)
//   &polls=N        loading: answer `loading` N times before the article (default 4)
//   &delay=MS       latency of getTabArticle (default 250)
//   &lang=zh_CN|en  the "browser language" behind uiLanguage 'auto' (default: navigator.language)
//   &theme=…&font=…&fontSize=…&lineHeight=…&contentWidth=…&tocOpen=1&uiLanguage=…  initial options
//   &grant=0        requestHostPermissions refuses
//   &save=…&saved=1&saveImages=N&saveStep=MS   saving offline (see mock-save.ts)
//
// Options live in memory and in localStorage, so several mock pages (popup, reader, options) in
// one browser see each other's changes, as they would through storage.sync.
//
// Only src/ui/connect/index.ts imports this module, dynamically and only in mock/dev builds.

import enMessages from '../../../public/_locales/en/messages.json';
import zhMessages from '../../../public/_locales/zh_CN/messages.json';
import type { Article } from '../../core/article';
import type { RestrictedReason, TabArticleState } from '../../shared/messages';
import { DEFAULT_OPTIONS, OPTIONS_VERSION } from '../../storage/options-schema';
import type { Options } from '../../storage/options-schema';
import { formatMessage, setMessageSource } from '../i18n';
import type { Catalog, LocaleId } from '../i18n';
import { clampOption } from '../lib/option-steps';
import { sampleArticleEn } from './samples/article-en';
import { sampleArticleLong } from './samples/article-long';
import { sampleArticleZh } from './samples/article-zh';
import { createMockSaves } from './mock-save';
import type { Connector, Shortcut } from './types';

const CATALOGS: Record<LocaleId, Catalog> = { zh_CN: zhMessages as Catalog, en: enMessages as Catalog };
const OPTIONS_KEY = 'qingyue.mock.options';
const READER_KEY_PREFIX = 'qingyue.mock.reader.';
const PERMISSION_KEY = 'qingyue.mock.allUrls';
const TAB_ID = 7;

const RESTRICTED_URLS: Record<RestrictedReason, string> = {
  'browser-page': 'chrome://settings/',
  'web-store': 'https://chromewebstore.google.com/',
  pdf: 'https://example.com/annual-report.pdf',
  'file-access': 'file:///home/reader/Downloads/article.html',
  'no-permission': 'https://example.com/',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function absoluteAsset(url: string): string {
  return new URL(url, globalThis.location?.href ?? 'http://localhost/').href;
}

function withText(article: Article): Article {
  if (article.textContent) return article;
  const text = article.contentHtml
    .replace(/<\/(p|h[1-6]|li|tr|blockquote|figure)>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { ...article, textContent: text };
}

export function sampleArticle(name: string): Article {
  const make = name === 'article-en' ? sampleArticleEn : name === 'long' ? sampleArticleLong : sampleArticleZh;
  return withText(make(absoluteAsset));
}

function mockLanguage(params: URLSearchParams): LocaleId {
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'zh_CN') return lang;
  return (globalThis.navigator?.language ?? 'zh-CN').toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** Validation like the options module's: unknown keys dropped, wrong types → default, numbers clamped. */
function normalise(raw: Record<string, unknown>): Options {
  const o = { ...DEFAULT_OPTIONS } as Options;
  const pick = <K extends keyof Options>(key: K, ok: (v: unknown) => boolean) => {
    if (ok(raw[key])) (o as unknown as Record<string, unknown>)[key] = raw[key];
  };
  pick('theme', (v) => ['system', 'light', 'sepia', 'dark'].includes(v as string));
  pick('font', (v) => v === 'sans' || v === 'serif');
  pick('uiLanguage', (v) => ['auto', 'zh_CN', 'en'].includes(v as string));
  for (const key of ['keepLede', 'keepCredits', 'detectEverywhere', 'autoOpen', 'tocOpen'] as const) pick(key, (v) => typeof v === 'boolean');
  for (const key of ['fontSize', 'lineHeight', 'contentWidth'] as const) {
    if (typeof raw[key] === 'number') o[key] = clampOption(key, raw[key]);
  }
  o.version = OPTIONS_VERSION;
  return o;
}

function optionsFromQuery(params: URLSearchParams): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const key of ['theme', 'font', 'uiLanguage'] as const) if (params.has(key)) patch[key] = params.get(key);
  for (const key of ['fontSize', 'lineHeight', 'contentWidth'] as const) if (params.has(key)) patch[key] = Number(params.get(key));
  for (const key of ['tocOpen', 'keepLede', 'keepCredits', 'autoOpen', 'detectEverywhere'] as const) if (params.has(key)) patch[key] = params.get(key) === '1';
  return patch;
}

export function createMockConnector(params: URLSearchParams, storage: Storage | undefined = globalThis.localStorage): Connector {
  const scenario = params.get('mock') ?? 'article-zh';
  const delay = Number(params.get('delay') ?? 250);
  let loadingPolls = Number(params.get('polls') ?? 4);

  const language = mockLanguage(params);
  setMessageSource({
    getMessage: (key, subs) => {
      const entry = CATALOGS[language][key];
      return entry ? formatMessage(entry, subs) : '';
    },
    loadCatalog: async (locale) => CATALOGS[locale],
  });

  const read = (): Options => {
    try {
      return normalise(JSON.parse(storage?.getItem(OPTIONS_KEY) ?? '{}') as Record<string, unknown>);
    } catch {
      return { ...DEFAULT_OPTIONS };
    }
  };
  let options = normalise({ ...read(), ...optionsFromQuery(params) });
  const listeners = new Set<(o: Options) => void>();
  const write = (next: Options): Options => {
    options = next;
    storage?.setItem(OPTIONS_KEY, JSON.stringify(next));
    for (const listener of listeners) listener(next);
    return next;
  };
  storage?.setItem(OPTIONS_KEY, JSON.stringify(options));
  // Other mock pages of the same origin changed the options (storage.sync's onChanged, mocked).
  globalThis.addEventListener?.('storage', (event) => {
    if (event.key !== OPTIONS_KEY || !event.newValue) return;
    options = normalise(JSON.parse(event.newValue) as Record<string, unknown>);
    for (const listener of listeners) listener(options);
  });

  const tabState = (): TabArticleState => {
    switch (scenario) {
      case 'no-article':
        return { kind: 'no-article', tabId: TAB_ID, url: 'https://www.woshipm.com/', error: { code: 'NO_ARTICLE', message: 'No article found on this page.' } };
      case 'restricted': {
        const reason = (params.get('reason') ?? 'browser-page') as RestrictedReason;
        return { kind: 'restricted', tabId: TAB_ID, url: RESTRICTED_URLS[reason] ?? RESTRICTED_URLS['browser-page'], reason };
      }
      case 'error':
        return { kind: 'error', tabId: TAB_ID, url: 'https://example.com/post/1', error: { code: 'PARSE_ERROR', message: 'Readability threw: Cannot read properties of null' } };
      case 'too-large':
        return { kind: 'no-article', tabId: TAB_ID, url: 'https://example.com/huge', error: { code: 'TOO_LARGE', message: 'The page has more than 60000 elements.' } };
      case 'loading':
        if (loadingPolls-- > 0) return { kind: 'loading', tabId: TAB_ID, url: 'https://www.woshipm.com/pmd/6012345.html' };
        return { kind: 'article', tabId: TAB_ID, article: sampleArticle('article-zh'), detected: { site: 'woshipm', confidence: 1, signals: ['host:woshipm.com'] } };
      default:
        return { kind: 'article', tabId: TAB_ID, article: sampleArticle(scenario), detected: { site: 'woshipm', confidence: 1, signals: ['host:woshipm.com'] } };
    }
  };

  const page = (file: string, extra: Record<string, string> = {}) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(extra)) next.set(k, v);
    return `${file}?${next}`;
  };

  return {
    async getTabArticle() {
      await sleep(delay);
      return tabState();
    },
    async openReader(source) {
      const key = Math.random().toString(36).slice(2);
      if ('article' in source) storage?.setItem(READER_KEY_PREFIX + key, JSON.stringify(source.article));
      globalThis.open?.(page('reader.html', { key }), '_blank');
    },
    async getReaderArticle(key) {
      await sleep(Math.min(delay, 100));
      if (scenario === 'expired') return null;
      const stored = storage?.getItem(READER_KEY_PREFIX + key);
      return stored ? (JSON.parse(stored) as Article) : sampleArticle(scenario);
    },
    getOptions: async () => options,
    setOptions: async (patch) => write(normalise({ ...options, ...patch })),
    resetOptions: async () => write({ ...DEFAULT_OPTIONS }),
    exportOptions: async () => JSON.stringify({ format: 'qingyue-options', version: OPTIONS_VERSION, exportedAt: new Date().toISOString(), options }, null, 2),
    async importOptions(json) {
      const refuse = (code: string, message: string) => Object.assign(new Error(message), { code });
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw refuse('NOT_JSON', 'This file is not a JSON file, so it cannot hold Qingyue settings.');
      }
      const file = parsed as { format?: unknown; options?: unknown } | null;
      if (!file || file.format !== 'qingyue-options') throw refuse('FOREIGN_FILE', 'This JSON file is not a Qingyue settings file.');
      if (typeof file.options !== 'object' || !file.options) throw refuse('CORRUPT_FILE', 'This settings file is damaged: it has no settings in it.');
      return write(normalise({ ...(file.options as Record<string, unknown>) }));
    },
    onOptionsChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async requestHostPermissions() {
      await sleep(150);
      const granted = params.get('grant') !== '0';
      if (granted) storage?.setItem(PERMISSION_KEY, '1');
      return granted;
    },
    hasHostPermissions: async () => storage?.getItem(PERMISSION_KEY) === '1',
    async getShortcuts(): Promise<Shortcut[]> {
      const describe = (key: string) => formatMessage(CATALOGS[language][key] ?? { message: key });
      return [
        { name: '_execute_action', description: '', shortcut: 'Alt+Shift+Q' },
        { name: 'open-reader-tab', description: describe('commandOpenReaderTab'), shortcut: 'Alt+Shift+Y' },
      ];
    },
    openShortcutSettings: async () => false,
    async openOptionsPage() {
      globalThis.open?.(page('options.html'), '_blank');
    },
    closeWindow() {
      console.info('[qingyue mock] closeWindow()');
    },
    // The article the page shows (without consuming a "loading" poll).
    ...createMockSaves(params, storage, () =>
      ['no-article', 'restricted', 'error', 'too-large'].includes(scenario) ? null : sampleArticle(scenario === 'loading' ? 'article-zh' : scenario),
    ),
  };
}
