// Chrome (d): a reading site built as a React/Next.js app with CSS-in-JS (emotion-style hashed
// class names such as `css-1xjd7w0`), the way Jianshu-like platforms and modern RSS readers render
// a mirrored post. The class names carry no meaning at all: the only structure a reader can rely
// on is the HTML5 elements real apps still use (header/nav, main, article, section, aside,
// footer), headings such as 全部评论 / 推荐阅读, and the page metadata. Next.js also embeds the
// page's data (with the post HTML) in a JSON script. This is the hardest of the four chromes.
import type { CorpusPost } from '../corpus.ts';
import {
  allCategories, categoryPath, commentsFor, commentText, escapeHtml as e, hash, neighbours, otherPosts, postDate,
  relatedPosts, addDays, type Chrome,
} from './shared.ts';

const ORIGIN = 'https://www.jiandu-rss.cn';
const SITE = '简读 RSS';
const TEXT = {
  follow: '关注订阅源',
  disclaimer: '所有内容来自公开订阅源，简读仅提供排版与阅读服务',
  feedStats: '篇文章 · 3.2 万人订阅',
  allComments: '全部评论',
  recommend: '推荐阅读',
  hotFeeds: '热门订阅源',
  latest: '最新收录',
  app: '扫码下载简读 App，随时随地阅读',
  footer: '关于简读 · 联系我们 · 加入我们 · 帮助中心',
  commentBox: '写下你的评论…',
};

/** Deterministic emotion-style class name: meaningless to a reader, stable across runs. */
const css = (role: string) => `css-${hash(`jiandu:${role}`).toString(36).slice(0, 7)}`;

export function hashedPermalink(post: CorpusPost): string {
  return `${ORIGIN}/p/${hash(post.file).toString(16).slice(0, 12)}`;
}

export const hashed: Chrome = {
  id: 'hashed',
  label: 'React app with hashed CSS-in-JS classes (Jianshu-like)',
  render(post, site) {
    const url = hashedPermalink(post);
    const d = postDate(post.date);
    const cats = categoryPath(post);
    const comments = commentsFor(post);
    const related = relatedPosts(site, post, 4);
    const recent = otherPosts(site, post, 6, 5);
    const { next } = neighbours(site, post);
    const chars = post.bodyHtml.replace(/<[^>]+>/g, '').replace(/\s+/g, '').length;
    const nextData = {
      props: {
        pageProps: {
          post: { slug: new URL(url).pathname.split('/').pop(), title: post.title, feed: post.feedAuthor, categories: cats, publishedAt: d.iso, wordage: chars, content: post.bodyHtml },
        },
        __N_SSP: true,
      },
      page: '/p/[slug]',
      query: { slug: new URL(url).pathname.split('/').pop() },
      buildId: 'k3Fq9xYw2sQpL0aZ',
      isFallback: false,
      gssp: true,
      scriptLoader: [],
    };
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>${e(post.title)} - ${SITE}</title>
<meta name="description" content="${e(post.title)}">
<meta property="og:site_name" content="${SITE}">
<meta property="og:type" content="article">
<meta property="og:title" content="${e(post.title)}">
<meta property="og:url" content="${url}">
${post.thumbnail ? `<meta property="og:image" content="${e(post.thumbnail)}">` : ''}
<link rel="preload" href="/_next/static/css/9d1f2a7c4e5b.css" as="style">
<link rel="stylesheet" href="/_next/static/css/9d1f2a7c4e5b.css" data-n-g="">
<style data-emotion="css" data-s="">.${css('page')}{min-height:100vh;background:#f9f9f9}.${css('row')}{display:flex;gap:24px;max-width:1000px;margin:72px auto 0}.${css('main')}{flex:1;min-width:0}.${css('card')}{background:#fff;border-radius:4px;padding:24px;margin-bottom:10px}.${css('title')}{font-size:30px;font-weight:700;word-break:break-word;margin:0 0 12px}.${css('side')}{width:260px;flex-shrink:0}.${css('body')}{font-size:16px;line-height:1.8;color:#404040}.${css('body')} img{max-width:100%}.${css('nav')}{display:flex;gap:20px}.${css('muted')}{color:#969696;font-size:13px}@media (max-width:768px){.${css('side')}{display:none}}</style>
<noscript data-n-css=""></noscript>
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3b0e8f2a9c1d.js" defer></script>
<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer></script>
<script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer></script>
<script src="/_next/static/chunks/pages/p/%5Bslug%5D-7f3b1c2d.js" defer></script>
</head>
<body>
<div id="__next">
<div class="${css('page')}">
<header class="${css('header')}"><div class="${css('header-in')}"><a href="/" class="${css('logo')}" aria-label="${SITE}"><svg width="78" height="32" viewBox="0 0 78 32" aria-hidden="true"><path d="M4 6h14v20H4z"/></svg></a>
<nav class="${css('nav')}"><a href="/" class="${css('nav-a')}">首页</a><a href="/feeds" class="${css('nav-a')}">订阅源</a><a href="/explore" class="${css('nav-a')}">发现</a><a href="/apps" class="${css('nav-a')}">下载 App</a></nav>
<div class="${css('search')}"><input type="text" placeholder="搜索" class="${css('search-in')}"><button class="${css('search-btn')}" aria-label="搜索"><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="6"/></svg></button></div>
<a href="/sign_in" class="${css('login')}">登录</a><a href="/sign_up" class="${css('signup')}">注册</a></div></header>
<div class="${css('row')}">
<main class="${css('main')}">
<section class="${css('card')}">
<h1 class="${css('title')}" title="${e(post.title)}">${e(post.title)}</h1>
<div class="${css('author-row')}"><a href="/u/${hash(post.feedAuthor).toString(36)}" class="${css('avatar-a')}"><img class="${css('avatar')}" src="https://upload.jiandu-rss.cn/feeds/${hash(post.feedAuthor).toString(36)}.png" alt="${e(post.feedAuthor)}"></a><div class="${css('author-col')}"><div class="${css('author-name')}"><span><a href="/u/${hash(post.feedAuthor).toString(36)}" class="${css('author-a')}">${e(post.feedAuthor)}</a></span><button type="button" class="${css('follow')}">${TEXT.follow}</button></div><div class="${css('muted')}"><time datetime="${d.iso}">${d.ymd.replace(/-/g, '.')} ${d.hm}</time><span>字数 ${chars.toLocaleString('en-US')}</span><span>阅读 ${(300 + (hash(post.title) % 5000)).toLocaleString('en-US')}</span></div></div></div>
<div class="${css('crumbs')}">${cats.map((c, i) => `<a href="/c/${cats.slice(0, i + 1).map(encodeURIComponent).join('/')}" class="${css('crumb')}">${e(c)}</a>`).join('<span class="' + css('crumb-sep') + '">/</span>')}</div>
<article class="${css('body')}">${post.bodyHtml}</article>
<div class="${css('actions')}"><button type="button" class="${css('like')}"><svg width="16" height="16" aria-hidden="true"><path d="M1 7h3v8H1z"/></svg><span>赞 ${hash(post.file) % 90}</span></button><button type="button" class="${css('fav')}">收藏</button><button type="button" class="${css('share')}">分享</button></div>
<p class="${css('muted')}">${TEXT.disclaimer}</p>
<div class="${css('feed-card')}"><img src="https://upload.jiandu-rss.cn/feeds/${hash(post.feedAuthor).toString(36)}.png" alt="" class="${css('feed-img')}"><div><a href="/u/${hash(post.feedAuthor).toString(36)}">${e(post.feedAuthor)}</a><p class="${css('muted')}">${(4000 + (hash(post.feedAuthor) % 9000)).toLocaleString('en-US')} ${TEXT.feedStats}</p></div><button type="button" class="${css('subscribe')}">+ 订阅</button></div>
${next ? `<a href="${hashedPermalink(next)}" class="${css('next')}"><span class="${css('muted')}">下一篇</span><span>${e(next.title)}</span></a>` : ''}
</section>
<section class="${css('card')}">
<h3 class="${css('h3')}"><span>${TEXT.allComments}</span><span class="${css('count')}">${comments.length}</span></h3>
<div class="${css('editor')}"><img src="https://upload.jiandu-rss.cn/avatar/default.png" alt="" class="${css('me')}"><textarea class="${css('textarea')}" placeholder="${TEXT.commentBox}"></textarea></div>
${comments
  .map((c, i) => {
    const when = addDays(d.iso, c.after);
    const reply = c.reply ? `<div class="${css('reply')}"><a href="/u/owner">${e(c.reply.nick)}</a>：<span>${e(c.reply.text)}</span><div class="${css('muted')}">${addDays(d.iso, c.after + 1).ymd}</div></div>` : '';
    return `<div class="${css('comment')}"><img src="https://upload.jiandu-rss.cn/avatar/${hash(c.nick).toString(36)}.jpg" alt="" class="${css('c-avatar')}"><div class="${css('c-main')}"><div class="${css('c-head')}"><a href="/u/${hash(c.nick).toString(36)}" class="${css('c-nick')}">${e(c.nick)}</a></div><div class="${css('muted')}">${i + 1}楼 · ${when.ymd} ${when.hm}</div><div class="${css('c-text')}">${e(c.text)}</div><div class="${css('c-tools')}"><span>赞</span><span>回复</span></div>${reply}</div></div>`;
  })
  .join('\n')}
</section>
<section class="${css('card')}">
<h3 class="${css('h3')}">${TEXT.recommend}</h3>
${related.map((r) => `<div class="${css('rec')}"><a href="${hashedPermalink(r)}" class="${css('rec-a')}">${e(r.title)}</a><div class="${css('muted')}"><span>${e(r.feedAuthor)}</span><span>阅读 ${(100 + (hash(r.file) % 4000)).toLocaleString('en-US')}</span></div></div>`).join('\n')}
</section>
</main>
<aside class="${css('side')}">
<section class="${css('side-card')}"><h3 class="${css('side-h')}">${TEXT.hotFeeds}</h3><ul class="${css('ul')}">${allCategories(site).map((c) => `<li><a href="/c/${c.path.map(encodeURIComponent).join('/')}">${e(c.path[c.path.length - 1]!)}</a><span class="${css('muted')}">${c.count}</span></li>`).join('')}</ul></section>
<section class="${css('side-card')}"><h3 class="${css('side-h')}">${TEXT.latest}</h3><ul class="${css('ul')}">${recent.map((r) => `<li><a href="${hashedPermalink(r)}">${e(r.title)}</a></li>`).join('')}</ul></section>
<section class="${css('side-card')}"><img src="https://upload.jiandu-rss.cn/app/qr.png" alt="" width="120" height="120"><p class="${css('muted')}">${TEXT.app}</p></section>
</aside>
</div>
<footer class="${css('footer')}"><div>${TEXT.footer}</div><div class="${css('muted')}">©2022 ${SITE} · 沪ICP备2021034567号-2</div></footer>
</div>
</div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(nextData).replace(/</g, '\\u003c')}</script>
</body>
</html>
`;
    return {
      url,
      html,
      chromeText: [
        TEXT.follow, TEXT.disclaimer, TEXT.feedStats, TEXT.allComments, TEXT.recommend, TEXT.hotFeeds, TEXT.latest, TEXT.app, TEXT.footer,
        ...related.map((p) => p.title), ...recent.map((p) => p.title), ...(next ? [next.title] : []), ...commentText(comments),
      ],
    };
  },
};
