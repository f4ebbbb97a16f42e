// --batch is a stream: each result is written as soon as its input line is processed (a driver
// can feed one page at a time and wait for its answer), and a reader that goes away early is not
// an error.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, CLI } from './run-cli.ts';
import { englishArticlePage } from './sample-pages.ts';

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'qingyue-stream-'));
  writeFileSync(path.join(dir, 'a.html'), englishArticlePage());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('qingyue extract --batch as a stream', () => {
  it('answers each line while standard input is still open', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    for (let i = 0; i < 3; i++) {
      child.stdin.write(`${JSON.stringify({ file: 'a.html', url: `https://fieldnotes.example.com/${i}` })}\n`);
      const { value } = await answers.next();
      const line = JSON.parse(value as string) as { ok: boolean; article: { url: string } };
      expect(line.ok).toBe(true);
      expect(line.article.url).toBe(`https://fieldnotes.example.com/${i}`);
    }
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('stops quietly with exit 0 when the reader closes the pipe early', async () => {
    const child = spawn(process.execPath, [CLI, 'extract', '--batch'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const line = `${JSON.stringify({ file: 'a.html' })}\n`;
    child.stdin.on('error', () => {}); // the CLI may exit before it has read everything
    child.stdin.end(line.repeat(200));
    const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
    expect(JSON.parse(first)).toMatchObject({ file: 'a.html', ok: true });
    child.stdout.destroy();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
