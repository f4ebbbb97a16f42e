// Help, version and usage errors: bad usage is a clear message on stderr and exit 1.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.ts';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('qingyue help and version', () => {
  it('prints the main help with the commands and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('qingyue extract FILE');
    expect(run.stdout).toContain('--batch');
    expect(run.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
  });

  it('prints the extract help with every option', async () => {
    for (const args of [['extract', '--help'], ['help', 'extract'], ['extract', '-h']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      for (const option of ['--url', '--format', '--batch', 'READ_ERROR', 'TOO_LARGE']) expect(run.stdout).toContain(option);
    }
  });

  it('prints the package version', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});

describe('qingyue usage errors', () => {
  const cases: [string[], RegExp][] = [
    [[], /missing command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--frobnicate'], /unknown option "--frobnicate"/],
    [['extract'], /missing FILE/],
    [['extract', 'a.html', 'b.html'], /one FILE/],
    [['extract', 'a.html', '--format', 'pdf'], /unknown --format "pdf"/],
    [['extract', 'a.html', '--format'], /--format/],
    [['extract', 'a.html', '--fomat', 'html'], /--fomat/],
    [['extract', 'a.html', '--url', 'example.com/page'], /--url must be an absolute URL/],
    [['extract', '--batch', 'a.html'], /--batch reads its files from standard input/],
    [['extract', '--batch', '--format', 'html'], /--batch always writes JSON lines/],
    [['extract', '--batch', '--url', 'https://example.com/'], /--url cannot be combined with --batch/],
  ];
  for (const [args, message] of cases) {
    it(`rejects: qingyue ${args.join(' ') || '(nothing)'}`, async () => {
      const run = await runCli(args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('qingyue --help');
    });
  }
});
