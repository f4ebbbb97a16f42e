// One saved article as Markdown: front matter, then the body. Either a zip with the images beside
// it (article.md + images/01.jpg …, what note apps import best) or one .md file with the images
// inlined as data: URIs.

import { zipSync, strToU8 } from 'fflate';
import type { Zippable } from 'fflate';
import type { ArticleBundle, ArticleRecord } from '../library/types';
import { dataUris } from './article-html';
import { extensionFor } from './file-names';
import { imageSources, replaceImageSources } from './html-images';
import { htmlToMarkdown, markdownUrl } from './markdown';

function frontMatter(record: ArticleRecord): string {
  const { article } = record;
  const fields: Array<[string, string | null]> = [
    ['title', article.title],
    ['author', article.byline],
    ['site', article.siteName],
    ['published', article.publishedTime],
    ['source', record.sourceUrl || article.url],
    ['saved', new Date(record.savedAt).toISOString()],
  ];
  // JSON strings are valid YAML double-quoted scalars: safe for colons, quotes, '#', emoji and CJK.
  return `---\n${fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n`;
}

/** The Markdown text, with each stored image's URL mapped by `resolve` (unmapped images keep their web URL). */
export function articleMarkdown(record: ArticleRecord, resolve: (src: string) => string | null | undefined): string {
  const { article } = record;
  const body = htmlToMarkdown(replaceImageSources(article.contentHtml, resolve));
  const lead = article.leadImage;
  const leadLine = lead && !imageSources(article.contentHtml).includes(lead) ? `![](${markdownUrl(resolve(lead) ?? lead)})\n\n` : '';
  return `${frontMatter(record)}\n# ${article.title}\n\n${leadLine}${body}\n`;
}

/** One .md file, images inlined as data: URIs (large, but a single self-contained file). */
export async function exportArticleMarkdown(bundle: ArticleBundle): Promise<string> {
  const inline = await dataUris(bundle.images);
  return articleMarkdown(bundle.record, (src) => inline.get(src));
}

/** A zip: article.md with relative links to images/NN.ext, the stored bytes beside it. */
export async function exportArticleMarkdownZip(bundle: ArticleBundle): Promise<Uint8Array<ArrayBuffer>> {
  const mtime = new Date(bundle.record.updatedAt);
  const images: Zippable = {};
  const paths = new Map<string, string>();
  for (const image of bundle.images) {
    if (!image.blob) continue;
    const path = `images/${String(image.index + 1).padStart(2, '0')}.${extensionFor(image.type ?? image.blob.type)}`;
    paths.set(image.url, path);
    // Images are already compressed: store them as they are.
    images[path] = [new Uint8Array(await image.blob.arrayBuffer()), { level: 0, mtime }];
  }
  const markdown = strToU8(articleMarkdown(bundle.record, (src) => paths.get(src)));
  return zipSync({ 'article.md': [markdown, { level: 6, mtime }], ...images });
}
