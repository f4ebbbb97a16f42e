// Command-line parsing: turns argv into one Command, or throws UsageError with a message a person
// can act on. node:util parseArgs in strict mode rejects unknown flags and missing values for us.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

export const FORMATS = ['json', 'html', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export type Command =
  | { kind: 'help'; topic: 'main' | 'extract' }
  | { kind: 'version' }
  | { kind: 'extract'; file: string; url: string | undefined; format: Format }
  | { kind: 'batch' };

export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h') return { kind: 'help', topic: 'main' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === 'help') {
    if (rest.length === 0) return { kind: 'help', topic: 'main' };
    if (rest.length === 1 && rest[0] === 'extract') return { kind: 'help', topic: 'extract' };
    throw new UsageError(`no help for "${rest.join(' ')}"`);
  }
  if (first === 'extract') return parseExtract(rest);
  if (first.startsWith('-')) throw new UsageError(`unknown option "${first}"`);
  throw new UsageError(`unknown command "${first}"`);
}

function parseExtract(args: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        batch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // parseArgs' messages are already specific ("Unknown option '--fomat'…"); keep only the first sentence.
    throw new UsageError(firstSentence(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help', topic: 'extract' };

  if (values.batch) {
    if (positionals.length) throw new UsageError(`--batch reads its files from standard input; unexpected argument "${positionals[0]}"`);
    if (values.url !== undefined) throw new UsageError('--url cannot be combined with --batch (give "url" on each input line)');
    if (values.format !== undefined && values.format !== 'json') throw new UsageError('--batch always writes JSON lines; --format is not supported with it');
    return { kind: 'batch' };
  }

  if (positionals.length === 0) throw new UsageError('missing FILE (or use --batch to read JSON lines from standard input)');
  if (positionals.length > 1) throw new UsageError(`extract takes one FILE; unexpected argument "${positionals[1]}"`);
  const format = values.format ?? 'json';
  if (!isFormat(format)) throw new UsageError(`unknown --format "${format}" (expected ${FORMATS.join(', ')})`);
  if (values.url !== undefined && !isAbsoluteUrl(values.url)) throw new UsageError(`--url must be an absolute URL, got "${values.url}"`);
  return { kind: 'extract', file: positionals[0]!, url: values.url, format };
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function firstSentence(message: string): string {
  const cut = message.search(/\. (?=[A-Z])/);
  return cut === -1 ? message : message.slice(0, cut + 1);
}

export const MAIN_HELP = `qingyue — extract clean articles from web pages (清阅 Qingyue command line)

Usage:
  qingyue extract FILE [--url URL] [--format json|html|markdown]
  qingyue extract --batch  < inputs.jsonl
  qingyue extract --help
  qingyue --help | --version

Commands:
  extract    Extract the article from a saved HTML page (see qingyue extract --help).

Exit codes:
  0  the command ran (with --batch: even when some pages failed; each failure is an output line)
  1  bad usage, or an unexpected internal error
  2  extract FILE ran but produced no article (the error code says why)
`;

export const EXTRACT_HELP = `Usage:
  qingyue extract FILE [--url URL] [--format json|html|markdown]
  qingyue extract --batch

Extracts the article from one saved HTML page with the same pipeline as the extension.

Options:
  --url URL        The page's address: resolves relative links and selects site rules.
                   Default: file:// plus the file's absolute path.
  --format FORMAT  json (default): the ExtractResult, pretty-printed.
                   html: a standalone clean page (no scripts).
                   markdown: front matter (title, author, date, url, site) and the body.
  --batch          Read JSON lines {"file": PATH, "url": URL} from standard input ("url" is
                   optional) and write one JSON line per input line, in order:
                     {"file", "ok": true, "site", "article", "timingsMs": {"detect", "extract", "total"}}
                     {"file", "ok": false, "error": {"code", "message"}}
                   Blank input lines are skipped. Error codes: READ_ERROR, BAD_INPUT, PARSE_ERROR,
                   TOO_LARGE, NO_ARTICLE. timingsMs.total covers reading, decoding, parsing and
                   extraction of that page.
  -h, --help       Show this help.

Files are decoded from their bytes: a byte-order mark, else <meta charset> (GBK, GB18030, Big5…),
else UTF-8. Files over 20 MiB are refused (TOO_LARGE) without being read.

Exit codes: 0 ok; 1 bad usage or unexpected error; 2 no article (the error goes to standard error;
with --format json the failure JSON is printed to standard output too).
`;
