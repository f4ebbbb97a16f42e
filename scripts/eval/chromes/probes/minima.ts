// Probe layout: a Jekyll blog with the default minima theme (h-entry microformats, JSON-LD
// BlogPosting, an English site around a Chinese post, no category crumbs).
import type { Chrome } from '../shared.ts';
import { description, escapeHtml as e, postDate } from '../shared.ts';
export const minima: Chrome = {
  id: 'minima', label: 'Jekyll minima',
  render(post, site) {
    const url = `https://notes.example.io/${post.index}/`;
    const d = postDate(post.date);
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${e(post.title)} | Reading notes</title><meta name="generator" content="Jekyll v4.3.2"><meta property="og:title" content="${e(post.title)}"><meta property="og:locale" content="en_US"><meta name="description" content="${e(description(post))}"><meta property="og:site_name" content="Reading notes"><meta property="og:type" content="article"><meta property="article:published_time" content="${d.iso}"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":${JSON.stringify(post.title)},"datePublished":"${d.iso}","url":"${url}"}</script><link rel="stylesheet" href="/assets/main.css"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Reading notes</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper"><article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${e(post.title)}</h1><p class="post-meta"><time class="dt-published" datetime="${d.iso}" itemprop="datePublished">${d.ymd}</time></p></header>
<div class="post-content e-content" itemprop="articleBody">${post.bodyHtml}</div><div id="disqus_thread"></div><a class="u-url" href="${url}" hidden></a></article></div></main>
<footer class="site-footer h-card"><div class="wrapper"><h2 class="footer-heading">Reading notes</h2><div class="footer-col-wrapper"><div class="footer-col"><p>Things I read and want to keep. Subscribe via RSS.</p></div></div></div></footer></body></html>`;
    return { url, html, chromeText: ['Things I read and want to keep'] };
  },
};
