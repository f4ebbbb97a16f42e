// One saved article as a single self-contained HTML file: every stored image inlined as a data:
// URI, the reader's typography inline, no script (and a Content-Security-Policy that would block
// one), a generator mark and a link to the original page. Opens offline in any browser.

import type { ArticleBundle, ImageRecord } from '../library/types';
import { blobToDataUri } from './base64';
import { EXPORT_CSS } from './export-css';
import { escapeAttribute, escapeText, imageSources, replaceImageSources } from './html-images';
import { isoDay, labelsFor } from './labels';
import type { ExportLabels } from './labels';

export interface HtmlExportOptions {
  labels?: Partial<ExportLabels>;
}

/** Images stay inside the file; links may point anywhere; nothing may run. */
const CSP = "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Stored images as data: URIs by the URL the HTML uses. */
export async function dataUris(images: readonly ImageRecord[]): Promise<Map<string, string>> {
  const entries = await Promise.all(
    images.flatMap((image) => (image.blob ? [blobToDataUri(image.blob, image.type ?? image.blob.type).then((uri) => [image.url, uri] as const)] : [])),
  );
  return new Map(entries);
}

/** Tables scroll inside their own box instead of widening the page. */
function wrapTables(html: string): string {
  return html.replace(/<table\b/gi, '<div class="qy-table-scroll"><table').replace(/<\/table>/gi, '</table></div>');
}

export function metaLine(parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .map((part) => `<span>${escapeText(part)}</span>`)
    .join(' · ');
}

export async function exportArticleHtml(bundle: ArticleBundle, options: HtmlExportOptions = {}): Promise<string> {
  const { record, images } = bundle;
  const { article } = record;
  const labels = labelsFor(article.lang, options.labels);
  const inline = await dataUris(images);
  const body = wrapTables(replaceImageSources(article.contentHtml, (src) => inline.get(src)));

  const lead = article.leadImage;
  const leadInBody = lead !== null && imageSources(article.contentHtml).includes(lead);
  const leadHtml =
    lead && !leadInBody
      ? `<figure class="qy-lead-image"><img src="${escapeAttribute(inline.get(lead) ?? lead)}" alt="${escapeAttribute(labels.leadImage)}"></figure>\n`
      : '';
  const source = record.sourceUrl || article.url;
  const meta = metaLine([article.byline, article.siteName, isoDay(article.publishedTime), labels.readingTime(article.readingMinutes)]);
  const savedOn = labels.savedOn(isoDay(record.savedAt) ?? '');

  return `<!DOCTYPE html>
<html lang="${escapeAttribute(article.lang || 'und')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Qingyue">
<title>${escapeText(article.title)}</title>
<link rel="canonical" href="${escapeAttribute(article.canonicalUrl ?? source)}">
<style>
${EXPORT_CSS}
</style>
</head>
<body>
<article class="qy-article" lang="${escapeAttribute(article.lang || 'und')}">
<header class="qy-article-header">
<h1 class="qy-title">${escapeText(article.title)}</h1>
${meta ? `<p class="qy-meta">${meta}</p>\n` : ''}</header>
${leadHtml}<div class="qy-content">
${body}
</div>
<p class="qy-source">${escapeText(labels.original)}: <a href="${escapeAttribute(source)}" rel="noreferrer">${escapeText(source)}</a><br>${escapeText(savedOn)}</p>
</article>
</body>
</html>
`;
}
