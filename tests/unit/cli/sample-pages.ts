// Small pages written for the CLI tests (own text, modelled on the shapes in the corpus README):
// a woshipm post on a Hexo mirror, an English blog article, and a page that is not an article.

const PARAGRAPHS_ZH = [
  '上个季度我们接手了一个做了三年的采购系统，需求池里躺着四百多条需求，最早的一条已经没人记得是谁提的。团队的第一反应是全部推倒重来，但业务方每天都在用这个系统下单，停不下来。',
  '我们决定先不写一行代码，而是花两周时间把需求重新过一遍：每一条都要找到提出人，问清楚当时遇到的具体场景，以及现在这个问题是否还存在。结果超过三分之一的需求已经失效，另有一批其实是同一个问题的不同说法。',
  '访谈时最有用的问题不是“你想要什么功能”，而是“上一次遇到这个问题是什么时候，你当时是怎么绕过去的”。绕路的方式往往比需求本身更能说明问题的严重程度：如果大家已经习惯用表格导出再手工处理，说明这个环节的痛点真实存在，而且频率不低。',
  '整理完之后，我们按照影响的订单金额和涉及的角色数量给需求打分，把分数最高的二十条拿出来和业务负责人逐条确认。这个过程比预想的顺利，因为每一条背后都有具体的人和具体的场景，讨论的焦点自然落在事实上，而不是谁的声音更大。',
  '复盘下来，需求池失控的根源并不是需求太多，而是缺少退出机制：一条需求进了池子就再也不会出来。现在我们给每条需求设置了九十天的有效期，到期没有排期就自动回到提出人手里重新确认。',
];

export function woshipmMirrorPage(): string {
  const body = `<div>
<blockquote><p>编辑导语：一个用了三年的采购系统，需求池里有四百多条需求，该从哪里下手？本文作者复盘了一次需求梳理的全过程，分享访谈和排序中的几点经验。</p></blockquote>
<p><img data-action="zoom" class="size-full wp-image-5012345 aligncenter" src="https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2022/03/qyTestHeader01.jpg" alt width="900" height="420" referrerpolicy="no-referrer"></p>
<p>${PARAGRAPHS_ZH[0]}</p>
<h2 id="toc-1">一、先别急着排期</h2>
<p>${PARAGRAPHS_ZH[1]}</p>
<p>${PARAGRAPHS_ZH[2]}</p>
<p><img data-action="zoom" class="aligncenter" src="https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2022/03/qyTestBody02.png" alt width="684" height="300" referrerpolicy="no-referrer"></p>
<h2 id="toc-2">二、给需求打分</h2>
<p>${PARAGRAPHS_ZH[3]}</p>
<p>${PARAGRAPHS_ZH[4]}</p>
<p> </p>
<p>作者：林间；公众号：林间产品笔记</p>
<p>本文由 @林间 原创发布于人人都是产品经理。未经许可，禁止转载</p>
<p>题图来自 Unsplash，基于 CC0 协议</p>
<div class="support-author"><div class="support-title">给作者打赏，鼓励TA抓紧创作！</div><button class="button--pay" data-post-id="5012345" data-author="1234567" data-avatar="http://image.woshipm.com/wp-files/2021/01/avatar.jpg"><svg width="13" height="16" viewBox="0 0 13 16"><path d="M1 1h11v14H1z"/></svg>
赞赏</button></div>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>需求池失控之后：一次B端需求梳理的复盘 | 资讯聚合</title>
<meta property="og:site_name" content="资讯聚合">
<meta property="og:type" content="article">
</head>
<body>
<header class="site-header"><a href="/">资讯聚合</a><nav><a href="/">首页</a><a href="/archives/">归档</a><a href="/categories/">分类</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">需求池失控之后：一次B端需求梳理的复盘</h1>
<div class="post-meta"><time datetime="2022-03-08T08:00:00+08:00">2022-03-08</time>
<a href="/categories/新媒体/">新媒体</a> / <a href="/categories/新媒体/人人都是产品经理/">人人都是产品经理</a> / <a href="/categories/新媒体/人人都是产品经理/最新文章/">最新文章</a></div>
${body}
</article>
</main>
<footer>© 2022 资讯聚合 · Powered by Hexo</footer>
</body>
</html>`;
}

export const WOSHIPM_TITLE = '需求池失控之后：一次B端需求梳理的复盘';

const PARAGRAPHS_EN = [
  'Every team I have worked with keeps a backlog, and every backlog eventually turns into an attic: things go in because throwing them away feels rude, and nothing ever comes out.',
  'The fix we tried last spring was simple. Each item gets an owner and an expiry date. When the date passes and nobody has scheduled the work, the item goes back to its owner, who either argues for it again or lets it go.',
  'The first month was uncomfortable. People were attached to ideas they had written down years earlier. By the third month the backlog had shrunk by half, and the planning meetings were shorter because the list finally described work we actually meant to do.',
  'The lesson was not about tooling. Any tracker can hold an expiry date. The lesson was that a list without a way out stops being a plan and becomes a record of good intentions.',
];

export function englishArticlePage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Backlogs need an exit - Field Notes</title></head>
<body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/rss">RSS</a></nav>
<article>
<h1>Backlogs need an exit</h1>
<p class="byline">By Dana Whitfield</p>
${PARAGRAPHS_EN.map((p) => `<p>${p}</p>`).join('\n')}
<table><thead><tr><th>Month</th><th>Open items</th></tr></thead><tbody><tr><td>March</td><td>412</td></tr><tr><td>June</td><td>198</td></tr></tbody></table>
<p><img src="/img/backlog-chart.png" alt="Backlog size by month" width="640" height="360"></p>
</article>
<footer>Field Notes · a blog about shipping software</footer>
</body>
</html>`;
}

export function notAnArticlePage(): string {
  const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/post/${i + 1}/">Post number ${i + 1}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Archive - Field Notes</title></head>
<body><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav><h1>Archive</h1><ul>${links}</ul><footer>Field Notes</footer></body></html>`;
}

/** A Chinese page saved in GB2312/GBK, declared the old way (http-equiv). Returns its bytes. */
export function gbkPageBytes(): Uint8Array {
  const text = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>国标编码的网页</title></head>
<body><article><h1>国标编码的网页</h1>${PARAGRAPHS_ZH.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  return encodeGbk(text);
}

/** GBK encoder for the test: Node can decode GBK but not encode it, so build a reverse table from TextDecoder. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
