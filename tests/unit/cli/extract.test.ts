// `qingyue extract FILE` in each format, and its failures (exit 2, error on stderr).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { englishArticlePage, notAnArticlePage, woshipmMirrorPage, WOSHIPM_TITLE } from './sample-pages.ts';

let dir: string;
const MIRROR_URL = 'https://feeds.example.cn/2022/03/08/xuqiuchi/';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'qingyue-extract-'));
  writeFileSync(path.join(dir, 'mirror.html'), woshipmMirrorPage());
  writeFileSync(path.join(dir, 'english.html'), englishArticlePage());
  writeFileSync(path.join(dir, 'archive.html'), notAnArticlePage());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

describe('qingyue extract FILE --format json (default)', () => {
  it('prints the ExtractResult, pretty-printed, with the file:// URL by default', async () => {
    const run = await runCli(['extract', file('mirror.html')]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('{\n  "ok": true,')).toBe(true);
    const result = JSON.parse(run.stdout) as { ok: boolean; article: { url: string; title: string; site: string } };
    expect(Object.keys(result)).toEqual(['ok', 'article']);
    expect(result.article.url).toBe(`file://${file('mirror.html')}`);
    expect(result.article.title).toBe(WOSHIPM_TITLE);
    expect(result.article.site).toBe('woshipm');
  });

  it('uses --url as the page address', async () => {
    const run = await runCli(['extract', file('mirror.html'), '--url', MIRROR_URL]);
    expect((JSON.parse(run.stdout) as { article: { url: string } }).article.url).toBe(MIRROR_URL);
  });
});

describe('qingyue extract FILE --format html', () => {
  let html: string;
  let doc: Document;
  beforeAll(async () => {
    const run = await runCli(['extract', file('mirror.html'), '--url', MIRROR_URL, '--format', 'html']);
    expect(run.code).toBe(0);
    html = run.stdout;
    doc = new JSDOM(html).window.document;
  });

  it('is a complete standalone document', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe(WOSHIPM_TITLE);
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.querySelector('head style')?.textContent).toMatch(/PingFang SC/);
  });

  it('shows the title, the meta line, the lede first, the body and the credits, and links to the source', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(WOSHIPM_TITLE);
    const meta = doc.querySelector('.qy-meta')?.textContent ?? '';
    expect(meta).toContain('林间');
    expect(meta).toContain('人人都是产品经理');
    expect(meta).toContain('2022-03-08');
    expect(meta).toMatch(/阅读约 \d+ 分钟/);
    const article = doc.querySelector('article')!;
    const blocks = Array.from(article.children).map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''));
    expect(blocks.indexOf('blockquote.qy-lede')).toBeGreaterThan(blocks.indexOf('header'));
    expect(blocks.indexOf('blockquote.qy-lede')).toBeLessThan(blocks.indexOf('div.qy-body'));
    expect(blocks.indexOf('footer.qy-credits')).toBeGreaterThan(blocks.indexOf('div.qy-body'));
    expect(doc.querySelector('footer.qy-credits')?.textContent).toContain('原创发布于人人都是产品经理');
    expect(doc.querySelector('.qy-source a')?.getAttribute('href')).toBe(MIRROR_URL);
  });

  it('contains nothing executable and no tipping block', () => {
    expect(doc.querySelectorAll('script, iframe, object, embed, form, link[rel=stylesheet]')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/i);
    }
    expect(html).not.toContain('javascript:');
    expect(doc.body.textContent).not.toContain('给作者打赏');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('does not repeat the lead image when the body already shows it', () => {
    const srcs = Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src')!.replace(/^https?:/, ''));
    expect(new Set(srcs).size).toBe(srcs.length);
  });
});

describe('qingyue extract FILE --format markdown', () => {
  it('writes front matter then the body, with images and a GFM table', async () => {
    const run = await runCli(['extract', file('english.html'), '--url', 'https://fieldnotes.example.com/backlogs', '--format', 'markdown']);
    expect(run.code).toBe(0);
    const md = run.stdout;
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md) ?? [];
    expect(front).toContain('title: "Backlogs need an exit"');
    expect(front).toContain('url: "https://fieldnotes.example.com/backlogs"');
    expect(body).toContain('a list without a way out stops being a plan');
    expect(body).toMatch(/!\[Backlog size by month\]\(https:\/\/fieldnotes\.example\.com\/img\/backlog-chart\.png\)/);
    expect(body).toMatch(/\| Month \| Open items \|\n\| --- \| --- \|\n\| March \| 412 \|/);
    expect(body).not.toMatch(/<\/?(p|div|script)\b/);
  });

  it('puts the Chinese title and the credited author in the front matter', async () => {
    const run = await runCli(['extract', file('mirror.html'), '--url', MIRROR_URL, '--format', 'markdown']);
    expect(run.stdout).toContain(`title: "${WOSHIPM_TITLE}"`);
    expect(run.stdout).toContain('author: "林间"');
    expect(run.stdout).toContain('![');
    expect(run.stdout).not.toContain('cors.zfour.workers.dev');
  });
});

describe('qingyue extract FILE failures', () => {
  it('exits 2 with the error on stderr, and the failure JSON on stdout for --format json', async () => {
    const run = await runCli(['extract', file('archive.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^qingyue: NO_ARTICLE: /);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'NO_ARTICLE' } });
  });

  it('prints nothing on stdout for html and markdown failures', async () => {
    for (const format of ['html', 'markdown']) {
      const run = await runCli(['extract', file('archive.html'), '--format', format]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain('NO_ARTICLE');
    }
  });

  it('reports a missing file as READ_ERROR with exit 2', async () => {
    const run = await runCli(['extract', file('nope.html'), '--format', 'html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/READ_ERROR: .*nope\.html: no such file/);
  });
});
