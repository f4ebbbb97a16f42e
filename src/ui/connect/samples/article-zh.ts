// A woshipm-style Chinese article for the mock connector, written for this project (not taken from
// any real post). It has what the reader must style: a lede, h2/h3 with ids, a repeated header
// image (so the lead image is hidden), a figure with a caption, a quotation, lists, a table, a
// video link block, mixed Chinese/Latin text, a long URL and the credits footer.

import type { Article } from '../../../core/article';
import chartUrl from './chart.svg?url&no-inline';
import flowUrl from './flow.svg?url&no-inline';
import headerUrl from './header.svg?url&no-inline';

export type AssetResolver = (url: string) => string;

const SECTIONS = [
  { id: 'toc-1', level: 2, text: '一、这个需求到底解决谁的问题？' },
  { id: 'toc-2', level: 2, text: '二、如果不做，会发生什么？' },
  { id: 'toc-3', level: 2, text: '三、我们怎么知道它成功了？' },
  { id: 'toc-3-1', level: 3, text: '先定指标，再定方案' },
  { id: 'toc-3-2', level: 3, text: '别让指标只剩 DAU' },
  { id: 'toc-4', level: 2, text: '四、最小可行的版本是什么？' },
  { id: 'toc-5', level: 2, text: '五、上线以后谁来负责？' },
  { id: 'toc-6', level: 2, text: '写在最后' },
];

export function sampleArticleZh(asset: AssetResolver): Article {
  const header = asset(headerUrl);
  const flow = asset(flowUrl);
  const chart = asset(chartUrl);
  const contentHtml = `<blockquote class="qy-lede"><p>编辑导语：需求评审常常变成“过一遍 PRD”，真正该问的问题却没人问。本文作者结合自己在 B 端团队做评审的经历，总结了五个追问，帮助产品经理在评审会前就把需求想清楚。</p></blockquote>
<p><img src="${header}" alt="" width="1200" height="600"></p>
<p>每周三下午的需求评审会，是我们组里最“热闹”的时候。业务方带着新想法来，研发带着排期表来，测试带着上次的线上问题来。会开了两个小时，结论却常常只有一句：“先做了再说。”</p>
<p>后来我发现，问题不在会议本身，而在会前没人把需求问透。一个需求能不能进入评审，取决于它能不能回答下面五个问题。答不上来，就退回去重新想，而不是带着疑问进入开发。</p>
<figure><img src="${flow}" alt="需求从提出到上线的五个环节" width="1200" height="420"><figcaption>图 1：需求从提出到上线，追问发生在评审之前</figcaption></figure>
<h2 id="toc-1">一、这个需求到底解决谁的问题？</h2>
<p>很多需求文档的第一句话是“为了提升用户体验”。可是“用户”是谁？是每天处理两百张工单的客服，还是一个月登录一次的财务主管？不同的人，痛点完全不一样。</p>
<p>我的做法是要求每个需求写出<strong>一个具体的人</strong>和<strong>一个具体的场景</strong>：谁，在什么时候，因为什么原因，卡在了哪一步。比如“仓库主管在月底盘点时，需要把三个系统的数据导出来手工对账，平均花费 4 小时”。写到这种程度，方案往往自己就浮现出来了。</p>
<blockquote><p>如果你说不出这个需求是为谁做的，那它多半是为你自己做的。</p></blockquote>
<h2 id="toc-2">二、如果不做，会发生什么？</h2>
<p>这个问题听上去有点冷酷，却最能挤掉需求里的水分。资源永远是有限的，每做一个需求，就意味着另一个需求要往后排。</p>
<ul>
<li>如果不做，用户会流失吗？流失多少？</li>
<li>如果不做，有没有临时的替代办法，代价有多大？</li>
<li>如果晚三个月做，损失会不会明显增加？</li>
</ul>
<p>能回答这三点的需求，通常已经有了数据支撑；回答不了的，值得再观察一段时间。</p>
<h2 id="toc-3">三、我们怎么知道它成功了？</h2>
<h3 id="toc-3-1">先定指标，再定方案</h3>
<p>评审会上最常见的争论，是“这个按钮放左边还是右边”。但如果大家事先对成功的标准没有共识，这种争论永远不会有结果。先约定一个可以衡量的指标，比如“对账时间从 4 小时降到 1 小时以内”，再讨论方案，效率会高很多。</p>
<h3 id="toc-3-2">别让指标只剩 DAU</h3>
<p>对 B 端产品来说，DAU、PV 这样的流量指标往往说明不了问题。更好的指标贴近业务结果：任务完成率、平均处理时长、出错后返工的次数。下面这张图是我们团队引入“五个追问”前后的返工情况。</p>
<figure><img src="${chart}" alt="引入追问前后返工需求占比的柱状图" width="1200" height="560"><figcaption>图 2：各季度上线后两周内的返工需求占比</figcaption></figure>
<h2 id="toc-4">四、最小可行的版本是什么？</h2>
<p>MVP 不是“功能少一点的完整版”，而是“能验证核心假设的最小版本”。我会在评审前和业务方一起，把需求拆成下面这张表：</p>
<table>
<thead><tr><th>追问</th><th>想弄清楚什么</th><th>常见的坏答案</th></tr></thead>
<tbody>
<tr><td>解决谁的问题</td><td>具体的人和场景</td><td>“所有用户”</td></tr>
<tr><td>不做会怎样</td><td>需求的紧迫程度</td><td>“竞品都有了”</td></tr>
<tr><td>怎么算成功</td><td>可衡量的结果指标</td><td>“体验更好”</td></tr>
<tr><td>最小版本</td><td>验证假设的最低成本</td><td>“一期先做全”</td></tr>
<tr><td>谁来负责</td><td>上线后的复盘人</td><td>“大家一起看”</td></tr>
</tbody>
</table>
<p>第一版只保留能验证假设的部分，其余的放进“观察清单”。上线两周后再看数据，决定下一步。</p>
<p class="qy-embed"><a href="https://v.qq.com/x/page/q0000example.html">视频：一次真实的需求评审会（12 分钟）</a></p>
<h2 id="toc-5">五、上线以后谁来负责？</h2>
<p>需求上线不是终点。每个需求都应该有一个明确的负责人，在约定的时间点拿着数据回来复盘：指标有没有达成？没达成的原因是什么？要不要继续投入？</p>
<ol>
<li>上线当天：确认埋点数据正常上报。</li>
<li>上线一周：看早期数据，排查明显的问题。</li>
<li>上线一个月：对照评审时的指标做复盘，写进需求池的备注。</li>
</ol>
<p>复盘模板我放在了团队的知识库里，链接是 https://example.com/wiki/product-review/templates/requirement-retrospective-checklist-2024，欢迎参考。</p>
<h2 id="toc-6">写在最后</h2>
<p>五个追问并不复杂，难的是坚持每次都问。刚开始推行时，业务方会觉得我们“故意刁难”；三个月后，他们带来的需求文档里已经自带了这五个问题的答案。</p>
<p>评审会从两个小时缩短到了四十分钟，返工也少了一半。希望这些经验对你也有用。</p>
<footer class="qy-credits"><p>本文由 @林知远 原创发布于人人都是产品经理。未经许可，禁止转载</p><p>题图来自 Unsplash，基于 CC0 协议</p></footer>`;
  return {
    url: 'https://www.woshipm.com/pmd/6012345.html',
    canonicalUrl: 'https://www.woshipm.com/pmd/6012345.html',
    site: 'woshipm',
    title: '需求评审之前，产品经理要先问自己的五个问题',
    byline: '林知远',
    siteName: '人人都是产品经理',
    publishedTime: '2024-03-18T09:30:00+08:00',
    lang: 'zh-CN',
    excerpt: '需求评审常常变成“过一遍 PRD”，真正该问的问题却没人问。本文总结了五个追问，帮助产品经理在评审会前就把需求想清楚。',
    leadImage: header,
    contentHtml,
    textContent: '',
    images: [
      { src: header, alt: '', width: 1200, height: 600 },
      { src: flow, alt: '需求从提出到上线的五个环节', width: 1200, height: 420 },
      { src: chart, alt: '引入追问前后返工需求占比的柱状图', width: 1200, height: 560 },
    ],
    toc: SECTIONS,
    readingMinutes: 6,
  };
}
