// Chrome (a): Hexo + theme Volantis 5, the theme of the real mirror the corpus comes from.
// Structure and class names follow Volantis' templates: l_header navigation, the article card
// (`article#post` with `.article-meta`: title, the front-matter author as Volantis shows it,
// category crumbs, date), the post body straight inside the card, licence and share sections,
// prev/next cards, related posts, Waline comments as rendered, and the l_side sidebar (blogger card,
// ALL categories with counts, tag cloud, recent posts), footer, inline config and scripts.
import type { CorpusPost } from '../corpus.ts';
import {
  allCategories, categoryPath, commentsFor, commentText, description, escapeHtml as e, hexoPermalink, neighbours,
  otherPosts, postDate, relatedPosts, TAG_CLOUD, tagsFor, addDays, hash, type Chrome, type ChromePage, type SiteContext,
} from './shared.ts';

const ORIGIN = 'https://rss.tangshuiwu.cn';
const SITE = '资讯聚合';
const TEXT = {
  tagline: '一个用 Hexo 搭建、每两小时自动同步一次的 RSS 阅读站',
  license: '本页内容由 RSS 自动抓取自原站点，版权归原作者所有，仅作个人阅读聚合之用；如有侵权请联系站长删除。',
  shareQr: '微信扫一扫：分享到朋友圈',
  related: '看完这篇，你可能还想读',
  commentsEmpty: '还没有想说的？那就先去看看别的文章吧',
  footerNote: '本站内容均来自公开 RSS 源，仅供学习交流，不代表本站立场。',
  themeNote: '本站使用 Volantis 作为主题，托管于 Vercel。',
  visits: '本站总访问量',
  poem: '山重水复疑无路，柳暗花明又一村。',
  search: '搜索订阅内容…',
};

export const volantis: Chrome = {
  id: 'volantis',
  label: 'Hexo Volantis (the real mirror)',
  render(post, site) {
    const url = hexoPermalink(ORIGIN, post);
    const d = postDate(post.date);
    const cats = categoryPath(post);
    const { prev, next } = neighbours(site, post);
    const related = relatedPosts(site, post, 4);
    const comments = commentsFor(post);
    const recent = otherPosts(site, post, 6);
    const words = (post.bodyHtml.replace(/<[^>]+>/g, '').replace(/\s+/g, '').length / 1000).toFixed(1);
    const head = `
  <meta name="description" content="${e(description(post))}">
  <meta name="keywords" content="${e(tagsFor(post).join(','))}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${e(post.title)}">
  <meta property="og:url" content="${url}">
  <meta property="og:site_name" content="${SITE}">
  <meta property="og:description" content="${e(description(post))}">
  <meta property="og:locale" content="zh_CN">
  ${post.headimg ? `<meta property="og:image" content="${e(post.headimg)}">` : ''}
  <meta property="article:published_time" content="${d.iso}">
  <meta property="article:modified_time" content="${d.iso}">
  <meta property="article:author" content="${e(post.feedAuthor)}">
  ${tagsFor(post).map((t) => `<meta property="article:tag" content="${e(t)}">`).join('\n  ')}
  <meta name="twitter:card" content="summary">
  ${post.thumbnail ? `<meta name="twitter:image" content="${e(post.thumbnail)}">` : ''}`;
    const main = `
        <div id="l_main" class="">
          <article itemscope itemtype="http://schema.org/Article" class="article post white-box reveal md shadow article-type-post" id="post" itemprop="blogPost">
            ${post.headimg ? `<div class="headimg-div"><img class="headimg" src="${e(post.headimg)}" alt="${e(post.title)}" referrerpolicy="no-referrer"></div>` : ''}
            <div class="article-meta" id="top">
              <h1 class="title">${e(post.title)}</h1>
              <div class="new-meta-box">
                <div class="new-meta-item author"><a class="author" href="/" rel="nofollow"><img no-lazy src="/images/avatar/rss.png"><p>${e(post.feedAuthor)}</p></a></div>
                <div class="new-meta-item category"><a class="notlink"><i class="fa-solid fa-folder-open fa-fw" aria-hidden="true"></i>${cats
                  .map((c, i) => `<a class="category-link" href="/categories/${cats.slice(0, i + 1).map(encodeURIComponent).join('/')}/">${e(c)}</a>`)
                  .join('<span class="sep"></span>')}</a></div>
                <div class="new-meta-item date"><a class="notlink"><i class="fa-solid fa-calendar-alt fa-fw" aria-hidden="true"></i><p>发布于：${d.zh}</p></a></div>
                <div class="new-meta-item wordcount"><a class="notlink"><i class="fa-solid fa-keyboard fa-fw" aria-hidden="true"></i><p>字数：${words}k</p></a></div>
                <div class="new-meta-item browse leancloud"><a class="notlink"><div id="lc-pv" data-title="${e(post.title)}" data-path="${e(new URL(url).pathname)}"><i class="fa-solid fa-eye fa-fw" aria-hidden="true"></i><span id="number">${200 + (hash(post.file) % 3000)}</span>&nbsp;次浏览</div></a></div>
              </div>
            </div>
            <div id="layoutHelper-page"></div>
${post.bodyHtml}
            <div class="article-footer reveal fs14">
              <section id="license">
                <div class="header"><span>许可协议</span></div>
                <div class="body"><p>${TEXT.license}</p></div>
              </section>
              <section id="share">
                <div class="header"><span>分享文章</span></div>
                <div class="body">
                  <div class="link"><input class="copy-area" readonly="true" id="copy-link" value="${url}" /><button class="copy-btn" data-clipboard-target="#copy-link">复制链接</button></div>
                  <div class="social-wrapper">
                    <a href="https://service.weibo.com/share/share.php?url=${encodeURIComponent(url)}&title=${encodeURIComponent(post.title)}" class="social fa-brands fa-weibo flat-btn" target="_blank" rel="external nofollow noopener noreferrer" title="分享到微博"></a>
                    <a class="social fa-brands fa-weixin flat-btn" onclick="volantis.share.wechat()" title="分享到微信"></a>
                    <a href="https://connect.qq.com/widget/shareqq/index.html?url=${encodeURIComponent(url)}" class="social fa-brands fa-qq flat-btn" target="_blank" rel="external nofollow noopener noreferrer" title="分享到 QQ"></a>
                  </div>
                  <div class="qrcode hidden"><img src="https://api.qrserver.com/v1/create-qr-code/?size=160x160&data=${encodeURIComponent(url)}" alt="QR"><p>${TEXT.shareQr}</p></div>
                </div>
              </section>
            </div>
            <div class="new-meta-box">
              <div class="new-meta-item meta-tags"><a class="tag" href="/tags/${encodeURIComponent(tagsFor(post)[0]!)}/" rel="nofollow"><i class="fa-solid fa-hashtag fa-fw" aria-hidden="true"></i><p>${tagsFor(post).map(e).join('</p></a><a class="tag" rel="nofollow"><i class="fa-solid fa-hashtag fa-fw"></i><p>')}</p></a></div>
            </div>
          </article>
          <div class="prev-next">
            ${prev ? `<a class="prev" rel="prev" href="${hexoPermalink(ORIGIN, prev)}"><section class="post prev white-box reveal shadow"><i class="fa-solid fa-chevron-left" aria-hidden="true"></i><p class="title">${e(prev.title)}</p><p class="content">上一篇</p></section></a>` : ''}
            ${next ? `<a class="next" rel="next" href="${hexoPermalink(ORIGIN, next)}"><section class="post next white-box reveal shadow"><p class="title">${e(next.title)}</p><p class="content">下一篇</p><i class="fa-solid fa-chevron-right" aria-hidden="true"></i></section></a>` : ''}
          </div>
          <section class="widget related_posts white-box reveal shadow">
            <header><i class="fa-solid fa-bookmark fa-fw" aria-hidden="true"></i><span class="name">${TEXT.related}</span></header>
            <div class="content">
              <ul class="entry navigation">
                ${related.map((p) => `<li><a class="flat-box" href="${hexoPermalink(ORIGIN, p)}"><div class="name"><span>${e(p.title)}</span></div><div class="badge">${postDate(p.date).ymd}</div></a></li>`).join('\n                ')}
              </ul>
            </div>
          </section>
          <article class="post white-box reveal md shadow" id="comments">
            <span hidden><meta itemprop="commentCount" content="${comments.length}"></span>
            <p ct><i class="fa-solid fa-comments fa-fw" aria-hidden="true"></i>&nbsp;评论</p>
            <div id="waline_container" class="waline_thread">
              <div data-waline class="wl-root">
                <div class="wl-comment">
                  <div class="wl-panel">
                    <div class="wl-header item3"><div class="wl-header-item"><label for="wl-nick">昵称</label><input id="wl-nick" class="wl-input wl-nick" name="nick" type="text" value=""></div><div class="wl-header-item"><label for="wl-mail">邮箱</label><input id="wl-mail" class="wl-input wl-mail" name="mail" type="email" value=""></div><div class="wl-header-item"><label for="wl-link">网址</label><input id="wl-link" class="wl-input wl-link" name="link" type="text" value=""></div></div>
                    <textarea id="wl-edit" class="wl-editor" placeholder="${TEXT.commentsEmpty}"></textarea>
                    <div class="wl-footer"><div class="wl-actions"><a href="https://guides.github.com/features/mastering-markdown/" title="Markdown Guide" aria-label="Markdown is supported" class="wl-action" target="_blank" rel="noopener noreferrer">MD</a></div><div class="wl-info"><span class="wl-text-number">0</span><button type="submit" class="wl-btn primary" title="Cmd|Ctrl + Enter">提交</button></div></div>
                  </div>
                </div>
                <div class="wl-meta-head"><div class="wl-count"><span>${comments.length}</span> 评论</div><ul class="wl-sort"><li class="active">按正序</li><li>按倒序</li><li>按热度</li></ul></div>
                <div class="wl-cards">
${comments
  .map((c, i) => {
    const when = addDays(d.iso, c.after);
    const reply = c.reply
      ? `<div class="wl-quote"><div class="wl-card-item" id="${6400 + i * 2 + 1}"><div class="wl-user"><img class="wl-user-avatar" src="https://weavatar.com/avatar/${hash(c.reply.nick).toString(16)}?d=mp"></div><div class="wl-card"><div class="wl-head"><span class="wl-nick">${e(c.reply.nick)}</span><span class="wl-badge" style="color:#9cc9f0">博主</span><span class="wl-time">${addDays(d.iso, c.after + 1).ymd}</span><button type="button" class="wl-reply" title="回复">回复</button></div><div class="wl-content"><p>${e(c.reply.text)}</p></div></div></div></div>`
      : '';
    return `                  <div class="wl-card-item" id="${6400 + i * 2}"><div class="wl-user"><img class="wl-user-avatar" src="https://weavatar.com/avatar/${hash(c.nick).toString(16)}?d=mp"></div><div class="wl-card"><div class="wl-head"><span class="wl-nick">${e(c.nick)}</span><span class="wl-time">${when.ymd}</span><button type="button" class="wl-reply" title="回复">回复</button></div><div class="wl-meta"><span class="wl-addr">${['广东', '浙江', '北京', '上海'][i % 4]}</span><span class="wl-os">${['Android 12', 'Windows 10', 'macOS 12.6', 'iOS 15.6'][i % 4]}</span><span class="wl-browser">Chrome 104.0</span></div><div class="wl-content"><p>${e(c.text)}</p></div>${reply}</div></div>`;
  })
  .join('\n')}
                </div>
                <div class="wl-power"> Powered by <a href="https://github.com/walinejs/waline" target="_blank" rel="noopener noreferrer"> Waline </a> v2.13.0 </div>
              </div>
            </div>
          </article>
        </div>`;
    return {
      url,
      html: layout({ title: post.title, url, head, main, site, exclude: post, recent }),
      chromeText: [...Object.values(TEXT).filter((t) => t !== TEXT.search && t !== TEXT.commentsEmpty), ...related.map((p) => p.title), ...recent.map((p) => p.title), ...[prev, next].filter((p): p is CorpusPost => !!p).map((p) => p.title), ...commentText(comments)],
    };
  },

  renderListPage(kind, site) {
    const url = kind === 'home' ? `${ORIGIN}/` : kind === 'category' ? `${ORIGIN}/categories/${encodeURIComponent('新媒体')}/${encodeURIComponent('人人都是产品经理')}/` : `${ORIGIN}/tags/`;
    const title = kind === 'home' ? SITE : kind === 'category' ? '分类：人人都是产品经理' : '标签';
    const posts = kind === 'category' ? site.posts.filter((p) => p.isWoshipm) : site.posts;
    const cards = posts
      .map((p) => {
        const d = postDate(p.date);
        return `          <section class="post-list"><div class="post-wrapper"><article class="post white-box reveal md shadow">
            ${p.thumbnail ? `<div class="headimg-div"><a href="${hexoPermalink(ORIGIN, p)}"><img class="headimg" src="${e(p.thumbnail)}" referrerpolicy="no-referrer"></a></div>` : ''}
            <div class="meta" id="header-meta"><h2 class="title"><a href="${hexoPermalink(ORIGIN, p)}">${e(p.title)}</a></h2>
              <div class="new-meta-box"><div class="new-meta-item author"><a class="author" href="/"><p>${e(p.feedAuthor)}</p></a></div><div class="new-meta-item category"><a class="notlink">${categoryPath(p).map((c) => `<a class="category-link">${e(c)}</a>`).join('<span class="sep"></span>')}</a></div><div class="new-meta-item date"><a class="notlink"><p>发布于：${d.zh}</p></a></div></div>
            </div>
            <div class="excerpt"><p>${e(description(p, 90))}…</p></div>
            <a class="readmore" href="${hexoPermalink(ORIGIN, p)}">阅读全文</a>
          </article></div></section>`;
      })
      .join('\n');
    const tagCloud = `<article class="post white-box reveal md shadow"><div class="article-meta"><h1 class="title">标签</h1></div><div class="tagcloud">${[...TAG_CLOUD, ...new Set(site.posts.flatMap(tagsFor))].map((t, i) => `<a href="/tags/${encodeURIComponent(t)}/" style="font-size: ${14 + (i % 5) * 3}px;">${e(t)}</a>`).join(' ')}</div></article>`;
    const main = `
        <div id="l_main" class="list">
${kind === 'tags' ? tagCloud : cards}
          <div class="prev-next"><div class="prev"></div><span class="page-number current">1</span><a class="page-number" href="/page/2/">2</a><span class="space">&hellip;</span><a class="page-number" href="/page/541/">541</a><a class="extend next" rel="next" href="/page/2/">下一页</a></div>
        </div>`;
    return { url, html: layout({ title, url, head: `<meta property="og:type" content="website"><meta property="og:site_name" content="${SITE}">`, main, site, exclude: null, recent: site.posts.slice(0, 6) }), chromeText: [TEXT.tagline] };
  },
};

function layout(p: { title: string; url: string; head: string; main: string; site: SiteContext; exclude: CorpusPost | null; recent: CorpusPost[] }): string {
  const pageTitle = p.title === SITE ? SITE : `${p.title} | ${SITE}`;
  return `<!DOCTYPE html>
<html lang="zh-CN" data-theme="light">
<head>
  <meta charset="utf-8">
  <meta name="renderer" content="webkit">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
  <meta name="theme-color" content="#f8f8f8">
  <title>${e(pageTitle)}</title>
  <link rel="preconnect" href="https://cdn.jsdelivr.net">
  <link rel="shortcut icon" type="image/x-icon" href="/favicon.ico">
  <link rel="alternate" href="/atom.xml" title="${SITE}" type="application/atom+xml">
  ${p.head}
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/hexo-theme-volantis@5.7.7/source/css/style.css" media="print" onload="this.media='all'">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css">
  <style>
    :root{--color-site-body:#f4f4f4;--color-site-bg:#f4f4f4;--color-card:#fff;--color-text:#444;--color-meta:#888;--color-link:#2092ec;--width-left:270px;--gap-row:16px;--gap-column:16px;--border-card:12px}
    body{margin:0;font-family:"HarmonyOS_Regular",system-ui,-apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif;background:var(--color-site-bg);color:var(--color-text)}
    .l_header{position:fixed;top:0;width:100%;height:64px;z-index:1000;background:rgba(255,255,255,.8);backdrop-filter:saturate(200%) blur(20px)}
    .l_header .nav-main{display:flex;align-items:center;max-width:1080px;margin:0 auto}
    #l_body{padding-top:64px}#safearea .body-wrapper{display:flex;max-width:1080px;margin:0 auto}
    #l_main{flex:1;min-width:0}#l_side{width:var(--width-left);margin-left:var(--gap-column)}
    .white-box{background:var(--color-card);border-radius:var(--border-card);padding:2rem;margin-bottom:var(--gap-row)}
    .article .headimg-div img.headimg{width:100%;max-height:320px;object-fit:cover;border-radius:var(--border-card)}
    article#post h1.title{font-size:1.75rem;margin:.5rem 0}
    .new-meta-box{display:flex;flex-wrap:wrap;font-size:.8125rem;color:var(--color-meta)}
    .new-meta-item{display:flex;align-items:center;margin-right:1rem}
    .new-meta-item p{margin:0}
    .widget header{font-weight:bold;margin-bottom:.5rem}
    .widget .badge{float:right;color:var(--color-meta)}
    .tagcloud a{display:inline-block;margin:2px 4px;color:var(--color-link)}
    .footer{text-align:center;font-size:.8125rem;color:var(--color-meta);padding:2rem 1rem}
    @media screen and (max-width:768px){#l_side{display:none}.white-box{padding:1rem}}
  </style>
  <script>
    window.volantis = {}; volantis.debug = "env"; volantis.GLOBAL_CONFIG = { root: "/", cdn: "https://cdn.jsdelivr.net", pjax: true, comment: "waline", lazyload: { enable: true } };
    volantis.dom = {}; volantis.requestAnimationFrame = (fn) => window.requestAnimationFrame ? window.requestAnimationFrame(fn) : fn();
  </script>
</head>
<body itemscope itemtype="http://schema.org/WebPage">
  <header itemscope itemtype="http://schema.org/WPHeader" id="l_header" class="l_header auto shadow floatable blur show" style="opacity: .7">
    <div class="container">
      <div id="wrapper">
        <div class="nav-sub"><p class="title"></p><ul class="switcher nav-list-h m-phone" id="pjax-header-nav-list"><li><a id="s-comment" class="fa-solid fa-comments fa-fw" target="_self" href="javascript:volantis.scroll.to(volantis.dom.comment)"></a></li><li><a id="s-toc" class="s-toc fa-solid fa-list fa-fw" target="_self" href="javascript:void(0)"></a></li></ul></div>
        <div class="nav-main">
          <a class="title flat-box" target="_self" href="/"><img no-lazy class="logo" src="/images/logo.png" alt=""><span>${SITE}</span></a>
          <div class="menu navigation">
            <ul class="nav-list-h m-pc">
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/" id="home"><i class="fa-solid fa-rss fa-fw"></i>首页</a></li>
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/categories/" id="categories"><i class="fa-solid fa-folder-open fa-fw"></i>分类</a></li>
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/tags/" id="tags"><i class="fa-solid fa-tags fa-fw"></i>标签</a></li>
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/archives/" id="archives"><i class="fa-solid fa-archive fa-fw"></i>归档</a></li>
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/friends/" id="friends"><i class="fa-solid fa-link fa-fw"></i>友链</a></li>
              <li><a class="menuitem flat-box faa-parent animated-hover" href="/about/" id="about"><i class="fa-solid fa-info-circle fa-fw"></i>关于</a></li>
            </ul>
          </div>
          <div class="m_search"><form name="searchform" class="form u-search-form"><i class="icon fa-solid fa-search fa-fw"></i><input type="text" class="input u-search-input" placeholder="${TEXT.search}" /></form></div>
        </div>
      </div>
    </div>
  </header>
  <div id="l_body">
    <div id="l_cover" class="hide"></div>
    <div id="safearea">
      <div class="body-wrapper">
${p.main}
        <aside id="l_side" itemscope itemtype="http://schema.org/WPSideBar">
          <div class="widgets">
            <section class="widget blogger shadow desktop mobile">
              <div class="content">
                <div class="avatar"><img class="avatar" src="/images/avatar/rss.png" alt=""></div>
                <div class="text"><h2>${SITE}</h2><p>${TEXT.tagline}</p><p><span id="jinrishici-sentence">${TEXT.poem}</span></p></div>
                <div class="social-wrapper"><a href="/atom.xml" class="social fa-solid fa-rss flat-btn" target="_blank" rel="external nofollow noopener noreferrer"></a><a href="mailto:admin@tangshuiwu.cn" class="social fa-solid fa-envelope flat-btn" target="_blank" rel="external nofollow noopener noreferrer"></a></div>
              </div>
            </section>
            <section class="widget category shadow desktop">
              <header><i class="fa-solid fa-folder-open fa-fw" aria-hidden="true"></i><span class="name">文章分类</span></header>
              <div class="content">
                <ul class="entry navigation">
                  ${allCategories(p.site).map((c) => `<li><a class="flat-box${c.path.length > 1 ? ' child' : ''}" title="/categories/${c.path.join('/')}/" href="/categories/${c.path.map(encodeURIComponent).join('/')}/"><div class="name">${e(c.path[c.path.length - 1]!)}</div><div class="badge">(${c.count})</div></a></li>`).join('\n                  ')}
                </ul>
              </div>
            </section>
            <section class="widget tagcloud shadow desktop">
              <header><i class="fa-solid fa-tags fa-fw" aria-hidden="true"></i><span class="name">热门标签</span></header>
              <div class="content">${TAG_CLOUD.map((t, i) => `<a href="/tags/${encodeURIComponent(t)}/" style="font-size: ${14 + (i % 4) * 2}px; color: #${['999', '777', '555', '2092ec'][i % 4]}">${e(t)}</a>`).join(' ')}</div>
            </section>
            <section class="widget list shadow desktop">
              <header><i class="fa-solid fa-clock fa-fw" aria-hidden="true"></i><span class="name">最近更新</span></header>
              <div class="content">
                <ul class="entry navigation">
                  ${p.recent.map((r) => `<li><a class="flat-box" href="${hexoPermalink(ORIGIN, r)}"><div class="name"><span>${e(r.title)}</span></div></a></li>`).join('\n                  ')}
                </ul>
              </div>
            </section>
          </div>
        </aside>
      </div>
    </div>
    <footer class="footer clearfix">
      <br><br>
      <div><p>${TEXT.footerNote}</p></div>
      <div><p>Blog content follows the <a target="_blank" rel="external nofollow noopener noreferrer" href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh">Attribution-NonCommercial-ShareAlike 4.0 International (CC BY-NC-SA 4.0) License</a></p></div>
      <div class="copyright"><p><a href="/">Copyright © 2020-2022 ${SITE}</a></p></div>
      <div><p>${TEXT.themeNote}</p></div>
      <div><span id="busuanzi_container_site_pv">${TEXT.visits}<span id="busuanzi_value_site_pv">1,284,611</span>次</span></div>
      <div><p><a target="_blank" rel="external nofollow noopener noreferrer" href="https://beian.miit.gov.cn">粤ICP备2020081234号</a></p></div>
    </footer>
  </div>
  <a id="s-top" class="fa-solid fa-arrow-up fa-fw" href="javascript:void(0)"></a>
  <script src="https://cdn.jsdelivr.net/npm/jquery@3.6.0/dist/jquery.min.js"></script>
  <script src="https://cdn.jsdelivr.net/npm/@waline/client@2.13.0/dist/waline.js" defer></script>
  <script>
    volantis.scroll = { to: (el) => el && el.scrollIntoView({ behavior: "smooth" }) };
    document.addEventListener("DOMContentLoaded", function () {
      volantis.dom.comment = document.getElementById("comments");
      if (window.Waline) Waline.init({ el: "#waline_container", serverURL: "https://waline.tangshuiwu.cn", lang: "zh-CN", path: location.pathname });
    });
  </script>
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
`;
}
