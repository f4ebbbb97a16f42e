import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { page } from './dom-helpers';

const SIDEBAR = `<aside class="sidebar"><section class="widget widget_categories"><ul><li><a href="/categories/%E4%BA%BA%E4%BA%BA%E9%83%BD%E6%98%AF%E4%BA%A7%E5%93%81%E7%BB%8F%E7%90%86/">人人都是产品经理</a></li><li><a href="/categories/Dockone/">Dockone</a></li></ul></section>
<section class="widget recent-posts"><ul><li><a href="/p/9"><img src="https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/t.jpg">本文由 @某人 原创发布于人人都是产品经理</a></li></ul></section></aside>`;

function mirror(header: string, body: string): string {
  return `<!doctype html><html><head><title>标题 - 资讯聚合</title><meta property="og:site_name" content="资讯聚合"></head><body><header class="site-header"><nav><a href="/">首页</a></nav></header>
<main><article class="post"><div class="post-meta"><h1>标题</h1>${header}</div><div class="post-body">${body}</div></article>
<div id="comments" class="comments"><p>我在人人都是产品经理上也看过类似的文章。</p></div></main>${SIDEBAR}<footer class="footer">© 资讯聚合</footer></body></html>`;
}
const crumbs = (feed: string) => `<div class="post-categories"><a href="/categories/${encodeURIComponent(feed)}/">${feed}</a></div>`;

describe('detect', () => {
  it('never takes another source on the same mirror for woshipm (sidebar, comments and recent posts name it)', () => {
    const dockone = mirror(crumbs('Dockone'), `<p>【编者的话】容器安全是个很广的话题。<br><br>好消息是有很多最佳实践。</p><div class="aw-upload-img-list"><a rel="lightbox"><img src="https://cors.zfour.workers.dev/?http://dockone.io/uploads/a.png" class="img-polaroid"></a></div>`);
    const r = detect(page(dockone, 'https://mirror.example/2021/05/10/x/').doc, 'https://mirror.example/2021/05/10/x/');
    expect(r.site).toBeNull();
    expect(r.confidence).toBeLessThan(0.5);
  });

  it('recognises a 天天问 question whose only signal is the post’s own category crumbs', () => {
    const ttw = mirror(`<div class="post-categories"><a href="/categories/新媒体/">新媒体</a> / <a href="/categories/新媒体/人人都是产品经理/">人人都是产品经理</a> / <a href="/categories/天天问/">天天问</a></div>`, '<p>你最近一次心甘情愿续费的会员是哪一个？</p>');
    const r = detect(page(ttw).doc, 'https://mirror.example/q/1');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toContain('crumb');
  });

  it('recognises mirrors by the credit line, the tipping block and woshipm image hosts', () => {
    const body = `<p><img src="https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/a.jpg"></p><p>正文。</p><p>本文由 @某人 原创发布于人人都是产品经理。未经许可，禁止转载</p><div class="support-author"><div class="support-title">给作者打赏，鼓励TA抓紧创作！</div><button class="button--pay" data-post-id="1" data-author="2" data-avatar="x">赞赏</button></div>`;
    const r = detect(page(mirror(crumbs('其他'), body)).doc, 'https://mirror.example/p/2');
    expect(r.site).toBe('woshipm');
    expect(r.confidence).toBeGreaterThan(0.95);
    expect(r.signals).toEqual(expect.arrayContaining(['tip', 'img-host:proxied:image.woshipm.com', 'credit:original']));
  });

  it('recognises the sister site’s images and woshipm.com itself', () => {
    const body = '<p>课程介绍。</p><p><img src="https://image.yunyingpai.com/wp/2021/04/a.png"></p><p><img src="https://image.yunyingpai.com/wp/2021/04/b.png"></p>';
    expect(detect(page(mirror(crumbs('其他'), body)).doc, 'https://m.example/p').site).toBe('woshipm');
    const r = detect(page('<html><head><title>首页</title></head><body><p>x</p></body></html>').doc, 'https://www.woshipm.com/');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toContain('host:woshipm.com');
  });

  it('ignores a mention of the site inside prose', () => {
    const body = `<p>很多人是从<a href="https://www.woshipm.com/">人人都是产品经理</a>开始接触产品设计的，这篇文章讲讲我自己的经历和一些体会，希望对你有帮助。</p>`;
    expect(detect(page(mirror(crumbs('Dockone'), body)).doc, 'https://m.example/p').site).toBeNull();
  });

  it('finds the tipping block after the credit line, and woshipm.com’s body markup around it', () => {
    const body = `<div class="article--content"><p>正文第一段。</p><p>本文由 @某人 原创发布于人人都是产品经理。未经许可，禁止转载</p></div>
<div class="support-author"><div class="support-title">给作者打赏，鼓励TA抓紧创作！</div><button class="button--pay" data-post-id="1" data-author="2">赞赏</button></div>`;
    const r = detect(page(mirror(crumbs('其他'), body)).doc, 'https://saved-copy.example/p/3');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toEqual(expect.arrayContaining(['credit:original', 'markup:article--content']));
  });

  it('takes a 天天问 question by its crumbs even when its <title> is not Chinese, if the page says it is Chinese', () => {
    const ttw = mirror(crumbs('人人都是产品经理'), '<p>你最近一次心甘情愿续费的会员是哪一个？</p>')
      .replace('<html>', '<html lang="zh-CN">')
      .replace('<title>标题 - 资讯聚合</title>', '<title>Feed Reader</title>');
    expect(detect(page(ttw).doc, 'https://mirror.example/q/2').site).toBe('woshipm');
  });

  it('never takes a page in another language for a woshipm post, whatever its body quotes', () => {
    const english = `<!doctype html><html lang="en"><head><title>How Chinese product teams write credits</title></head><body><article><h1>How Chinese product teams write credits</h1>
<p><img src="https://image.woshipm.com/wp-files/2021/10/a.jpg"><img src="https://image.woshipm.com/wp-files/2021/10/b.jpg"></p>
<p>A typical credit line reads: 本文由 @某人 原创发布于人人都是产品经理。未经许可，禁止转载</p>
<p>Filed under <a href="/categories/人人都是产品经理/">人人都是产品经理</a></p></article></body></html>`;
    const r = detect(page(english).doc, 'https://blog.example/credits');
    expect(r.site).toBeNull();
    expect(r.signals).toEqual([]);
  });

  it('ignores the crumbs of post cards on list pages', () => {
    const card = (i: number) => `<article class="post"><h2><a href="/p/${i}">标题${i}</a></h2><div class="meta"><a href="/categories/%E4%BA%BA%E4%BA%BA%E9%83%BD%E6%98%AF%E4%BA%A7%E5%93%81%E7%BB%8F%E7%90%86/">人人都是产品经理</a></div><p>摘要……</p></article>`;
    const list = (head: string) => `<!doctype html><html><head><title>资讯聚合</title>${head}</head><body><main>${[1, 2, 3].map(card).join('')}</main></body></html>`;
    // A page that declares itself a website (og:type), and one that only shows several posts.
    expect(detect(page(list('<meta property="og:type" content="website">')).doc, 'https://mirror.example/').site).toBeNull();
    expect(detect(page(list('')).doc, 'https://mirror.example/').site).toBeNull();
  });

  it('recognises the credit line in woshipm’s wording since 2022 (作者【X】…原创/授权 发布于)', () => {
    const body = '<p>正文。</p><p>本文由人人都是产品经理作者【产品小王】，微信公众号：【产品小王说】，原创/授权 发布于人人都是产品经理，未经许可，禁止转载。</p>';
    const r = detect(page(mirror(crumbs('其他'), body)).doc, 'https://m.example/p/2024');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toContain('credit:original');
  });

  it('recognises a 天天问 question by its own question picture, with no crumb, credit or tip', () => {
    const body = '<p>你买过最后悔的效率工具是什么？<img src="https://static.woshipm.com/TTW_QUESTION_202403_20240309101500_4321.jpg?imageMogr2/size-limit/100k!"></p>';
    const r = detect(page(mirror(crumbs('其他'), body)).doc, 'https://m.example/p/ttw');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toContain('img:ttw-question');
    // Any other single static.woshipm.com picture is not enough on its own.
    const other = '<p>一段话。<img src="https://static.woshipm.com/YY_C_20200402_1.gif"></p>';
    expect(detect(page(mirror(crumbs('其他'), other)).doc, 'https://m.example/p/x').site).toBeNull();
  });

  it('recognises a post linking into woshipm’s short links (996.pm), but not a sidebar or a list doing so', () => {
    const body = '<p>参与讨论即有机会获得悬赏红包，活动详情：<a href="https://996.pm/YX8W8">https://996.pm/YX8W8</a></p>';
    const r = detect(page(mirror(crumbs('其他'), body)).doc, 'https://m.example/p/q');
    expect(r.site).toBe('woshipm');
    expect(r.signals).toContain('link:996.pm');
    const inSidebar = mirror(crumbs('其他'), '<p>一篇别的文章。</p>').replace('</aside>', '<section class="widget"><a href="https://996.pm/abc">课程推荐</a></section></aside>');
    expect(detect(page(inSidebar).doc, 'https://m.example/p/r').site).toBeNull();
    const card = (i: number) => `<article class="post"><h2><a href="/p/${i}">标题${i}</a></h2><p>摘要 <a href="https://996.pm/x${i}">报名</a></p></article>`;
    const list = `<!doctype html><html><head><title>资讯聚合</title></head><body><main>${[1, 2, 3].map(card).join('')}</main></body></html>`;
    expect(detect(page(list).doc, 'https://mirror.example/').site).toBeNull();
    // Look-alike hosts are not woshipm's.
    expect(detect(page(mirror(crumbs('其他'), '<p><a href="https://996.pm.example.com/a">链接</a> <a href="https://x.example/?u=996.pm">链接</a></p>')).doc, 'https://m.example/p/s').site).toBeNull();
  });

  it('stays out of Readability and DOMPurify (the badge detector bundles it)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      expect(src, file).not.toMatch(/@mozilla\/readability|dompurify/);
      for (const m of src.matchAll(/^import\s+(?!type\b)[^'"]*['"](\.[^'"]+)['"]/gm)) visit(path.resolve(path.dirname(file), m[1]!.endsWith('.ts') ? m[1]! : `${m[1]}.ts`));
    };
    visit(path.resolve(__dirname, '../../../src/core/detect.ts'));
    expect(seen.size).toBeGreaterThan(2);
  });
});
