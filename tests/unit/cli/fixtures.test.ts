// The pipeline's fixture pages (tests/fixtures/<site>/<case>/) through the built CLI in one
// --batch run: the Node path (bytes → encoding sniffing → jsdom → core) must give each case the
// result its expected-metadata.json promises. Cases that need extraction options the CLI does not
// expose (keepLede, keepCredits, forced site, maxElements) are the fixture suite's alone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runCli } from './run-cli.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures');

interface Expected {
  url: string;
  ok: boolean;
  error?: string;
  site?: string | null;
  title?: string;
  byline?: string | null;
  imageCount?: number;
  options?: object;
}

const cases = existsSync(FIXTURES)
  ? readdirSync(FIXTURES)
      .filter((site) => statSync(path.join(FIXTURES, site)).isDirectory())
      .flatMap((site) => readdirSync(path.join(FIXTURES, site)).map((name) => path.join(FIXTURES, site, name)))
      .filter((dir) => existsSync(path.join(dir, 'source.html')) && existsSync(path.join(dir, 'expected-metadata.json')))
      .map((dir) => ({ dir, name: path.relative(FIXTURES, dir), expected: JSON.parse(readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as Expected }))
      .filter((c) => !c.expected.options || Object.keys(c.expected.options).length === 0)
  : [];

let lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const input = cases.map((c) => JSON.stringify({ file: path.join(c.dir, 'source.html'), url: c.expected.url })).join('\n');
  const run = await runCli(['extract', '--batch'], { input, timeoutMs: 120_000 });
  expect(run.code).toBe(0);
  lines = jsonLines(run.stdout);
}, 150_000);

describe('qingyue extract --batch on the pipeline fixtures', () => {
  it('has fixture cases and answers each of them, in order', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(lines.map((l) => l.file)).toEqual(cases.map((c) => path.join(c.dir, 'source.html')));
  });

  for (const [i, c] of cases.entries()) {
    it(`${c.name}: ${c.expected.ok ? 'the expected article' : `fails with ${c.expected.error}`}`, () => {
      const line = lines[i]!;
      expect(line.ok).toBe(c.expected.ok);
      if (!c.expected.ok) {
        expect((line.error as { code: string }).code).toBe(c.expected.error);
        return;
      }
      const article = line.article as { site: string | null; title: string; byline: string | null; images: unknown[] };
      if (c.expected.site !== undefined) expect(line.site).toBe(c.expected.site);
      if (c.expected.title !== undefined) expect(article.title).toBe(c.expected.title);
      if (c.expected.byline !== undefined) expect(article.byline).toBe(c.expected.byline);
      if (c.expected.imageCount !== undefined) expect(article.images).toHaveLength(c.expected.imageCount);
    });
  }
});
