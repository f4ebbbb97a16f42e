// Chrome (c): a WordPress mirror (FeedWordPress-style syndication) on a classic Underscores-based
// theme: `article.post > .entry-content`, Yoast SEO head (og: tags with the mirror's
// og:site_name, JSON-LD graph naming the feed as author), Jetpack sharing buttons and related
// posts INSIDE .entry-content (that is where Jetpack injects them), entry footer with categories
// and tags, post navigation, the WordPress comment list and form, and the widget sidebar
// (search, recent posts, recent comments, archives, ALL categories with counts, tag cloud).
import type { CorpusPost } from '../corpus.ts';
import {
  allCategories, categoryPath, commentsFor, commentText, description, escapeHtml as e, neighbours, otherPosts,
  postDate, relatedPosts, TAG_CLOUD, tagsFor, addDays, hash, type Chrome, type ChromePage, type SiteContext,
} from './shared.ts';

const ORIGIN = 'https://www.chenduzixun.com';
const SITE = '晨读资讯';
const TEXT = {
  tagline: '每天早上八点，把值得读的文章送到你面前',
  share: '分享到：',
  related: '相关推荐',
  syndicated: '本文转载自订阅源，原文版权归原作者及原出处所有。',
  emailNotes: '您的电子邮箱地址不会被公开。',
  requiredNotes: '必填项已用 * 标注',
  cookies: '在此浏览器中保存我的显示名称、邮箱地址和网站地址，以便下次评论时使用。',
  recentComments: '近期评论',
  archives: '文章归档',
  powered: '自豪地采用 WordPress',
  theme: '主题：Underscores 晨读定制版',
};

export function wordpressPermalink(post: CorpusPost): string {
  return `${ORIGIN}/archives/${20000 + post.index * 37 + (hash(post.file) % 30)}`;
}

export const wordpress: Chrome = {
  id: 'wordpress',
  label: 'WordPress mirror (Underscores + Yoast + Jetpack)',
  render(post, site) {
    const url = wordpressPermalink(post);
    const postId = new URL(url).pathname.split('/').pop()!;
    const d = postDate(post.date);
    const cats = categoryPath(post).slice(1); // WordPress shows the feed categories, not the top level
    const { prev, next } = neighbours(site, post);
    const related = relatedPosts(site, post, 3);
    const comments = commentsFor(post);
    const recent = otherPosts(site, post, 5, 2);
    const authorSlug = `feed-${hash(post.feedAuthor).toString(36)}`;
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': `${url}#article`,
          isPartOf: { '@id': url },
          author: { name: post.feedAuthor, '@id': `${ORIGIN}/#/schema/person/${authorSlug}` },
          headline: post.title,
          datePublished: d.iso,
          dateModified: d.iso,
          mainEntityOfPage: { '@id': url },
          publisher: { '@id': `${ORIGIN}/#organization` },
          ...(post.headimg ? { image: { '@id': `${url}#primaryimage` }, thumbnailUrl: post.headimg } : {}),
          articleSection: cats,
          inLanguage: 'zh-Hans',
        },
        { '@type': 'WebPage', '@id': url, url, name: `${post.title} - ${SITE}`, isPartOf: { '@id': `${ORIGIN}/#website` }, datePublished: d.iso, breadcrumb: { '@id': `${url}#breadcrumb` }, inLanguage: 'zh-Hans' },
        {
          '@type': 'BreadcrumbList',
          '@id': `${url}#breadcrumb`,
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: '首页', item: `${ORIGIN}/` },
            { '@type': 'ListItem', position: 2, name: cats[0] ?? '未分类', item: `${ORIGIN}/category/${encodeURIComponent(cats[0] ?? 'uncategorized')}/` },
            { '@type': 'ListItem', position: 3, name: post.title },
          ],
        },
        { '@type': 'WebSite', '@id': `${ORIGIN}/#website`, url: `${ORIGIN}/`, name: SITE, description: TEXT.tagline, publisher: { '@id': `${ORIGIN}/#organization` }, inLanguage: 'zh-Hans' },
        { '@type': 'Organization', '@id': `${ORIGIN}/#organization`, name: SITE, url: `${ORIGIN}/` },
        { '@type': 'Person', '@id': `${ORIGIN}/#/schema/person/${authorSlug}`, name: post.feedAuthor, url: `${ORIGIN}/author/${authorSlug}/` },
      ],
    };
    const main = `
	<main id="primary" class="site-main">
		<nav class="breadcrumbs" aria-label="面包屑导航"><span><span><a href="${ORIGIN}/">首页</a></span> » <span><a href="${ORIGIN}/category/${encodeURIComponent(cats[0] ?? '')}/">${e(cats[0] ?? '未分类')}</a></span> » <span class="breadcrumb_last" aria-current="page">${e(post.title)}</span></span></nav>
<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard${post.headimg ? ' has-post-thumbnail' : ''} hentry ${cats.map((c) => `category-${hash(c).toString(36)}`).join(' ')} ${tagsFor(post).map((t) => `tag-${hash(t).toString(36)}`).join(' ')}">
	<header class="entry-header">
		<h1 class="entry-title">${e(post.title)}</h1>
		<div class="entry-meta">
			<span class="posted-on">发布于 <a href="${url}" rel="bookmark"><time class="entry-date published" datetime="${d.iso}">${d.zh}</time><time class="updated" datetime="${d.iso}">${d.zh}</time></a></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="${ORIGIN}/author/${authorSlug}/">${e(post.feedAuthor)}</a></span></span>
		</div><!-- .entry-meta -->
	</header><!-- .entry-header -->
	${post.headimg ? `<div class="post-thumbnail"><img width="900" height="420" src="${e(post.headimg)}" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" referrerpolicy="no-referrer"></div><!-- .post-thumbnail -->` : ''}
	<div class="entry-content">
		${post.bodyHtml}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${TEXT.share}</h3><div class="sd-content"><ul><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" data-shared="" class="share-jetpack-whatsapp sd-button share-icon" href="${url}?share=jetpack-whatsapp" target="_blank" title="在 WhatsApp 上分享"><span>WhatsApp</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-${postId}" class="share-twitter sd-button share-icon" href="${url}?share=twitter" target="_blank" title="点击以在 Twitter 上共享"><span>Twitter</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-${postId}" class="share-facebook sd-button share-icon" href="${url}?share=facebook" target="_blank" title="点击以在 Facebook 上共享"><span>Facebook</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>${TEXT.related}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">${related
      .map((r, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i} jp-relatedposts-post-thumbs" data-post-id="${new URL(wordpressPermalink(r)).pathname.split('/').pop()}" data-post-format="false"><a class="jp-relatedposts-post-a" href="${wordpressPermalink(r)}" title="${e(r.title)}" rel="nofollow" data-origin="${postId}" data-position="${i}">${r.thumbnail ? `<img class="jp-relatedposts-post-img" loading="lazy" src="${e(r.thumbnail)}" width="350" height="200" alt="${e(r.title)}">` : ''}</a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${wordpressPermalink(r)}" title="${e(r.title)}" rel="nofollow">${e(r.title)}</a></h4><p class="jp-relatedposts-post-date" style="display: block;">${postDate(r.date).zh}</p><p class="jp-relatedposts-post-context">在“${e(categoryPath(r)[1] ?? '')}”中</p></div>`)
      .join('')}</div></div>
	</div><!-- .entry-content -->
	<footer class="entry-footer">
		<p class="syndication-source">${TEXT.syndicated}</p>
		<span class="cat-links">分类 ${cats.map((c) => `<a href="${ORIGIN}/category/${encodeURIComponent(c)}/" rel="category tag">${e(c)}</a>`).join('、')}</span><span class="tags-links">标签 ${tagsFor(post).map((t) => `<a href="${ORIGIN}/tag/${encodeURIComponent(t)}/" rel="tag">${e(t)}</a>`).join('、')}</span>
	</footer><!-- .entry-footer -->
</article><!-- #post-${postId} -->
	<nav class="navigation post-navigation" aria-label="文章">
		<h2 class="screen-reader-text">文章导航</h2>
		<div class="nav-links">${prev ? `<div class="nav-previous"><a href="${wordpressPermalink(prev)}" rel="prev"><span class="nav-subtitle">上一篇：</span> <span class="nav-title">${e(prev.title)}</span></a></div>` : ''}${next ? `<div class="nav-next"><a href="${wordpressPermalink(next)}" rel="next"><span class="nav-subtitle">下一篇：</span> <span class="nav-title">${e(next.title)}</span></a></div>` : ''}</div>
	</nav>
<div id="comments" class="comments-area">
		<h2 class="comments-title">《${e(post.title)}》有 ${comments.length + comments.filter((c) => c.reply).length} 条评论</h2><!-- .comments-title -->
		<ol class="comment-list">
${comments
  .map((c, i) => {
    const when = addDays(d.iso, c.after);
    const id = 3100 + post.index * 10 + i;
    const reply = c.reply
      ? `<ol class="children"><li id="comment-${id + 500}" class="comment byuser comment-author-admin bypostauthor odd alt depth-2"><article id="div-comment-${id + 500}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/${hash(c.reply.nick).toString(16)}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" loading="lazy"><b class="fn">${e(c.reply.nick)}</b> <span class="says">说：</span></div><div class="comment-metadata"><a href="${url}#comment-${id + 500}"><time datetime="${addDays(d.iso, c.after + 1).iso}">${addDays(d.iso, c.after + 1).zh} ${addDays(d.iso, c.after + 1).hm}</time></a></div></footer><div class="comment-content"><p>${e(c.reply.text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id + 500}" data-commentid="${id + 500}" data-postid="${postId}" aria-label="回复给${e(c.reply.nick)}">回复</a></div></article></li></ol>`
      : '';
    return `			<li id="comment-${id}" class="comment ${i % 2 ? 'odd alt' : 'even'} thread-${i % 2 ? 'odd' : 'even'} depth-1${c.reply ? ' parent' : ''}"><article id="div-comment-${id}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/${hash(c.nick).toString(16)}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" loading="lazy"><b class="fn">${e(c.nick)}</b> <span class="says">说：</span></div><div class="comment-metadata"><a href="${url}#comment-${id}"><time datetime="${when.iso}">${when.zh} ${when.hm}</time></a></div></footer><div class="comment-content"><p>${e(c.text)}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}" data-commentid="${id}" data-postid="${postId}" aria-label="回复给${e(c.nick)}">回复</a></div></article>${reply}</li><!-- #comment-## -->`;
  })
  .join('\n')}
		</ol><!-- .comment-list -->
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">发表回复 <small><a rel="nofollow" id="cancel-comment-reply-link" href="${url}#respond" style="display:none;">取消回复</a></small></h3><form action="${ORIGIN}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">${TEXT.emailNotes}</span> <span class="required-field-message">${TEXT.requiredNotes}</span></p><p class="comment-form-comment"><label for="comment">评论 <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">显示名称 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required></p><p class="comment-form-email"><label for="email">邮箱 <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">${TEXT.cookies}</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论"> <input type="hidden" name="comment_post_ID" value="${postId}" id="comment_post_ID"> <input type="hidden" name="comment_parent" id="comment_parent" value="0"></p></form>	</div><!-- #respond -->
</div><!-- #comments -->
	</main><!-- #main -->`;
    const head = `
	<meta name="description" content="${e(description(post))}">
	<link rel="canonical" href="${url}">
	<meta property="og:locale" content="zh_CN">
	<meta property="og:type" content="article">
	<meta property="og:title" content="${e(post.title)} - ${SITE}">
	<meta property="og:description" content="${e(description(post))}">
	<meta property="og:url" content="${url}">
	<meta property="og:site_name" content="${SITE}">
	<meta property="article:published_time" content="${d.iso}">
	${post.headimg ? `<meta property="og:image" content="${e(post.headimg)}">` : ''}
	<meta name="author" content="${e(post.feedAuthor)}">
	<meta name="twitter:card" content="summary_large_image">
	<meta name="twitter:label1" content="作者"><meta name="twitter:data1" content="${e(post.feedAuthor)}">
	<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`;
    return {
      url,
      html: layout({ title: `${post.title} - ${SITE}`, bodyClass: `post-template-default single single-post postid-${postId} single-format-standard wp-embed-responsive`, head, main, site, recent }),
      chromeText: [
        ...Object.values(TEXT),
        ...related.map((p) => p.title), ...recent.map((p) => p.title), ...[prev, next].filter((p): p is CorpusPost => !!p).map((p) => p.title), ...commentText(comments),
      ],
    };
  },

  renderListPage(kind, site) {
    const url = `${ORIGIN}/`;
    const posts = site.posts.slice(0, 10);
    const main = `
	<main id="primary" class="site-main">
${posts
  .map((p) => {
    const d = postDate(p.date);
    const id = new URL(wordpressPermalink(p)).pathname.split('/').pop();
    return `<article id="post-${id}" class="post-${id} post type-post status-publish format-standard hentry">
	<header class="entry-header"><h2 class="entry-title"><a href="${wordpressPermalink(p)}" rel="bookmark">${e(p.title)}</a></h2><div class="entry-meta"><span class="posted-on">发布于 <time class="entry-date published" datetime="${d.iso}">${d.zh}</time></span><span class="byline"> 作者 <span class="author vcard"><a class="url fn n" href="#">${e(p.feedAuthor)}</a></span></span></div></header>
	<div class="entry-summary"><p>${e(description(p, 100))} […]</p></div>
	<footer class="entry-footer"><span class="cat-links">分类 ${categoryPath(p).slice(1).map((c) => `<a href="#" rel="category tag">${e(c)}</a>`).join('、')}</span></footer>
</article>`;
  })
  .join('\n')}
	<nav class="navigation posts-navigation" aria-label="文章"><h2 class="screen-reader-text">文章导航</h2><div class="nav-links"><div class="nav-previous"><a href="${ORIGIN}/page/2/">较早文章</a></div></div></nav>
	</main>`;
    return { url, html: layout({ title: `${SITE} - ${TEXT.tagline}`, bodyClass: `home blog wp-embed-responsive hfeed ${kind}`, head: `<meta property="og:type" content="website"><meta property="og:site_name" content="${SITE}">`, main, site, recent: site.posts.slice(0, 5) }), chromeText: [TEXT.tagline] };
  },
};

function layout(p: { title: string; bodyClass: string; head: string; main: string; site: SiteContext; recent: CorpusPost[] }): string {
  return `<!doctype html>
<html lang="zh-Hans">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<title>${e(p.title)}</title>
	<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">${p.head}
	<link rel="dns-prefetch" href="//stats.wp.com">
	<link rel="alternate" type="application/rss+xml" title="${SITE} &raquo; Feed" href="${ORIGIN}/feed/">
	<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/svg\\/","svgExt":".svg","source":{"concatemoji":"${ORIGIN}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.1.1"}};</script>
	<style id="wp-emoji-styles-inline-css">img.wp-smiley, img.emoji { display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }</style>
	<link rel="stylesheet" id="wp-block-library-css" href="${ORIGIN}/wp-includes/css/dist/block-library/style.min.css?ver=6.1.1" media="all">
	<link rel="stylesheet" id="chendu-style-css" href="${ORIGIN}/wp-content/themes/chendu/style.css?ver=1.0.4" media="all">
	<link rel="stylesheet" id="jetpack_css-css" href="${ORIGIN}/wp-content/plugins/jetpack/css/jetpack.css?ver=11.5" media="all">
	<style id="chendu-inline-css">.site-header{border-bottom:1px solid #eee}.entry-content img{max-width:100%;height:auto}.widget-area .widget{margin-bottom:2em}.cat-item .count{color:#999}</style>
	<link rel="https://api.w.org/" href="${ORIGIN}/wp-json/"><link rel="EditURI" type="application/rsd+xml" title="RSD" href="${ORIGIN}/xmlrpc.php?rsd">
	<meta name="generator" content="WordPress 6.1.1">
</head>
<body class="${p.bodyClass}">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">跳至内容</a>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="${ORIGIN}/" rel="home">${SITE}</a></p>
			<p class="site-description">${TEXT.tagline}</p>
		</div><!-- .site-branding -->
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">菜单</button>
			<div class="menu-primary-container"><ul id="primary-menu" class="menu"><li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-object-custom current-menu-item menu-item-home menu-item-11"><a href="${ORIGIN}/">首页</a></li><li id="menu-item-12" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-12"><a href="${ORIGIN}/category/${encodeURIComponent('人人都是产品经理')}/">产品</a></li><li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="${ORIGIN}/category/zaker/">科技</a></li><li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="${ORIGIN}/category/dockone/">开发</a></li><li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-15"><a href="${ORIGIN}/about/">关于本站</a></li></ul></div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->
	<div id="content" class="site-content">
${p.main}
<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="${ORIGIN}/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索…" value="" name="s"></label><input type="submit" class="search-submit" value="搜索"></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>${p.recent.map((r) => `<li><a href="${wordpressPermalink(r)}">${e(r.title)}</a></li>`).join('')}</ul></section>
	<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">${TEXT.recentComments}</h2><ul id="recentcomments">${p.recent.slice(0, 4).map((r, i) => `<li class="recentcomments"><span class="comment-author-link">${e(['晚风吹过山岗', 'Sunny', '老周在杭州', 'momo_design'][i]!)}</span>发表在《<a href="${wordpressPermalink(r)}#comment-${2000 + i}">${e(r.title)}</a>》</li>`).join('')}</ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">${TEXT.archives}</h2><ul>${['2022年9月', '2022年8月', '2022年7月', '2022年6月', '2022年5月', '2022年4月'].map((m, i) => `<li><a href="${ORIGIN}/2022/${String(9 - i).padStart(2, '0')}/">${m}</a></li>`).join('')}</ul></section>
	<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类</h2><ul>${allCategories(p.site).map((c) => `<li class="cat-item cat-item-${hash(c.path.join('/')) % 500}"><a href="${ORIGIN}/category/${c.path.map(encodeURIComponent).join('/')}/">${e(c.path[c.path.length - 1]!)}</a> <span class="count">(${c.count})</span></li>`).join('')}</ul></section>
	<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title">标签</h2><div class="tagcloud">${TAG_CLOUD.map((t, i) => `<a href="${ORIGIN}/tag/${encodeURIComponent(t)}/" class="tag-cloud-link tag-link-${i + 3} tag-link-position-${i + 1}" style="font-size: ${(8 + (i % 6) * 2.4).toFixed(1)}pt;" aria-label="${e(t)} (${10 + i * 7}个项目)">${e(t)}</a>`).join('\n')}</div></section>
</aside><!-- #secondary -->
	</div><!-- #content -->
	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<a href="https://cn.wordpress.org/">${TEXT.powered}</a>
			<span class="sep"> | </span>
			${TEXT.theme}
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<script src="${ORIGIN}/wp-content/themes/chendu/js/navigation.js?ver=1.0.4" id="chendu-navigation-js"></script>
<script src="${ORIGIN}/wp-includes/js/comment-reply.min.js?ver=6.1.1" id="comment-reply-js" async data-wp-strategy="async"></script>
<script id="jetpack-related-posts-js-extra">var related_posts_js_options = {"post_heading":"h4"};</script>
<script src="${ORIGIN}/wp-content/plugins/jetpack/_inc/build/related-posts/related-posts.min.js?ver=20211209" id="jetpack-related-posts-js"></script>
<script defer src="https://stats.wp.com/e-202238.js"></script>
<script>_stq = window._stq || []; _stq.push(["view", {v:"ext",blog:"198765432",post:"0",tz:"8",srv:"www.chenduzixun.com",j:"1:11.5"}]);</script>
</body>
</html>
`;
}
