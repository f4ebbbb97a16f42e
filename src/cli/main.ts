// `qingyue`: the Node command line around the same extraction core as the extension.
// Exit codes: 0 ok · 1 bad usage or unexpected error · 2 `extract FILE` produced no article.
import path from 'node:path';
import { version } from '../../package.json';
import { EXTRACT_HELP, MAIN_HELP, parseCommand, type Command, type Format } from './args.ts';
import { runBatch, defaultUrl } from './batch.ts';
import { EXIT, UsageError } from './errors.ts';
import { extractFile, type PageOutcome } from './extract-page.ts';
import { renderHtmlPage } from './formats/html.ts';
import { renderMarkdown } from './formats/markdown.ts';

async function main(argv: readonly string[]): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`qingyue: ${error.message}\nRun "qingyue --help" for usage.\n`);
    return EXIT.USAGE;
  }
  switch (command.kind) {
    case 'help':
      process.stdout.write(command.topic === 'extract' ? EXTRACT_HELP : MAIN_HELP);
      return EXIT.OK;
    case 'version':
      process.stdout.write(`${version}\n`);
      return EXIT.OK;
    case 'batch':
      await runBatch(process.stdin, process.stdout);
      return EXIT.OK;
    case 'extract': {
      const file = path.resolve(command.file);
      const outcome = await extractFile(file, command.url ?? defaultUrl(file));
      return printOutcome(outcome, command.format);
    }
  }
}

function printOutcome(outcome: PageOutcome, format: Format): number {
  if (!outcome.ok) {
    // The json format is for programs: they get the failure on stdout too, in the same shape as a success.
    if (format === 'json') process.stdout.write(`${JSON.stringify({ ok: false, error: outcome.error }, null, 2)}\n`);
    process.stderr.write(`qingyue: ${outcome.error.code}: ${outcome.error.message}\n`);
    return EXIT.NO_RESULT;
  }
  const { article } = outcome;
  if (format === 'json') process.stdout.write(`${JSON.stringify({ ok: true, article }, null, 2)}\n`);
  else if (format === 'html') process.stdout.write(renderHtmlPage(article));
  else process.stdout.write(renderMarkdown(article));
  return EXIT.OK;
}

// A reader that goes away early (`qingyue extract --batch < in | head -1`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.OK);
  process.stderr.write(`qingyue: cannot write output: ${error.message}\n`);
  process.exit(EXIT.USAGE);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`qingyue: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.USAGE;
  },
);
