import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract';
import { page, prose } from './dom-helpers';

const ARTICLE = (extra = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>一篇文章 - 博客</title></head><body><nav class="menu"><a href="/">首页</a></nav><article><h1>一篇文章</h1>${extra}<p>${prose(300)}</p><h2>一、背景</h2><p>${prose(260)}</p><p>${prose(200)}</p></article><footer class="footer">© 博客</footer></body></html>`;

describe('extract', () => {
  it('never mutates the document', () => {
    const { doc, window } = page(ARTICLE('<p><img data-src="https://cdn.example/a.jpg" src="/loading.gif"></p><iframe src="https://www.youtube.com/embed/abcdefg"></iframe>'));
    const before = doc.documentElement.outerHTML;
    const r = extract(doc, 'https://blog.example/p/1', { window });
    expect(r.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('answers TOO_LARGE past maxElements, saying how big the page was', () => {
    const { doc, window } = page(ARTICLE());
    const r = extract(doc, 'https://blog.example/p/1', { window, maxElements: 10 });
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    if (!r.ok) expect(r.error.message).toMatch(/\d+ elements.*limit of 10/);
  });

  it('never throws: broken input becomes PARSE_ERROR', () => {
    const r = extract({} as Document, 'https://x.example/');
    expect(r).toMatchObject({ ok: false, error: { code: 'PARSE_ERROR' } });
    const { doc, window } = page(ARTICLE());
    expect(extract(doc, 'https://x.example/', { window, site: 'nope' as never })).toMatchObject({ ok: false, error: { code: 'PARSE_ERROR' } });
  });

  it('answers NO_ARTICLE for an empty app shell', () => {
    const { doc, window } = page('<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>');
    expect(extract(doc, 'https://app.example/', { window })).toMatchObject({ ok: false, error: { code: 'NO_ARTICLE' } });
  });

  it('answers NO_ARTICLE for list pages: read-more cards and cut-off excerpts', () => {
    const card = (i: number) => `<article class="post"><h2 class="entry-title"><a href="/p/${i}">第 ${i} 篇文章的标题</a></h2><p>${prose(90)}…</p><a class="more" href="/p/${i}">阅读全文</a></article>`;
    const cards = Array.from({ length: 6 }, (_, i) => card(i)).join('');
    const { doc, window } = page(`<!doctype html><html><head><title>博客首页</title></head><body><main>${cards}</main></body></html>`);
    expect(extract(doc, 'https://blog.example/', { window })).toMatchObject({ ok: false, error: { code: 'NO_ARTICLE' } });
    const excerpts = Array.from({ length: 6 }, (_, i) => `<div class="post"><p>${prose(120)} [&hellip;]</p></div>`).join('');
    const wp = page(`<!doctype html><html><head><title>博客</title></head><body><main>${excerpts}</main></body></html>`);
    expect(extract(wp.doc, 'https://blog.example/', { window: wp.window })).toMatchObject({ ok: false, error: { code: 'NO_ARTICLE' } });
  });

  it('fills options.timings per stage', () => {
    const { doc, window } = page(ARTICLE());
    const timings: Record<string, number> = {};
    expect(extract(doc, 'https://blog.example/p/1', { window, timings }).ok).toBe(true);
    for (const stage of ['detect', 'prepare', 'readability', 'finish', 'sanitize', 'total']) expect(timings[stage], stage).toBeGreaterThanOrEqual(0);
    expect(timings.total).toBeGreaterThanOrEqual(timings.readability!);
  });

  it('survives malformed markup: unescaped < and &, …/undefined images, empty headings, whitespace runs', () => {
    const junk = `<p>如果 1+1<2 成立，H&M 和 a && b 都会出问题。${' '.repeat(500)}结束。</p><h2></h2><h3>   </h3><p><img src="https://cdn.example/undefined"><img src="https://cdn.example/ok.png"></p>`;
    const { doc, window } = page(ARTICLE(junk));
    const r = extract(doc, 'https://blog.example/p/1', { window });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.textContent).toContain('如果 1+1<2 成立，H&M 和 a && b 都会出问题。 结束。');
    expect(r.article.images.map((i) => i.src)).toEqual(['https://cdn.example/ok.png']);
    expect(r.article.contentHtml).not.toMatch(/<h[23][^>]*>\s*<\/h[23]>/);
    expect(r.article.toc).toEqual([{ id: 'qy-h-1', level: 2, text: '一、背景' }]);
  });

  it('survives <style> that jsdom’s CSS parser rejects (DOMParser document, no defaultView)', () => {
    const { window } = page('<!doctype html><body></body>');
    const doc = new (window as unknown as typeof globalThis).DOMParser().parseFromString(ARTICLE('<style>.cover{min-height:calc(($h - 16px) / 16 * 9)}</style><p style="border: inherit">边框</p>'), 'text/html');
    const r = extract(doc, 'https://blog.example/p/1', { window });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.contentHtml).not.toMatch(/style/);
  });

  it('drops the lede and the credits when asked to', () => {
    const body = `<blockquote><p>编辑导语：${prose(60)}</p></blockquote><p>${prose(400)}</p><p> </p><p>本文由 @作者甲 原创发布于人人都是产品经理。未经许可，禁止转载</p><p>题图来自 Unsplash，基于 CC0 协议</p>`;
    const html = `<!doctype html><html><head><title>文章 - 镜像站</title></head><body><article><h1>文章</h1><div class="entry-content">${body}</div></article></body></html>`;
    const kept = extract(page(html).doc, 'https://m.example/a', { window: page('').window });
    expect(kept.ok && kept.article.contentHtml).toMatch(/^<blockquote class="qy-lede">[\s\S]*<footer class="qy-credits">/);
    expect(kept.ok && kept.article.byline).toBe('作者甲');
    const { doc, window } = page(html);
    const dropped = extract(doc, 'https://m.example/a', { window, keepLede: false, keepCredits: false });
    expect(dropped.ok).toBe(true);
    if (!dropped.ok) return;
    expect(dropped.article.contentHtml).not.toMatch(/qy-lede|qy-credits|编辑导语|原创发布于/);
    expect(dropped.article.byline).toBe('作者甲');
  });
});
