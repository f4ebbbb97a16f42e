// Exporting saved articles as files a person keeps: self-contained HTML, Markdown (zip with the
// images beside it, or one file with them inlined). Pure functions over a library bundle
// (library.getBundle(id)); the page turns the result into a download.
export { exportArticleHtml } from './article-html';
export type { HtmlExportOptions } from './article-html';
export { exportArticleMarkdown, exportArticleMarkdownZip, articleMarkdown } from './article-markdown';
export { replaceImageSources, imageSources } from './html-images';
export { fileNameFor, extensionFor } from './file-names';
export type { ExportLabels } from './labels';
