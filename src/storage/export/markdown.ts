// Article HTML → Markdown with turndown: ATX headings, fenced code, simple tables as GFM tables
// (tables GFM cannot express stay HTML, which Markdown renderers show), images as ![alt](url).

import TurndownService from 'turndown';

/** Spaces and parentheses would end a Markdown link destination early. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
}

export function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    hr: '---',
  });
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const element = node as HTMLElement;
      const src = element.getAttribute('src');
      if (!src) return '';
      const alt = (element.getAttribute('alt') ?? '').replace(/[\[\]\\]/g, '\\$&').replace(/\s+/g, ' ').trim();
      return `![${alt}](${markdownUrl(src)})`;
    },
  });
  service.addRule('gfmTable', {
    filter: (node) => node.nodeName === 'TABLE' && isSimpleTable(node),
    replacement: (_content, node) => `\n\n${gfmTable(service, node)}\n\n`,
  });
  service.keep((node) => node.nodeName === 'TABLE');
  return service;
}

function isSimpleTable(table: HTMLElement): boolean {
  if (table.querySelector('table') || !table.querySelector('tr')) return false;
  return Array.from(table.querySelectorAll('td, th')).every(
    (cell) => Number(cell.getAttribute('colspan') || 1) <= 1 && Number(cell.getAttribute('rowspan') || 1) <= 1,
  );
}

function gfmTable(service: TurndownService, table: HTMLElement): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children)
      .filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH')
      .map((cell) => service.turndown(cell.innerHTML).trim().replace(/\s*\n+\s*/g, '<br>').replace(/\|/g, '\\|')),
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  // GFM needs a header row; a table without <th> uses its first row, as the page shows it on top.
  const [header = [], ...body] = rows;
  return [line(header), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

export function htmlToMarkdown(html: string): string {
  return createTurndown().turndown(html).trim();
}
