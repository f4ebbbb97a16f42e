// One saved article as a file the user keeps: self-contained HTML (images inlined) or a Markdown
// zip (article.md + images/). Shared by the library list and the reader's toolbar.

import { LibraryError } from '../../storage/library';
import type { Library } from '../../storage/library';
import { exportArticleHtml, exportArticleMarkdownZip, fileNameFor } from '../../storage/export';
import { downloadBlob } from './download';

export type ArticleExportFormat = 'html' | 'markdown';

/** Build the file from the stored bundle and start its download; resolves with the file name. */
export async function exportArticle(library: Pick<Library, 'getBundle'>, id: string, format: ArticleExportFormat): Promise<string> {
  const bundle = await library.getBundle(id);
  if (!bundle) throw new LibraryError('NOT_FOUND', 'This article is no longer in the library.');
  const title = bundle.record.article.title;
  if (format === 'html') {
    const html = await exportArticleHtml(bundle);
    const name = fileNameFor(title, 'html');
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), name);
    return name;
  }
  const zip = await exportArticleMarkdownZip(bundle);
  const name = fileNameFor(title, 'zip');
  downloadBlob(new Blob([zip], { type: 'application/zip' }), name);
  return name;
}
