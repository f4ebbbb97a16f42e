// `--format html`: one self-contained, script-free page a person can open or archive. The body is
// the pipeline's sanitised contentHtml; everything this file adds is escaped text. A restrictive
// Content-Security-Policy makes the page inert even if a future pipeline bug let markup through.
import { JSDOM } from 'jsdom';
import type { Article } from '../../core/article.ts';
import { displayDate, leadImageToShow, readingTimeLabel, sourceLinkLabel } from './meta.ts';

const CSP = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'";

export function renderHtmlPage(article: Article): string {
  const { lede, body, credits } = splitBody(article.contentHtml);
  const lead = leadImageToShow(article);
  const date = displayDate(article.publishedTime);
  const meta = [
    article.byline ? `<span class="author">${escapeHtml(article.byline)}</span>` : '',
    article.siteName ? `<span class="site">${escapeHtml(article.siteName)}</span>` : '',
    date ? `<time datetime="${escapeHtml(article.publishedTime ?? date)}">${date}</time>` : '',
    `<span class="reading">${escapeHtml(readingTimeLabel(article))}</span>`,
  ].filter(Boolean);

  return `<!doctype html>
<html lang="${escapeHtml(article.lang || 'und')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Qingyue">
<title>${escapeHtml(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="qy-page">
<article>
<header>
<h1>${escapeHtml(article.title)}</h1>
<p class="qy-meta">${meta.join('<span class="sep" aria-hidden="true"> · </span>')}</p>
</header>
${lede}
${lead ? `<figure class="qy-lead"><img src="${escapeHtml(lead)}" alt=""></figure>` : ''}
<div class="qy-body">
${body}
</div>
${credits}
<p class="qy-source"><a href="${escapeHtml(article.url)}" rel="noopener noreferrer">${sourceLinkLabel(article)}</a> <span>${escapeHtml(article.url)}</span></p>
</article>
</main>
</body>
</html>
`;
}

/** Takes the lede (first element) and the credits footer (last element) out of the body, so the page can place them. */
function splitBody(contentHtml: string): { lede: string; body: string; credits: string } {
  const fragment = JSDOM.fragment(contentHtml);
  let lede = '';
  let credits = '';
  const first = fragment.firstElementChild;
  if (first?.matches('blockquote.qy-lede')) {
    lede = first.outerHTML;
    first.remove();
  }
  const last = fragment.lastElementChild;
  if (last?.matches('footer.qy-credits')) {
    credits = last.outerHTML;
    last.remove();
  }
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return { lede, body: holder.innerHTML, credits };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// CJK-first typography: Chinese system fonts before Latin fallbacks, generous line height,
// a measure of ~36 CJK characters, images that never overflow, tables that scroll.
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #656d76; --bg: #fdfdfb; --rule: #e5e5e0; --accent: #0b6e4f; --quote: #f4f4ef; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e6e3; --muted: #9a9a96; --bg: #1b1c1e; --rule: #34363a; --accent: #6fcf97; --quote: #242528; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.8 "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", system-ui, -apple-system, "Segoe UI", sans-serif; text-spacing-trim: space-first; text-autospace: normal; overflow-wrap: break-word; }
.qy-page { max-width: 40em; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 1.75em; line-height: 1.4; margin: 0 0 .5em; }
h2 { font-size: 1.35em; line-height: 1.5; margin: 2em 0 .6em; }
h3, h4 { font-size: 1.12em; line-height: 1.6; margin: 1.6em 0 .5em; }
p, ul, ol, pre, table, figure, blockquote { margin: 0 0 1.1em; }
a { color: var(--accent); text-underline-offset: .2em; }
img, video { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figure { margin-left: 0; margin-right: 0; }
.qy-meta { color: var(--muted); font-size: .85em; margin: 0 0 2em; }
blockquote { margin-left: 0; padding: .6em 1em; border-left: 4px solid var(--rule); background: var(--quote); }
blockquote.qy-lede { border-left-color: var(--accent); font-size: .95em; color: var(--muted); }
.qy-lead { margin-bottom: 1.5em; }
pre { overflow-x: auto; padding: 1em; background: var(--quote); font-size: .85em; line-height: 1.6; }
code { font-family: ui-monospace, "SFMono-Regular", "Sarasa Mono SC", Menlo, Consolas, monospace; font-size: .9em; }
table { display: block; overflow-x: auto; border-collapse: collapse; font-size: .9em; }
th, td { border: 1px solid var(--rule); padding: .35em .7em; }
.qy-embed a { display: inline-block; padding: .4em .9em; border: 1px solid var(--rule); border-radius: 6px; text-decoration: none; }
footer.qy-credits { margin-top: 2.5em; padding-top: 1em; border-top: 1px solid var(--rule); color: var(--muted); font-size: .85em; }
.qy-source { margin-top: 2em; font-size: .85em; color: var(--muted); overflow-wrap: anywhere; }
.qy-source span { margin-left: .5em; }
`.trim();
