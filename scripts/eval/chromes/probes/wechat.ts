// Probe layout: a WeChat official-account article page as served: #js_content starts as
// visibility:hidden; opacity:0 until its script runs, pictures are lazy (data-src), the account's
// reward area, tags, toolbar and QR code follow; the author meta names the account.
import type { Chrome } from '../shared.ts';
import { description, escapeHtml as e, postDate } from '../shared.ts';
export const wechat: Chrome = {
  id: 'wechat', label: 'WeChat-like',
  render(post, site) {
    const url = `https://mp.weixin.qq.com/s/${post.index}AbCdEfGhIjKlMn`;
    const d = postDate(post.date);
    const body = post.bodyHtml.replace(/<img([^>]*?)\ssrc="([^"]+)"/g, '<img$1 data-src="$2" class="rich_pages wxw-img" data-ratio="0.5625"');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:title" content="${e(post.title)}"><meta property="og:url" content="${url}"><meta property="og:image" content="https://mmbiz.qpic.cn/cover${post.index}.jpg"><meta property="og:description" content="${e(description(post))}"><meta property="og:site_name" content="微信公众平台"><meta property="og:type" content="article"><meta name="author" content="产品观察室">
<title>${e(post.title)}</title><style>.rich_media_area_primary{padding:20px 16px 12px}</style></head>
<body id="activity-detail" class="zh_CN wx_wap_page"><div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">${e(post.title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">原创</span><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">产品观察室</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">${d.ymd} ${d.hm}</em></div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden; opacity: 0;">${body}</div>
<div class="reward_area"><p class="reward_tips">喜欢作者</p><a class="reward_button">赞赏</a></div>
<div id="js_tags" class="article-tag__list"><span class="article-tag__item">#产品经理 12个</span></div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a><span class="media_tool_meta">阅读 3.2万</span><span>在看 128</span></div>
<div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004"><p>微信扫一扫<br>关注该公众号</p></div>
</div></div></div></div></div><script>var msg_title = "${e(post.title)}";</script></body></html>`;
    return { url, html, chromeText: ['微信扫一扫', '关注该公众号', '喜欢作者'] };
  },
};
