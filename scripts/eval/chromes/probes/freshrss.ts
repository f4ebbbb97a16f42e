// Probe layout: a FreshRSS-like web feed reader (normal view, one entry opened among the stream's
// headlines, each headline with an unread icon and the feed's favicon). The page <title> is the
// reader's, not the post's; the author shown is the feed item's (the mirror's feed name).
import type { Chrome } from '../shared.ts';
import { description, escapeHtml as e, otherPosts, postDate } from '../shared.ts';
const ORIGIN = 'https://rss.example.org';
export const freshrss: Chrome = {
  id: 'freshrss', label: 'FreshRSS-like reader',
  render(post, site) {
    const url = `${ORIGIN}/i/?c=entry&get=c_3&id=${1600000000000 + post.index}`;
    const d = postDate(post.date);
    const others = otherPosts(site, post, 8, 2);
    const item = (p: typeof post, open: boolean) => `<div class="flux${open ? ' current active' : ' not_read'}" id="flux_${p.index}" data-entry="${p.index}">
<ul class="horizontal-list flux_header"><li class="item manage"><a class="read" href="./?c=entry&a=read&id=${p.index}"><img class="icon" src="../themes/icons/read.svg" alt="✇"></a></li>
<li class="item website"><a href="/i/?get=f_12"><img class="favicon" src="/f.php?h=abc" alt="✇"><span>${e(p.source)}</span></a></li>
<li class="item titleAuthorSummaryDate"><a target="_blank" rel="noreferrer" class="item-element title" href="https://www.woshipm.com/?p=${p.index}">${e(p.title)}<span class="summary">${e(description(p, 60))}</span></a></li>
<li class="item date"><time datetime="${postDate(p.date).iso}">${postDate(p.date).ymd}</time></li></ul>
${open ? `<div class="flux_content"><div class="content content_medium">
<header><div class="tags"><a href="/i/?get=t_1">RSS</a></div><h1 class="title"><a target="_blank" rel="noreferrer" class="go_website" href="https://www.woshipm.com/?p=${p.index}">${e(p.title)}</a></h1>
<div class="subtitle"><div class="website"><a href="/i/?get=f_12">${e(p.source)}</a></div><div class="author">作者 ${e(p.feedAuthor)}</div><div class="date"><time datetime="${d.iso}">${d.zh}</time></div></div></header>
<div class="text">${p.bodyHtml}</div>
</div><div class="bottom"><ul class="horizontal-list bottom"><li class="item"><a class="bookmark" href="#">收藏</a></li><li class="item share"><a href="#">分享</a></li><li class="item labels"><a href="#">标签</a></li></ul></div></div>` : ''}</div>`;
    const html = `<!DOCTYPE html><html lang="zh-cn" class="layout_normal"><head><meta charset="UTF-8"><meta name="viewport" content="initial-scale=1.0">
<link rel="stylesheet" href="../themes/Origine/origine.css"><title>(12) 全部 · 我的订阅 · FreshRSS</title><link rel="alternate" type="application/rss+xml" title="FreshRSS" href="/i/?a=rss"><meta name="robots" content="noindex,nofollow"></head>
<body class="normal"><header class="header"><div class="item title"><a href="./"><img class="logo" src="../themes/icons/FreshRSS-logo.svg" alt="FreshRSS"></a></div><div class="item search"><form action="./" method="get"><input type="search" name="search" placeholder="搜索"></form></div><div class="item configure"><a class="btn" href="/i/?c=index&a=about">关于 FreshRSS</a></div></header>
<main id="global"><nav class="aside aside_feed" id="aside_feed"><ul id="sidebar" class="tree"><li class="tree-folder category all"><a class="tree-folder-title" href="/i/">全部订阅 <span class="count">1203</span></a></li>
<li class="tree-folder category"><a class="tree-folder-title" href="/i/?get=c_3">产品 <span class="count">412</span></a><ul class="tree-folder-items"><li class="item feed"><a href="/i/?get=f_12">人人都是产品经理</a></li><li class="item feed"><a href="/i/?get=f_13">少数派</a></li><li class="item feed"><a href="/i/?get=f_14">Dockone 周报</a></li></ul></li></ul></nav>
<div id="stream" class="normal">
<div id="new-article"><a href="/i/?get=c_3">有 5 篇新文章</a></div><div class="day" id="day_today">今天 <span class="name">我的订阅</span></div>
${others.slice(0, 4).map((p) => item(p, false)).join('\n')}
${item(post, true)}
${others.slice(4).map((p) => item(p, false)).join('\n')}
<div id="stream-footer"><div class="stream-footer-inner"><button id="load_more" class="btn">加载更多文章</button></div></div></div></main>
<div id="nav_entries"><button class="previous_entry">上一篇</button><button class="up">回到顶部</button><button class="next_entry">下一篇</button></div>
<noscript><p class="alert alert-warn">FreshRSS 需要启用 JavaScript</p></noscript><script src="../scripts/main.js"></script></body></html>`;
    return { url, html, chromeText: ['加载更多文章', '有 5 篇新文章'] };
  },
};
