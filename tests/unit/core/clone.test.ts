import { describe, expect, it } from 'vitest';
import { copyDocument, copyRootIntoFreshDocument } from '../../../src/core/clone';
import { extract } from '../../../src/core/extract';
import { page, prose } from './dom-helpers';

const HTML = `<!doctype html><html lang="zh-CN"><head><title>标题</title><style>p{color:red}</style><script type="application/ld+json">{"headline":"x"}</script></head>
<body><div id="a"><script>window.x=1</script><p id="p">正文</p><div id="d"><style>.x{}</style><span id="t">尾</span></div></div><aside id="side">侧栏</aside></body></html>`;

describe('working copies', () => {
  it('leave out the omitted elements, keep everything else and leave the page untouched', () => {
    const { doc } = page(HTML, 'https://blog.example/a/b');
    const before = doc.documentElement.outerHTML;
    const omit = new Set([doc.querySelector('body script')!, doc.querySelector('#d style')!, doc.getElementById('side')!]);
    const copy = copyDocument(doc, omit);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy.doc.URL).toBe('https://blog.example/a/b');
    expect(copy.doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(copy.container).toBe(copy.doc.body);
    expect(copy.doc.querySelector('body script, #d style, #side')).toBeNull();
    // What was not omitted is all there, in order, including the head's JSON-LD.
    expect(copy.doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.doc.body.textContent!.replace(/\s+/g, '')).toBe('正文尾');
  });

  it('map an element of the page onto its copy, counting only the siblings that were copied', () => {
    const { doc } = page(HTML);
    const omit = new Set([doc.querySelector('body script')!, doc.querySelector('#d style')!]);
    const copy = copyDocument(doc, omit);
    const t = copy.copyOf(doc.getElementById('t')!);
    expect(t?.ownerDocument).toBe(copy.doc);
    expect(t?.id).toBe('t');
    expect(copy.copyOf(doc.getElementById('p')!)?.id).toBe('p');
    expect(copy.copyOf(doc.querySelector('body script')!)).toBeNull();
  });

  it('copy only the article root into a small document with a <base> for relative links', () => {
    const { doc } = page(HTML, 'https://blog.example/a/b');
    const root = doc.getElementById('a')!;
    const copy = copyRootIntoFreshDocument(doc, root, 'https://blog.example/a/', new Set([doc.querySelector('body script')!]));
    expect(copy.container.id).toBe('a');
    expect(copy.doc.querySelector('base')?.getAttribute('href')).toBe('https://blog.example/a/');
    expect(copy.doc.querySelector('#side, script')).toBeNull();
    expect(copy.copyOf(doc.getElementById('t')!)?.textContent).toBe('尾');
    expect(copy.copyOf(doc.getElementById('side')!)).toBeNull();
  });

  it('let <noscript> images through: lazy pictures are recovered from them', () => {
    const body = `<article><h1>有图的文章</h1><p>${prose(300)}</p><p><img src="/blank.gif" data-lazy="1"><noscript><img src="https://cdn.example/real.jpg"></noscript></p><p>${prose(300)}</p></article>`;
    const { doc, window } = page(`<!doctype html><html lang="zh-CN"><head><title>有图的文章</title><style>img{}</style></head><body>${body}<script>track()</script></body></html>`);
    const r = extract(doc, 'https://blog.example/p/1', { window });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.images.map((i) => i.src)).toContain('https://cdn.example/real.jpg');
      expect(r.article.contentHtml).not.toMatch(/track\(|<script|<style/);
    }
  });
});
