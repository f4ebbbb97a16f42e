import { describe, expect, it } from 'vitest';
import { prepareCommon } from '../../../src/core/prepare';
import { extract } from '../../../src/core/extract';
import { fragment, page, prose } from './dom-helpers';

describe('prepareCommon: hidden elements', () => {
  it('removes what the page hides from readers and drops every inline style', () => {
    const root = fragment(`<p id="a">${prose(200)}</p><p id="b" style="display:none">隐藏的广告</p><div id="c" style="visibility: hidden">弹窗提示</div><span id="d" class="sr-only">跳到正文</span><p id="e" hidden>x</p><p id="f" style="color:red">${prose(40)}</p>`);
    prepareCommon(root, 'https://blog.example/');
    expect([...root.children].map((el) => el.id)).toEqual(['a', 'f']);
    expect(root.querySelector('[style]')).toBeNull();
  });

  it('keeps the body a page hides with visibility:hidden until its script reveals it (WeChat #js_content)', () => {
    const root = fragment(`<h1>标题</h1><div id="js_content" style="visibility: hidden; opacity: 0;"><p>${prose(400)}</p><p>${prose(300)}</p></div><div class="qr" style="visibility:hidden">扫一扫</div>`);
    prepareCommon(root, 'https://mp.weixin.qq.com/s/x');
    expect(root.querySelector('#js_content')?.textContent).toContain(prose(50));
    expect(root.querySelector('#js_content')?.getAttribute('style')).toBeNull();
    // A small hidden element beside it still goes.
    expect(root.querySelector('.qr')).toBeNull();
  });

  it('still removes a large block the page hides with display:none', () => {
    const root = fragment(`<p id="a">${prose(100)}</p><div id="dup" style="display:none; visibility:hidden"><p>${prose(800)}</p></div>`);
    prepareCommon(root, 'https://blog.example/');
    expect(root.querySelector('#dup')).toBeNull();
  });

  it('lets extract read a saved WeChat page whose body was never revealed', () => {
    const { doc, window } = page(`<!doctype html><html><head><title>一篇公众号文章</title></head><body><div id="js_article"><h1 class="rich_media_title">一篇公众号文章</h1><em id="publish_time">2024-05-20 08:30</em><div id="js_content" style="visibility: hidden; opacity: 0;"><section><p>${prose(500)}</p></section><p><img data-src="https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png"></p><p>${prose(300)}</p></div></div></body></html>`);
    const r = extract(doc, 'https://mp.weixin.qq.com/s/abc', { window });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.textContent.length).toBeGreaterThan(700);
      expect(r.article.images.map((i) => i.src)).toEqual(['https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png']);
      expect(r.article.publishedTime).toBe('2024-05-20T08:30:00');
    }
  });
});
