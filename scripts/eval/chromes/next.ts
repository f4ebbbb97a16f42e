// Chrome (b): Hexo + theme NexT 8 (scheme Gemini), the most common Hexo theme, with its own
// conventions: a brand header, a sidebar with the post's table of contents and the site overview,
// schema.org microdata (`itemprop="articleBody"` on `.post-body`), the reward box, the copyright
// list naming the front-matter author, tags and post navigation in the post footer, related posts
// (hexo-related-popular-posts), Valine comments as rendered, a custom sidebar block with every
// category and the recent posts, and the footer.
import type { CorpusPost } from '../corpus.ts';
import {
  allCategories, categoryPath, commentsFor, commentText, description, escapeHtml as e, hexoPermalink, neighbours,
  otherPosts, postDate, relatedPosts, tagsFor, addDays, hash, type Chrome,
} from './shared.ts';

const ORIGIN = 'https://blog.atang.me';
const SITE = '阿糖的博客';
const OWNER = '阿糖';
const TEXT = {
  subtitle: '订阅、整理、转存：一个人的信息流',
  reward: '觉得这个聚合站有用，可以请站长喝一杯咖啡',
  copyrightLicense: '本博客所有文章除特别声明外，均采用 BY-NC-SA 许可协议。转载请注明出处！',
  related: '相关文章推荐',
  blogroll: '友情链接',
  friend1: '产品沉思录',
  friend2: '一只程序猿的自留地',
  comments: '欢迎留言讨论，请文明发言～',
  powered: '由 Hexo & NexT.Gemini 强力驱动',
  visitors: '总访客数',
  noscript: 'Theme NexT works best with JavaScript enabled',
};

export const next: Chrome = {
  id: 'next',
  label: 'Hexo NexT (Gemini)',
  render(post, site) {
    const url = hexoPermalink(ORIGIN, post);
    const d = postDate(post.date);
    const cats = categoryPath(post);
    const { prev, next: following } = neighbours(site, post);
    const related = relatedPosts(site, post, 5);
    const comments = commentsFor(post);
    const recent = otherPosts(site, post, 5, 4);
    const chars = post.bodyHtml.replace(/<[^>]+>/g, '').replace(/\s+/g, '').length;
    // NexT renders the table of contents from the post's headings, server-side, into the sidebar.
    const headings = [...post.bodyHtml.matchAll(/<h([2-4])(?:\s+id="([^"]*)")?[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m, i) => ({
      level: Number(m[1]),
      id: m[2] || `toc-heading-${i + 1}`,
      text: m[3]!.replace(/<[^>]+>/g, '').trim(),
    })).filter((h) => h.text);
    const toc = headings.length
      ? `<ol class="nav">${headings.map((h, i) => `<li class="nav-item nav-level-${h.level}"><a class="nav-link" href="#${e(h.id)}"><span class="nav-number">${i + 1}.</span> <span class="nav-text">${e(h.text)}</span></a></li>`).join('')}</ol>`
      : '<p class="post-toc-empty">此文章未包含目录</p>';
    const categoryLinks = cats
      .map((c, i) => `<span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/${cats.slice(0, i + 1).map(encodeURIComponent).join('/')}/" itemprop="url" rel="index"><span itemprop="name">${e(c)}</span></a></span>`)
      .join('\n          <i class="fa fa-angle-right"></i>\n          ');
    const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=2">
  <meta name="theme-color" content="#222">
  <meta name="generator" content="Hexo 6.3.0">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="stylesheet" href="/css/main.css">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.2.0/css/all.min.css" crossorigin="anonymous">
  <script class="next-config" data-name="main" type="application/json">{"hostname":"blog.atang.me","root":"/","images":"/images","scheme":"Gemini","darkmode":false,"version":"8.14.1","exturl":false,"sidebar":{"position":"left","display":"post","padding":18,"offset":12},"copycode":{"enable":true,"style":"mac"},"bookmark":{"enable":false},"mediumzoom":false,"lazyload":true,"pangu":false,"comments":{"style":"tabs","active":"valine","storage":true,"lazyload":false,"nav":null},"stickytabs":false,"motion":{"enable":true,"async":false,"transition":{"post_block":"fadeIn","post_header":"fadeInDown","post_body":"fadeInDown","coll_header":"fadeInLeft","sidebar":"fadeInUp"}},"prism":false,"i18n":{"placeholder":"搜索...","empty":"没有找到任何搜索结果：\${query}","hits_time":"找到 \${hits} 个搜索结果（用时 \${time} 毫秒）","hits":"找到 \${hits} 个搜索结果"}}</script>
  <script src="/js/config.js"></script>
  <meta name="description" content="${e(description(post))}">
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
  <link rel="canonical" href="${url}">
  <script class="next-config" data-name="page" type="application/json">{"sidebar":"","isHome":false,"isPost":true,"lang":"zh-CN","comments":true,"permalink":"${url}","path":"${e(new URL(url).pathname)}","title":${JSON.stringify(post.title).replace(/</g, '\\u003c')}}</script>
  <script class="next-config" data-name="calendar" type="application/json">""</script>
  <title>${e(post.title)} | ${SITE}</title>
  <noscript><link rel="stylesheet" href="/css/noscript.css"></noscript>
  <style>
    .post-body img{max-width:100%;height:auto}.post-body blockquote{border-left:4px solid #ddd;color:#666;padding:0 15px}
    .reward-container{margin:20px auto;padding:10px 0;text-align:center;width:90%}
    .post-copyright{background:var(--card-bg-color,#f9f9f9);border-left:3px solid #ff2a2a;list-style:none;margin:2em 0 0;padding:.5em 1em}
    .popular-posts-header{font-size:1.125em;margin-top:2em;border-bottom:1px solid #eee}
    .vcards .vcard{padding-top:1.25em}.vnick{color:#1abc9c;font-weight:bold}
  </style>
</head>
<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>
  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle"><div class="toggle" aria-label="切换导航栏" role="button"><span class="toggle-line"></span><span class="toggle-line"></span><span class="toggle-line"></span></div></div>
  <div class="site-meta"><a href="/" class="brand" rel="start"><i class="logo-line"></i><p class="site-title">${SITE}</p><i class="logo-line"></i></a><p class="site-subtitle" itemprop="description">${TEXT.subtitle}</p></div>
  <div class="site-nav-right"><div class="toggle popup-trigger" aria-label="搜索" role="button"><i class="fa fa-search fa-fw fa-lg"></i></div></div>
</div>
<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>首页</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>关于</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>标签<span class="badge">86</span></a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>分类<span class="badge">24</span></a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>归档<span class="badge">6483</span></a></li><li class="menu-item menu-item-search"><a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>搜索</a></li></ul>
</nav>
  <div class="search-pop-overlay"><div class="popup search-popup"><div class="search-header"><span class="search-icon"><i class="fa fa-search"></i></span><div class="search-input-container"><input autocomplete="off" autocapitalize="off" maxlength="80" placeholder="搜索..." spellcheck="false" type="search" class="search-input"></div><span class="popup-btn-close" role="button"><i class="fa fa-times-circle"></i></span></div><div class="search-result-container no-result"><div class="search-result-icon"><i class="fa fa-spinner fa-pulse fa-5x"></i></div></div></div></div>
</div></header>
      <aside class="sidebar">
        <div class="sidebar-inner sidebar-nav-active sidebar-toc-active">
          <ul class="sidebar-nav"><li class="sidebar-nav-toc">文章目录</li><li class="sidebar-nav-overview">站点概览</li></ul>
          <div class="sidebar-panel-container">
            <div class="post-toc-wrap sidebar-panel"><div class="post-toc animated">${toc}</div></div>
            <div class="site-overview-wrap sidebar-panel">
              <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person"><img class="site-author-image" itemprop="image" alt="${OWNER}" src="/images/avatar.gif"><p class="site-author-name" itemprop="name">${OWNER}</p><div class="site-description" itemprop="description">${TEXT.subtitle}</div></div>
              <div class="site-state-wrap animated"><nav class="site-state"><div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">6483</span><span class="site-state-item-name">日志</span></a></div><div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">24</span><span class="site-state-item-name">分类</span></a></div><div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">86</span><span class="site-state-item-name">标签</span></a></div></nav></div>
              <div class="links-of-author animated"><span class="links-of-author-item"><a href="https://github.com/atang-rss" title="GitHub → https://github.com/atang-rss" rel="noopener me" target="_blank"><i class="fab fa-github fa-fw"></i>GitHub</a></span><span class="links-of-author-item"><a href="/atom.xml" title="RSS → /atom.xml" rel="noopener me"><i class="fa fa-rss fa-fw"></i>RSS</a></span></div>
              <div class="cc-license animated" itemprop="license"><a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.zh" class="cc-opacity" rel="noopener" target="_blank"><img src="https://cdnjs.cloudflare.com/ajax/libs/creativecommons-vocabulary/2020.11.3/assets/license_badges/small/by_nc_sa.svg" alt="Creative Commons"></a></div>
            </div>
          </div>
        </div>
        <div class="sidebar-inner sidebar-post-related sidebar-custom">
          <div class="custom-categories animated"><div class="custom-title"><i class="fa fa-folder fa-fw"></i>全部分类</div>
            <ul class="category-list">${allCategories(site).map((c) => `<li class="category-list-item${c.path.length > 1 ? ' category-list-child' : ''}"><a class="category-list-link" href="/categories/${c.path.map(encodeURIComponent).join('/')}/">${e(c.path[c.path.length - 1]!)}</a><span class="category-list-count">${c.count}</span></li>`).join('')}</ul>
          </div>
          <div class="custom-recent animated"><div class="custom-title"><i class="fa fa-history fa-fw"></i>最近文章</div>
            <ul class="recent-posts-list">${recent.map((r) => `<li><a href="${hexoPermalink(ORIGIN, r)}" title="${e(r.title)}">${e(r.title)}</a></li>`).join('')}</ul>
          </div>
        </div>
        <div class="sidebar-inner sidebar-blogroll">
          <div class="links-of-blogroll animated"><div class="links-of-blogroll-title"><i class="fa fa-globe fa-fw"></i>${TEXT.blogroll}</div>
            <ul class="links-of-blogroll-list"><li class="links-of-blogroll-item"><a href="https://pm-notes.example.net/" title="https://pm-notes.example.net/" rel="noopener" target="_blank">${TEXT.friend1}</a></li><li class="links-of-blogroll-item"><a href="https://coder-garden.example.org/" title="https://coder-garden.example.org/" rel="noopener" target="_blank">${TEXT.friend2}</a></li></ul>
          </div>
        </div>
      </aside>
    </div>
    <div class="main-inner post posts-expand">
  <div class="post-block">
  <article itemscope itemtype="http://schema.org/Article" class="post-content" lang="zh-CN">
    <link itemprop="mainEntityOfPage" href="${url}">
    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/avatar.gif"><meta itemprop="name" content="${e(post.feedAuthor)}"></span>
    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="${SITE}"><meta itemprop="description" content="${TEXT.subtitle}"></span>
    <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork"><meta itemprop="name" content="${e(post.title)} | ${SITE}"><meta itemprop="description" content=""></span>
      <header class="post-header">
        <h1 class="post-title" itemprop="name headline">${e(post.title)}</h1>
        <div class="post-meta-container">
          <div class="post-meta">
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">发表于</span><time title="创建时间：${d.ymd} ${d.hm}:00" itemprop="dateCreated datePublished" datetime="${d.iso}">${d.ymd}</time></span>
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">分类于</span>
          ${categoryLinks}
    </span>
    <span class="post-meta-item" title="阅读次数" id="busuanzi_container_page_pv"><span class="post-meta-item-icon"><i class="far fa-eye"></i></span><span class="post-meta-item-text">阅读次数：</span><span id="busuanzi_value_page_pv">${100 + (hash(post.title) % 900)}</span></span>
    <span class="post-meta-break"></span>
    <span class="post-meta-item" title="本文字数"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">本文字数：</span><span>${(chars / 1000).toFixed(1)}k</span></span>
    <span class="post-meta-item" title="阅读时长"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">阅读时长 &asymp;</span><span>${Math.max(1, Math.round(chars / 400))} 分钟</span></span>
          </div>
        </div>
      </header>
    <div class="post-body" itemprop="articleBody">${post.bodyHtml}
    </div>
    <div class="popular-posts-header">${TEXT.related}</div>
    <ul class="popular-posts">${related.map((r) => `<li class="popular-posts-item"><div class="popular-posts-title"><a href="${hexoPermalink(ORIGIN, r)}" rel="bookmark">${e(r.title)}</a></div></li>`).join('')}</ul>
    <div class="reward-container">
      <div>${TEXT.reward}</div>
      <button>打赏</button>
      <div class="post-reward"><div><img src="/images/wechatpay.png" alt="${OWNER} 微信"><span>微信</span></div><div><img src="/images/alipay.png" alt="${OWNER} 支付宝"><span>支付宝</span></div></div>
    </div>
    <div>
      <ul class="post-copyright">
        <li class="post-copyright-author"><strong>本文作者： </strong>${e(post.feedAuthor)}</li>
        <li class="post-copyright-link"><strong>本文链接：</strong><a href="${url}" title="${e(post.title)}">${e(decodeURI(url))}</a></li>
        <li class="post-copyright-license"><strong>版权声明： </strong>${TEXT.copyrightLicense}</li>
      </ul>
    </div>
    <footer class="post-footer">
      <div class="post-tags">${tagsFor(post).map((t) => `<a href="/tags/${encodeURIComponent(t)}/" rel="tag"><i class="fa fa-tag"></i> ${e(t)}</a>`).join('\n              ')}</div>
      <div class="post-nav">
        <div class="post-nav-item">${prev ? `<a href="${hexoPermalink(ORIGIN, prev)}" rel="prev" title="${e(prev.title)}"><i class="fa fa-chevron-left"></i> ${e(prev.title)}</a>` : ''}</div>
        <div class="post-nav-item">${following ? `<a href="${hexoPermalink(ORIGIN, following)}" rel="next" title="${e(following.title)}">${e(following.title)} <i class="fa fa-chevron-right"></i></a>` : ''}</div>
      </div>
    </footer>
  </article>
</div>
<div class="comments" id="valine-comments">
  <div class="vpanel"><div class="vwrap"><div class="vheader item3"><input name="nick" placeholder="昵称" class="vnick vinput" type="text"><input name="mail" placeholder="邮箱" class="vmail vinput" type="email"><input name="link" placeholder="网址(http://)" class="vlink vinput" type="text"></div><div class="vedit"><textarea id="veditor" class="veditor vinput" placeholder="${TEXT.comments}"></textarea></div><div class="vrow"><div class="vcol vcol-60 status-bar"></div><div class="vcol vcol-40 vctrl text-right"><button type="button" title="Cmd|Ctrl+Enter" class="vsubmit vbtn">提交</button></div></div></div></div>
  <div class="vcount" style="display:block;"><span class="vnum">${comments.length}</span> 评论</div>
  <div class="vcards">
${comments
  .map((c) => {
    const when = addDays(d.iso, c.after);
    const reply = c.reply
      ? `<div class="vquote"><div class="vcard"><img class="vimg" src="https://gravatar.loli.net/avatar/${hash(c.reply.nick).toString(16)}?d=mp"><div class="vh"><div class="vhead"><span class="vnick">${e(c.reply.nick)}</span> <span class="vsys">Chrome 104.0.0.0</span></div><div class="vmeta"><span class="vtime">${addDays(d.iso, c.after + 1).ymd}</span><span class="vat">回复</span></div><div class="vcontent"><p><a class="at" href="#">@${e(c.nick)}</a> , ${e(c.reply.text)}</p></div></div></div></div>`
      : '';
    return `    <div class="vcard"><img class="vimg" src="https://gravatar.loli.net/avatar/${hash(c.nick).toString(16)}?d=mp"><div class="vh"><div class="vhead"><span class="vnick">${e(c.nick)}</span> <span class="vsys">Chrome 103.0.0.0</span> <span class="vsys">Windows 10.0</span></div><div class="vmeta"><span class="vtime">${when.ymd} ${when.hm}</span><span class="vat">回复</span></div><div class="vcontent"><p>${e(c.text)}</p></div><div class="vreply-wrapper"></div>${reply}</div></div>`;
  })
  .join('\n')}
  </div>
  <div class="vpower txt-right">Powered By <a href="https://valine.js.org" target="_blank">Valine</a><br>v1.4.18</div>
</div>
    </div>
  </main>
  <footer class="footer">
    <div class="footer-inner">
      <div class="beian"><a href="https://beian.miit.gov.cn" rel="noopener" target="_blank">浙ICP备2021012345号-1</a></div>
      <div class="copyright">&copy; 2019 – <span itemprop="copyrightYear">2022</span><span class="with-love"><i class="fa fa-heart"></i></span><span class="author" itemprop="copyrightHolder">${OWNER}</span></div>
      <div class="busuanzi-count"><span class="post-meta-item" id="busuanzi_container_site_uv"><span class="post-meta-item-icon"><i class="fa fa-user"></i></span><span class="site-uv" title="${TEXT.visitors}">${TEXT.visitors} <span id="busuanzi_value_site_uv">18204</span></span></span></div>
      <div class="powered-by">${TEXT.powered}</div>
    </div>
  </footer>
  <div class="back-to-top" role="button" aria-label="返回顶部"><i class="fa fa-arrow-up"></i><span>0%</span></div>
  <noscript><div class="noscript-warning">${TEXT.noscript}</div></noscript>
  <script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" crossorigin="anonymous"></script>
  <script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/next-boot.js"></script>
  <script src="https://cdn.jsdelivr.net/npm/valine@1.4.18/dist/Valine.min.js"></script>
  <script class="next-config" data-name="valine" type="application/json">{"enable":true,"appId":"Xq2fQ0tYcNNs8kT3-gzGzoHsz","appKey":"lrW2kU9x0Gm3nVyB7eQ1sP4h","placeholder":"${TEXT.comments}","avatar":"mp","meta":["nick","mail","link"],"pageSize":10,"lang":"zh-cn","visitor":false,"comment_count":true,"recordIP":false,"serverURLs":null,"el":"#valine-comments","path":"${e(new URL(url).pathname)}"}</script>
  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
`;
    return {
      url,
      html,
      chromeText: [
        TEXT.subtitle, TEXT.reward, TEXT.copyrightLicense, TEXT.related, TEXT.blogroll, TEXT.friend1, TEXT.friend2, TEXT.powered, TEXT.visitors, TEXT.noscript,
        ...related.map((p) => p.title), ...recent.map((p) => p.title), ...[prev, following].filter((p): p is CorpusPost => !!p).map((p) => p.title), ...commentText(comments),
      ],
    };
  },
};
