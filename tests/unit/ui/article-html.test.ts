// @vitest-environment jsdom
// What the reader renders from an Article's contentHtml: nothing executable, every URL absolute
// against the article's page, safe links, quiet images, scrollable tables, the lead image after
// the editor's intro.

import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/core/sanitize';
import { prepareArticleHtml } from '../../../src/ui/lib/article-html';
import { sanitizeArticleHtml } from '../../../src/ui/lib/sanitize';

const baseUrl = 'https://blog.example.com/posts/2024/review.html';
const prepare = (html: string, extra: Partial<Parameters<typeof prepareArticleHtml>[1]> = {}) => {
  const holder = document.createElement('div');
  holder.innerHTML = prepareArticleHtml(html, { baseUrl, ...extra }, window);
  return holder;
};

const HOSTILE = [
  '<p>hi<script>alert(1)</script></p>',
  '<img src="x.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href=" jav&#x09;ascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<svg onload="alert(1)"><circle r="2"></circle></svg><p>after</p>',
  '<form action="https://evil.example"><input name="q"><button>go</button></form>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
  '<p class="qy-lede wp-block x">kept class only qy-</p><p data-x="1" aria-label="a" id="n">attrs</p>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="https://example.com" target="_top">t</a><a href="/rel" rel="opener">r</a>',
  '<img src="blob:https://example.com/uuid"><img src="data:image/png;base64,AAAA">',
  '<details open><summary>s</summary><p>d</p></details><table><tr><td colspan="2">c</td></tr></table>',
];

describe('the page sanitiser', () => {
  it.each(HOSTILE)('gives the same result as the pipeline’s sanitiser: %s', (html) => {
    const ours = document.createElement('div');
    ours.append(sanitizeArticleHtml(html, window));
    expect(ours.innerHTML).toBe(sanitizeHtml(html, { window }));
  });

  it('leaves nothing that runs', () => {
    const out = HOSTILE.map((html) => prepare(html).innerHTML).join('\n');
    expect(out).not.toMatch(/<script|onerror|onload|javascript:|<svg|<form|<input|<meta|<base|style=/i);
  });
});

describe('prepareArticleHtml', () => {
  it('makes links absolute against the article and opens them in a new tab without opener or referrer', () => {
    const link = prepare('<p><a href="../other.html">other</a> <a href="mailto:a@example.com">mail</a></p>').querySelectorAll('a');
    expect(link[0]!.getAttribute('href')).toBe('https://blog.example.com/posts/other.html');
    expect(link[0]!.getAttribute('target')).toBe('_blank');
    expect(link[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link[1]!.getAttribute('href')).toBe('mailto:a@example.com');
  });

  it('keeps in-article anchors (footnotes) in the page and drops links to nowhere', () => {
    const root = prepare('<p><a href="#fn1">1</a> <a href="#missing">?</a></p><p id="fn1">note</p>');
    const [footnote, dangling] = root.querySelectorAll('a');
    expect(footnote!.getAttribute('href')).toBe('#fn1');
    expect(footnote!.hasAttribute('target')).toBe(false);
    expect(dangling!.getAttribute('href')).toBe('https://blog.example.com/posts/2024/review.html#missing');
  });

  it('loads images from absolute URLs, lazily, without a referrer (woshipm refuses foreign referrers)', () => {
    const images = prepare('<p><img src="/a.png" alt="a"></p><p><img src="https://cdn.example.com/b.png" alt="b"></p>').querySelectorAll('img');
    expect(images[0]!.getAttribute('src')).toBe('https://blog.example.com/a.png');
    expect(images[0]!.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(images[0]!.hasAttribute('loading')).toBe(false); // the first picture is usually in view
    expect(images[1]!.getAttribute('loading')).toBe('lazy');
  });

  it('lets the library substitute stored pictures after sanitising', () => {
    const img = prepare('<img src="https://cdn.example.com/b.png">', { mapImage: (src) => (src.endsWith('b.png') ? 'blob:chrome-extension://id/123' : src) }).querySelector('img');
    expect(img!.getAttribute('src')).toBe('blob:chrome-extension://id/123');
  });

  it('loads stored pictures at once, so the page has its final height when a reading position is restored', () => {
    const stored = (src: string) => (src.includes('/kept/') ? `blob:chrome-extension://id/${src.slice(-5)}` : src);
    const images = prepare('<p><img src="https://cdn.example.com/a.png"></p><p><img src="https://cdn.example.com/kept/b.png"></p><p><img src="https://cdn.example.com/c.png"></p>', { mapImage: stored }).querySelectorAll('img');
    expect(images[1]!.getAttribute('src')).toBe('blob:chrome-extension://id/b.png');
    expect(images[1]!.hasAttribute('loading')).toBe(false);
    expect(images[2]!.getAttribute('loading')).toBe('lazy'); // not stored: still from the network, lazily
  });

  it('drops ids reserved for the reader’s own interface', () => {
    const root = prepare('<h2 id="qy-title">fake</h2><h2 id="toc-1">real</h2>');
    expect(root.querySelector('#qy-title')).toBeNull();
    expect(root.querySelector('#toc-1')).not.toBeNull();
  });

  it('lets bare URLs and long identifiers break anywhere, but not ordinary words or code', () => {
    const root = prepare('<p>链接是 https://example.com/wiki/product-review/templates/checklist，欢迎参考 Product Manager。</p><pre><code>averyveryverylongidentifier_in_code_blocks()</code></pre>');
    const long = root.querySelectorAll('.qy-long');
    expect(long).toHaveLength(1);
    expect(long[0]!.textContent).toBe('https://example.com/wiki/product-review/templates/checklist');
    expect(root.querySelector('p')!.textContent).toBe('链接是 https://example.com/wiki/product-review/templates/checklist，欢迎参考 Product Manager。');
    expect(root.querySelector('pre .qy-long')).toBeNull();
  });

  it('wraps tables in a scroll box', () => {
    const root = prepare('<table><tr><td>a</td></tr></table>');
    expect(root.querySelector('.qy-table-scroll > table')).not.toBeNull();
  });

  it('places the lead image after the editor’s intro, or first when there is none', () => {
    const withLede = prepare('<blockquote class="qy-lede"><p>导语</p></blockquote><p>正文</p>', { leadImage: 'https://example.com/cover.jpg' });
    expect(withLede.firstElementChild!.matches('blockquote.qy-lede')).toBe(true);
    expect(withLede.children[1]!.matches('figure.qy-lead-image')).toBe(true);
    const without = prepare('<p>正文</p>', { leadImage: 'https://example.com/cover.jpg' });
    expect(without.firstElementChild!.querySelector('img')!.getAttribute('src')).toBe('https://example.com/cover.jpg');
  });
});
