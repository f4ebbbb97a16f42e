// A small, valid Article for background tests (our own text, not from the corpus).
import type { Article, DetectResult, ExtractResult } from '../../../src/core/article';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.woshipm.com/pd/1234567.html',
    canonicalUrl: 'https://www.woshipm.com/pd/1234567.html',
    site: 'woshipm',
    title: '如何写一份清楚的需求文档',
    byline: '林一',
    siteName: '人人都是产品经理',
    publishedTime: '2024-03-08T09:30:00+08:00',
    lang: 'zh-CN',
    excerpt: '需求文档写给三种读者：开发、测试和半年后的自己。',
    leadImage: 'https://image.woshipm.com/wp-files/2024/03/lead.png',
    contentHtml: '<blockquote class="qy-lede"><p>需求文档写给三种读者。</p></blockquote><h2 id="toc-1">先写目标</h2><p>目标先于方案。</p>',
    textContent: '需求文档写给三种读者。\n\n先写目标\n\n目标先于方案。',
    images: [{ src: 'https://image.woshipm.com/wp-files/2024/03/lead.png', alt: '' }],
    toc: [{ id: 'toc-1', level: 2, text: '先写目标' }],
    readingMinutes: 1,
    ...overrides,
  };
}

export const WOSHIPM_DETECTED: DetectResult = { site: 'woshipm', confidence: 0.95, signals: ['host:woshipm.com', 'tipping-block'] };
export const NOTHING_DETECTED: DetectResult = { site: null, confidence: 0, signals: [] };

export function extractReply(result: ExtractResult, extra: Partial<{ readyState: DocumentReadyState; contentType: string; detected: DetectResult }> = {}) {
  return { result, detected: WOSHIPM_DETECTED, readyState: 'complete' as DocumentReadyState, contentType: 'text/html', ...extra };
}
