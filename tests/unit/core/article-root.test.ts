import { describe, expect, it } from 'vitest';
import { findBodyContainer, locateArticleRoot } from '../../../src/core/article-root';
import { page, prose } from './dom-helpers';

/** A list of headlines, each with interface pictures, beside a short post (a feed reader's stream). */
function stream(headlineImages: string, postImage = '<img src="https://cdn.example/photo.jpg">'): string {
  const headline = (i: number) =>
    `<div class="entry"><ul class="head"><li>${headlineImages}<a href="/feed/${i}">来源 ${i}</a></li><li><a href="https://news.example/${i}">第 ${i} 条标题<span>一句摘要</span></a></li><li>3月${i}日</li></ul></div>`;
  const headlines = Array.from({ length: 12 }, (_, i) => headline(i + 1)).join('');
  return `<!doctype html><html lang="zh-CN"><body><main><div id="stream">${headlines}<div class="entry open"><h1>一个短问题</h1><div id="post"><p>${prose(60)}</p><p>${postImage}</p></div></div></div></main></body></html>`;
}

describe('findBodyContainer', () => {
  it('does not count interface pictures (icons, favicons, logos, avatars, ≤ 32 px) as content', () => {
    for (const icons of [
      '<img class="icon" src="/i/unread.svg"><img class="favicon" src="/f.php?h=1">',
      '<img src="/a.png" width="16" height="16"><img src="/b.png" height="24">',
      '<img class="user-avatar" src="/u/1.jpg"><img id="site-logo" src="/logo.png">',
    ]) {
      const { doc } = page(stream(icons));
      expect(findBodyContainer(doc)?.element.id, icons).toBe('post');
    }
  });

  it('counts a thumbnail linking to another page as a teaser, but a picture linking to its full size as a picture', () => {
    const { doc } = page(stream('<a href="/story/1"><img src="https://cdn.example/thumb.jpg"></a>'));
    expect(findBodyContainer(doc)?.element.id).toBe('post');
    // The post's only weight is its picture when it links to its own file: it still wins over the headlines.
    const linked = page(stream('', '<a href="https://cdn.example/photo-full.jpg"><img src="https://cdn.example/photo.jpg"></a><img src="https://cdn.example/photo2.jpg">'));
    expect(findBodyContainer(linked.doc)?.element.id).toBe('post');
  });

  it('still counts real pictures, lazy-loading classes included', () => {
    const { doc } = page(`<!doctype html><body><div id="a"><p>${prose(30)}</p></div><div id="b"><img class="lazy-loading" src="/1.jpg"><img class="lazy-loading" src="/2.jpg"></div></body>`);
    expect(findBodyContainer(doc)?.element.id).toBe('b');
  });

  it('widens the root to the anchors a site rule knows belong to the post', () => {
    const { doc } = page(`<!doctype html><body><div id="wrap"><div id="post"><p>${prose(300)}</p></div><p id="credit">本文由 @某人 原创发布于人人都是产品经理</p></div><aside><p>${prose(40)}</p></aside></body>`);
    expect(locateArticleRoot(doc, [doc.getElementById('credit')!])?.id).toBe('wrap');
  });
});
