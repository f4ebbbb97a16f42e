// The --batch contract (issue #2): one JSON line per input line, in order, field by field; a bad
// line or a bad file is one error line and the batch goes on; exit 0 when the batch ran.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli, type CliRun } from './run-cli.ts';
import { englishArticlePage, gbkPageBytes, notAnArticlePage, woshipmMirrorPage, WOSHIPM_TITLE } from './sample-pages.ts';

const ARTICLE_KEYS = ['url', 'canonicalUrl', 'site', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'leadImage', 'contentHtml', 'textContent', 'images', 'toc', 'readingMinutes'];

let dir: string;
let run: CliRun;
let out: Record<string, unknown>[];

// Inputs in order; blank lines are not inputs and produce no output.
const INPUT = () =>
  [
    { file: 'mirror.html', url: 'https://feeds.example.cn/2022/03/08/xuqiuchi/' },
    { file: 'missing.html' },
    'this is not json',
    { file: 'image.png' },
    '',
    { file: 'empty.html' },
    { file: 'huge.html' },
    { file: 'english.html', url: 'https://fieldnotes.example.com/backlogs-need-an-exit' },
    [1, 2, 3],
    { url: 'https://example.com/no-file' },
    { file: 'mirror.html', url: 'not a url' },
    { file: 'archive.html', url: 'https://fieldnotes.example.com/archive' },
    { file: 'gbk.html', url: 'https://old.example.cn/page.html' },
    { file: path.join('..', path.basename(dir), 'mirror.html') },
  ]
    .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
    .join('\n') + '\n';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'qingyue-batch-'));
  writeFileSync(path.join(dir, 'mirror.html'), woshipmMirrorPage());
  writeFileSync(path.join(dir, 'english.html'), englishArticlePage());
  writeFileSync(path.join(dir, 'archive.html'), notAnArticlePage());
  writeFileSync(path.join(dir, 'gbk.html'), gbkPageBytes());
  writeFileSync(path.join(dir, 'empty.html'), '');
  // A PNG signature and header: NUL bytes right away.
  writeFileSync(path.join(dir, 'image.png'), Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'));
  // 50 MB: must be refused from its size, before anything reads it.
  writeFileSync(path.join(dir, 'huge.html'), '<!doctype html><title>huge</title>');
  truncateSync(path.join(dir, 'huge.html'), 50 * 1024 * 1024);
  run = await runCli(['extract', '--batch'], { input: INPUT(), cwd: dir });
  out = jsonLines(run.stdout);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('qingyue extract --batch', () => {
  it('exits 0 with nothing on stderr although some pages failed', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('writes exactly one line per non-blank input line, in input order', () => {
    expect(out).toHaveLength(13);
    expect(out.map((line) => line.file)).toEqual([
      'mirror.html',
      'missing.html',
      null,
      'image.png',
      'empty.html',
      'huge.html',
      'english.html',
      null,
      null,
      'mirror.html',
      'archive.html',
      'gbk.html',
      path.join('..', path.basename(dir), 'mirror.html'),
    ]);
  });

  it('gives a success line exactly the contract keys, with the article and its timings', () => {
    const line = out[0]!;
    expect(Object.keys(line)).toEqual(['file', 'ok', 'site', 'article', 'timingsMs']);
    expect(line.ok).toBe(true);
    const article = line.article as Record<string, unknown>;
    expect(Object.keys(article).sort()).toEqual([...ARTICLE_KEYS].sort());
    expect(line.site).toBe(article.site);
    const timings = line.timingsMs as Record<string, number>;
    expect(Object.keys(timings)).toEqual(['detect', 'extract', 'total']);
    for (const value of Object.values(timings)) expect(value).toBeGreaterThanOrEqual(0);
    expect(timings.detect).toBeLessThanOrEqual(timings.extract!);
    expect(timings.extract).toBeLessThanOrEqual(timings.total!);
  });

  it('runs the woshipm rule on a mirror page: site, clean title, credited author, no tipping block, no proxy', () => {
    const line = out[0]!;
    const article = line.article as { title: string; byline: string | null; url: string; textContent: string; contentHtml: string; images: { src: string }[] };
    expect(line.site).toBe('woshipm');
    expect(article.url).toBe('https://feeds.example.cn/2022/03/08/xuqiuchi/');
    expect(article.title).toBe(WOSHIPM_TITLE);
    expect(article.byline).toBe('林间');
    expect(article.textContent).toContain('需求池失控的根源并不是需求太多');
    expect(article.textContent).not.toContain('给作者打赏');
    expect(article.contentHtml).not.toContain('cors.zfour.workers.dev');
    expect(article.images.map((image) => image.src)).toContain('https://image.woshipm.com/wp-files/2022/03/qyTestBody02.png');
  });

  it('runs the generic rule on an English article', () => {
    const line = out[6]!;
    expect(line).toMatchObject({ file: 'english.html', ok: true, site: null });
    const article = line.article as { title: string; textContent: string; lang: string };
    expect(article.title).toBe('Backlogs need an exit');
    expect(article.textContent).toContain('a list without a way out stops being a plan');
    expect(article.lang).toMatch(/^en/);
  });

  it('reports each bad file as one error line with the contract keys and a specific code', () => {
    const expectError = (index: number, code: string, pattern: RegExp) => {
      const line = out[index]!;
      expect(Object.keys(line)).toEqual(['file', 'ok', 'error']);
      expect(line.ok).toBe(false);
      const error = line.error as { code: string; message: string };
      expect(Object.keys(error)).toEqual(['code', 'message']);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(pattern);
    };
    expectError(1, 'READ_ERROR', /no such file/);
    expectError(2, 'BAD_INPUT', /line 3 is not valid JSON/);
    expectError(3, 'PARSE_ERROR', /not an HTML document/);
    expectError(4, 'NO_ARTICLE', /empty/);
    expectError(5, 'TOO_LARGE', /50\.0 MiB/);
    expectError(7, 'BAD_INPUT', /not a JSON object/);
    expectError(8, 'BAD_INPUT', /no "file"/);
    expectError(9, 'BAD_INPUT', /absolute URL/);
    expectError(10, 'NO_ARTICLE', /./);
  });

  it('decodes a GB2312-declared page with its declared encoding', () => {
    const line = out[11]!;
    expect(line.ok).toBe(true);
    const article = line.article as { title: string; textContent: string };
    expect(article.title).toBe('国标编码的网页');
    expect(article.textContent).toContain('需求池里躺着四百多条需求');
  });

  it('resolves relative paths against the working directory and defaults the URL to file://', () => {
    const line = out[12]!;
    expect(line.ok).toBe(true);
    expect((line.article as { url: string }).url).toBe(`file://${path.join(dir, 'mirror.html')}`);
  });
});

describe('qingyue extract --batch streaming', () => {
  it('answers an empty input with no output and exit 0', async () => {
    const empty = await runCli(['extract', '--batch'], { input: '' });
    expect(empty).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
