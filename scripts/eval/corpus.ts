// Reads a corpus directory of Hexo posts (see ../shared/corpus/README.md): each `*.md` file is a
// blank line, YAML front matter, then the body HTML. index.json gives each file's source.
// The front matter is the small, regular subset Hexo writes for this mirror (scalars, quoted
// scalars and one list), parsed here instead of pulling a YAML dependency into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const WOSHIPM_SOURCE = '人人都是产品经理';

export interface CorpusPost {
  /** File name, e.g. woshipm-01.md. */
  file: string;
  /** Position in the corpus (sorted by file name): used to pick chrome content deterministically. */
  index: number;
  title: string;
  categories: string[];
  /** The feed name the mirror puts in `author` (never the writer). */
  feedAuthor: string;
  /** The date string as the front matter has it (RFC 822 or `YYYY-MM-DD HH:mm:ss`). */
  date: string;
  headimg: string | null;
  thumbnail: string | null;
  /** Source name from index.json (人人都是产品经理, Dockone 周报, ZAKER channel…). */
  source: string;
  isWoshipm: boolean;
  /** The post body exactly as the blog renders it. */
  bodyHtml: string;
}

interface IndexEntry {
  file: string;
  title: string;
  source: string;
}

export function loadCorpus(dir: string): CorpusPost[] {
  const indexPath = path.join(dir, 'index.json');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} not found: is ${dir} a corpus directory?`);
  const index = new Map((JSON.parse(readFileSync(indexPath, 'utf8')) as IndexEntry[]).map((entry) => [entry.file, entry]));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  return files.map((file, i) => {
    const entry = index.get(file);
    if (!entry) throw new Error(`${file} is not listed in ${indexPath}`);
    const { fields, body } = splitFrontMatter(readFileSync(path.join(dir, file), 'utf8'), file);
    const scalar = (key: string) => {
      const value = fields.get(key);
      return typeof value === 'string' && value !== '' ? value : null;
    };
    const title = scalar('title');
    if (!title) throw new Error(`${file}: front matter has no title`);
    const categories = fields.get('categories');
    return {
      file,
      index: i,
      title,
      categories: Array.isArray(categories) ? categories : [],
      feedAuthor: scalar('author') ?? '',
      date: scalar('date') ?? '',
      headimg: scalar('headimg'),
      thumbnail: scalar('thumbnail'),
      source: entry.source,
      isWoshipm: entry.source === WOSHIPM_SOURCE,
      bodyHtml: body,
    };
  });
}

function splitFrontMatter(text: string, file: string): { fields: Map<string, string | string[]>; body: string } {
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no YAML front matter`);
  const fields = new Map<string, string | string[]>();
  let list: string[] | null = null;
  for (const line of match[1]!.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && list) {
      list.push(unquote(item[1]!));
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!pair) throw new Error(`${file}: unsupported front matter line: ${line}`);
    const [, key, value] = pair as unknown as [string, string, string];
    if (value.trim() === '') {
      list = [];
      fields.set(key, list);
    } else {
      list = null;
      fields.set(key, unquote(value));
    }
  }
  return { fields, body: match[2]! };
}

function unquote(raw: string): string {
  const value = raw.trim();
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  return value;
}
