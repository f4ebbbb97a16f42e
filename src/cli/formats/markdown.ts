// `--format markdown`: YAML front matter (title, author, date, url, site) then the body converted
// by turndown. Simple tables become GFM tables; tables GFM cannot express (merged cells, nested
// tables) stay as HTML, which every Markdown renderer shows. Images are kept as ![alt](src).
import TurndownService from 'turndown';
import type { Article } from '../../core/article.ts';
import { leadImageToShow } from './meta.ts';

export function renderMarkdown(article: Article): string {
  const service = createTurndown();
  const lead = leadImageToShow(article);
  const body = service.turndown(article.contentHtml).trim();
  return `${frontMatter(article)}\n${lead ? `![](${markdownUrl(lead)})\n\n` : ''}${body}\n`;
}

function frontMatter(article: Article): string {
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['author', article.byline],
    ['date', article.publishedTime],
    ['url', article.url],
    ['site', article.siteName],
  ];
  // JSON strings are valid YAML double-quoted scalars: safe for colons, quotes, '#', emoji and CJK.
  const lines = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  service.addRule('gfmTable', {
    filter: (node) => node.nodeName === 'TABLE' && isSimpleTable(node),
    replacement: (_content, node) => `\n\n${gfmTable(service, node)}\n\n`,
  });
  service.keep((node) => node.nodeName === 'TABLE');
  return service;
}

function isSimpleTable(table: HTMLElement): boolean {
  if (table.querySelector('table')) return false;
  for (const cell of Array.from(table.querySelectorAll('td, th'))) {
    if (Number(cell.getAttribute('colspan') || 1) > 1 || Number(cell.getAttribute('rowspan') || 1) > 1) return false;
  }
  return table.querySelector('tr') !== null;
}

function gfmTable(service: TurndownService, table: HTMLElement): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children)
      .filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH')
      .map((cell) => cellText(service, cell)),
  );
  const width = Math.max(...rows.map((row) => row.length));
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill('')];
  // GFM needs a header row; a table without <th> uses its first row, as the page shows it on top.
  const [header = [], ...body] = rows;
  const line = (cells: string[]) => `| ${pad(cells).join(' | ')} |`;
  return [line(header), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function cellText(service: TurndownService, cell: Element): string {
  return service
    .turndown(cell.innerHTML)
    .trim()
    .replace(/\s*\n+\s*/g, '<br>')
    .replace(/\|/g, '\\|');
}

/** Spaces and parentheses would end a Markdown link destination early. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()]/g, (c) => encodeURIComponent(c));
}
