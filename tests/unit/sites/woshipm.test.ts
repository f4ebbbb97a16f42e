import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/core/extract';
import { page, prose } from '../core/dom-helpers';

const TIP = '<div class="support-author"><div class="support-title">给作者打赏，鼓励TA抓紧创作！</div><button class="button--pay" data-post-id="5120333" data-author="77" data-avatar="http://image.woshipm.com/a.jpg">赞赏</button></div>';

function mirrorPage(postContainer: string): string {
  return `<!doctype html><html lang="zh-CN"><head><title>一篇产品文章 | 某镜像站</title></head><body>
<header class="site-header"><a href="/">某镜像站</a></header>
<main><article class="post"><header class="post-header"><h1 class="post-title">一篇产品文章</h1><span class="post-meta">人人都是产品经理</span></header>
${postContainer}</article></main><aside class="sidebar"><a href="/c/人人都是产品经理/">人人都是产品经理</a></aside></body></html>`;
}

describe('woshipm rule on mirrors', () => {
  const body = `<div><blockquote><p>编辑导读：${prose(50)}</p></blockquote><p><img src="https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2022/01/a.jpg" data-action="zoom" referrerpolicy="no-referrer"></p><p>${prose(300)}</p><p><strong>加粗一</strong><strong>加粗二</strong></p><p>${prose(200)}</p><p> </p><p>本文由 @产品小王 原创发布于人人都是产品经理。未经许可，禁止转载</p><p>题图来自Unsplash，基于CC0协议</p>${TIP}</div>`;

  it('keeps theme chrome inside the post container out (licence box, reward widget, prev/next)', () => {
    const html = mirrorPage(`<div class="post-body">${body}<div class="post-copyright"><p>本文链接：https://mirror.example/p/1 版权声明：转载请注明出处</p></div><div class="reward-container"><button>打赏</button></div><div class="post-nav"><a href="/p/0">上一篇：别的文章</a></div></div>`);
    const { doc, window } = page(html, 'https://mirror.example/p/1');
    const r = extract(doc, 'https://mirror.example/p/1', { window });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.site).toBe('woshipm');
    expect(a.contentHtml).not.toMatch(/版权声明|打赏|上一篇|给作者打赏|赞赏/);
    expect(a.byline).toBe('产品小王');
    expect(a.canonicalUrl).toBe('https://www.woshipm.com/?p=5120333');
    expect(a.images).toEqual([{ src: 'https://image.woshipm.com/wp-files/2022/01/a.jpg', originalSrc: 'https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2022/01/a.jpg', alt: '' }]);
    expect(a.contentHtml).toContain('<strong>加粗一加粗二</strong>');
    expect(a.contentHtml).toMatch(/^<blockquote class="qy-lede"><p>编辑导读：/);
    expect(a.contentHtml).toMatch(/<footer class="qy-credits"><p>本文由 @产品小王 原创发布于人人都是产品经理。未经许可，禁止转载<\/p><p>题图来自Unsplash，基于CC0协议<\/p><\/footer>$/);
    expect(a.siteName).toBe('人人都是产品经理');
    expect(a.title).toBe('一篇产品文章');
  });

  it('recognises and unwraps pictures behind Jetpack’s CDN and scheme-less weserv addresses (WordPress mirrors)', () => {
    const photon = 'https://i0.wp.com/image.woshipm.com/wp-files/2022/01/b.png?resize=640%2C360&ssl=1';
    const weserv = 'https://images.weserv.nl/?url=image.woshipm.com/wp-files/2022/01/c.png&w=800';
    const post = `<div class="entry-content"><p>${prose(300)}</p><p><img src="${photon}"></p><p>${prose(200)}</p><p><img src="${weserv}"></p><p>${prose(100)}</p></div>`;
    const { doc, window } = page(mirrorPage(post), 'https://wp-mirror.example/2022/01/p/');
    const r = extract(doc, 'https://wp-mirror.example/2022/01/p/', { window });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.site).toBe('woshipm');
    expect(r.article.images.map((i) => i.src)).toEqual(['https://image.woshipm.com/wp-files/2022/01/b.png', 'https://image.woshipm.com/wp-files/2022/01/c.png']);
    expect(r.article.images.map((i) => i.originalSrc)).toEqual([photon, weserv]);
    expect(r.article.contentHtml).not.toMatch(/wp\.com|weserv/);
  });

  it('never takes the feed name shown as the post author for the byline', () => {
    const html = mirrorPage(`<div class="post-body"><div><p>${prose(400)}</p><p><img src="https://image.woshipm.com/wp-files/2022/01/b.jpg"></p><p><img src="https://image.woshipm.com/wp-files/2022/01/c.jpg"></p></div></div>`);
    const { doc, window } = page(html, 'https://mirror.example/p/2');
    const r = extract(doc, 'https://mirror.example/p/2', { window });
    expect(r.ok && r.article.site).toBe('woshipm');
    expect(r.ok && r.article.byline).toBeNull();
  });
});

describe('woshipm rule on woshipm.com list pages', () => {
  it('answers NO_ARTICLE for the home page (host alone is no post)', () => {
    const card = (i: number) =>
      `<div class="postlist-item"><a href="/pd/${5000 + i}.html"><img src="https://image.woshipm.com/wp-files/2022/01/t${i}.jpg"></a><h2 class="post-title"><a href="/pd/${5000 + i}.html">第 ${i} 篇文章</a></h2><p class="des">${prose(80)}…</p><a class="more" href="/pd/${5000 + i}.html">阅读全文</a></div>`;
    const html = `<!doctype html><html><head><title>人人都是产品经理 | 产品经理、产品爱好者学习交流平台</title></head><body><div class="postlist">${Array.from({ length: 8 }, (_, i) => card(i)).join('')}</div></body></html>`;
    const { doc, window } = page(html, 'https://www.woshipm.com/');
    const r = extract(doc, 'https://www.woshipm.com/', { window });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_ARTICLE' } });
  });
});
