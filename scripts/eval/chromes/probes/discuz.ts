// Probe layout: a Discuz! X3.4 forum thread reposting the post as its first floor (table layout,
// user panels with avatars, replies as further floors, breadcrumbs, no metadata at all).
import type { Chrome } from '../shared.ts';
import { commentsFor, escapeHtml as e, postDate } from '../shared.ts';
export const discuz: Chrome = {
  id: 'discuz', label: 'Discuz forum repost',
  render(post, site) {
    const url = `https://bbs.example.cn/thread-${2000 + post.index}-1-1.html`;
    const d = postDate(post.date);
    const cm = commentsFor(post);
    const reply = (n: number, who: string, text: string) => `<div id="post_${n}"><table id="pid${n}" class="plhin" summary="pid${n}" cellspacing="0" cellpadding="0"><tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-${n}.html" class="xw1">${e(who)}</a></div></div><div class="avatar"><a href="space-uid-${n}.html"><img src="/uc_server/avatar.php?uid=${n}&size=middle"></a></div><p><em>积分 ${n % 997}</em></p></td><td class="plc"><div class="pi"><strong><a href="#">${n}#</a></strong><div class="pti"><div class="authi"><em>发表于 ${d.ymd}</em></div></div></div><div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_${n}">${text}</td></tr></table></div></div></div></td></tr></table></div>`;
    const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${e(post.title)} - 产品交流 - 某某论坛 - Powered by Discuz!</title><meta name="keywords" content="${e(post.title)}"><meta name="generator" content="Discuz! X3.4"></head>
<body id="nv_forum" class="pg_viewthread"><div id="toptb" class="cl"><div class="wp"><div class="z"><a href="/">设为首页</a><a href="/">收藏本站</a></div></div></div>
<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="某某论坛"><img src="static/image/common/logo.png" alt="某某论坛"></a></h2></div><div id="nv"><ul><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li></ul></div></div></div>
<div id="wp" class="wp"><div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">某某论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="forum-12-1.html">产品交流</a> <em>›</em> <a href="${url}">${e(post.title)}</a></div></div>
<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">1024</span></div></td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">${e(post.title)}</span></h1></td></tr></table>
${reply(1, '转载小能手', `【转载自人人都是产品经理】<br>${post.bodyHtml}`)}
${cm.map((c, i) => reply(i + 2, c.nick, e(c.text))).join('\n')}
</div></div></div><div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a></p></div><div id="frt"><p>Powered by <strong>Discuz!</strong> X3.4</p></div></div></body></html>`;
    return { url, html, chromeText: ['设为首页', '收藏本站'] };
  },
};
