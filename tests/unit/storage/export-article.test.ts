// Exporting one article: self-contained HTML and Markdown (zip or inline).
import 'fake-indexeddb/auto';
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { exportArticleHtml, exportArticleMarkdown, exportArticleMarkdownZip, fileNameFor, replaceImageSources } from '../../../src/storage/export';
import type { ArticleBundle } from '../../../src/storage/library';
import { fetchedAll, freshLibrary, imageBytes, makeArticle } from './library-fixtures';

async function savedBundle(spec: Parameters<typeof makeArticle>[0] = {}, missingLast = false): Promise<ArticleBundle> {
  const { library } = freshLibrary();
  const article = makeArticle({ images: 3, ...spec });
  const images = fetchedAll(article, 1500);
  if (missingLast) images[images.length - 1] = { ...images.at(-1)!, status: 'missing', blob: undefined, error: { code: 'NETWORK', message: 'offline' } };
  const { id } = await library.saveArticle({ article, images });
  return (await library.getBundle(id))!;
}

function decodeDataUri(uri: string): Uint8Array {
  const [, base64] = uri.split(',');
  return new Uint8Array(Buffer.from(base64!, 'base64'));
}

describe('HTML export', () => {
  test('inlines every stored image as a data: URI, byte for byte, and contains no script', async () => {
    const bundle = await savedBundle();
    const html = await exportArticleHtml(bundle);
    const { document } = new JSDOM(html).window;

    const images = [...document.querySelectorAll('.qy-content img')];
    expect(images).toHaveLength(3);
    for (const [i, img] of images.entries()) {
      const src = img.getAttribute('src')!;
      expect(src.startsWith('data:image/jpeg;base64,')).toBe(true);
      expect(decodeDataUri(src)).toEqual(imageBytes(1500, i + 1));
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toContain('https://image.woshipm.com'); // nothing left to fetch
    expect(document.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe('Qingyue');
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
  });

  test('reads like the reader: title, meta line, lede, credits, link to the original, typography inline', async () => {
    const bundle = await savedBundle({ url: 'https://mirror.example/posts/42' });
    const { document } = new JSDOM(await exportArticleHtml(bundle)).window;
    expect(document.title).toBe(bundle.record.article.title);
    expect(document.querySelector('h1.qy-title')?.textContent).toBe(bundle.record.article.title);
    expect(document.querySelector('.qy-meta')?.textContent).toBe('青柠 · 人人都是产品经理 · 2024-05-12 · 约 3 分钟');
    expect(document.querySelector('blockquote.qy-lede')).not.toBeNull();
    expect(document.querySelector('footer.qy-credits')).not.toBeNull();
    expect(document.querySelector('.qy-source a')?.getAttribute('href')).toBe('https://mirror.example/posts/42');
    expect(document.querySelector('.qy-source')?.textContent).toContain('由 清阅 保存于 2025-01-01');
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toContain('PingFang SC');
    expect(css).toMatch(/line-height:1\.8/);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  test('escapes a hostile title and shows a lead image that the body lacks', async () => {
    const bundle = await savedBundle({ title: '</title><script>alert(1)</script>', images: 1, leadImage: 'https://image.woshipm.com/cover.jpg' });
    const html = await exportArticleHtml(bundle);
    expect(html).not.toMatch(/<script/i);
    const { document } = new JSDOM(html).window;
    expect(document.title).toBe('</title><script>alert(1)</script>');
    // The lead image was not downloaded in this bundle: it keeps its web address.
    expect(document.querySelector('.qy-lead-image img')?.getAttribute('src')).toBe('https://image.woshipm.com/cover.jpg');
  });

  test('an image that is missing keeps its web address (shown when online), the others are inlined', async () => {
    const bundle = await savedBundle({}, true);
    const { document } = new JSDOM(await exportArticleHtml(bundle)).window;
    const sources = [...document.querySelectorAll('.qy-content img')].map((img) => img.getAttribute('src')!);
    expect(sources.slice(0, 2).every((src) => src.startsWith('data:'))).toBe(true);
    expect(sources[2]).toBe(bundle.record.article.images[2]!.src);
  });

  test('English articles get English labels', async () => {
    const bundle = await savedBundle({ site: null, paragraphs: ['Hello world.'] });
    bundle.record.article.lang = 'en';
    const { document } = new JSDOM(await exportArticleHtml(bundle)).window;
    expect(document.querySelector('.qy-meta')?.textContent).toContain('3 min read');
    expect(document.querySelector('.qy-source')?.textContent).toContain('Original: ');
  });
});

describe('Markdown export', () => {
  test('zip: article.md with front matter and relative image links, images/NN.jpg with the stored bytes', async () => {
    const bundle = await savedBundle();
    const files = unzipSync(await exportArticleMarkdownZip(bundle));
    expect(Object.keys(files).sort()).toEqual(['article.md', 'images/01.jpg', 'images/02.jpg', 'images/03.jpg']);
    for (let i = 0; i < 3; i++) expect(files[`images/0${i + 1}.jpg`]).toEqual(imageBytes(1500, i + 1));

    const markdown = strFromU8(files['article.md']!);
    expect(markdown.startsWith('---\ntitle: "需求评审的三个误区：从“走流程”到“对齐目标”"\nauthor: "青柠"\n')).toBe(true);
    expect(markdown).toContain('source: "https://blog.example.cn/2024/05/demand-review/"');
    expect(markdown).toContain('# 需求评审的三个误区');
    expect(markdown).toContain('## 一、问题');
    expect(markdown).toContain('![配图 1](images/01.jpg)');
    expect(markdown).toContain('![配图 3](images/03.jpg)');
    expect(markdown).toContain('> 编辑导语：');
    expect(markdown).not.toContain('https://image.woshipm.com');
  });

  test('single file: images inlined as data: URIs', async () => {
    const bundle = await savedBundle({ images: 1 });
    const markdown = await exportArticleMarkdown(bundle);
    const match = markdown.match(/!\[配图 1\]\((data:image\/jpeg;base64,[^)]+)\)/);
    expect(match).not.toBeNull();
    expect(decodeDataUri(match![1]!)).toEqual(imageBytes(1500, 1));
  });

  test('simple tables become GFM tables', async () => {
    const bundle = await savedBundle({ images: 0 });
    bundle.record.article.contentHtml = '<table><tr><th>指标</th><th>数值</th></tr><tr><td>留存</td><td>42%</td></tr></table>';
    const markdown = await exportArticleMarkdown(bundle);
    expect(markdown).toContain('| 指标 | 数值 |\n| --- | --- |\n| 留存 | 42% |');
  });
});

describe('replaceImageSources', () => {
  test('matches the decoded src, keeps other attributes, drops srcset, survives > inside quotes', () => {
    const html = '<p><img alt="a > b" src="https://x.example/i.jpg?a=1&amp;b=2" srcset="https://x.example/i@2x.jpg 2x" width="10"><img src=\'https://x.example/other.png\'></p>';
    const out = replaceImageSources(html, (src) => (src === 'https://x.example/i.jpg?a=1&b=2' ? 'data:image/jpeg;base64,AAAA' : null));
    expect(out).toBe('<p><img alt="a &gt; b" src="data:image/jpeg;base64,AAAA" width="10"><img src=\'https://x.example/other.png\'></p>');
  });
});

describe('fileNameFor', () => {
  test('keeps Chinese, removes characters no file system accepts, caps the length', () => {
    expect(fileNameFor('产品经理: 如何做 "竞品分析"?', 'html')).toBe('产品经理 如何做 竞品分析.html');
    expect(fileNameFor('...', 'md')).toBe('article.md');
    expect(fileNameFor('长'.repeat(200), 'zip')).toBe(`${'长'.repeat(80)}.zip`);
  });
});
