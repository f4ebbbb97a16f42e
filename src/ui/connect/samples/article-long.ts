// A long Chinese article (twenty-four sections) for the mock connector: exercises the table of
// contents, the reading progress bar and scrolling performance. Built from the Chinese sample's
// voice, with section text varied so no two sections read the same.

import type { Article } from '../../../core/article';
import { sampleArticleZh } from './article-zh';
import type { AssetResolver } from './article-zh';

const TOPICS = ['用户访谈', '竞品分析', '数据埋点', '灰度发布', '需求池管理', '跨部门协作', '原型评审', '版本复盘'];
const ANGLES = ['为什么容易做错', '一个真实的例子', '可以直接用的清单'];

function section(topic: string, angle: string, n: number): string {
  return `<h2 id="part-${n}">${n}. ${topic}：${angle}</h2>
<p>关于${topic}，团队里最常听到的说法是“我们已经在做了”。可一旦追问细节——谁负责、多久做一次、结果写在哪里——答案就开始含糊。第 ${n} 部分想把这件事拆开来看。</p>
<p>${angle === '为什么容易做错' ? `${topic}之所以容易流于形式，是因为它的收益滞后，而成本立刻可见。排期紧张时，它总是第一个被砍掉的环节。` : angle === '一个真实的例子' ? `去年我们在一个 SaaS 项目里认真做了一次${topic}，花了两周时间，却避免了一个原本要三个月才能发现的方向性错误。` : `如果只能记住一件事：把${topic}的结论写成一句话，贴在需求文档的第一行，并在评审时当众读一遍。`}</p>
<p>这样做的好处，不只是流程更规范，更重要的是让每个人在同一个事实基础上讨论问题，而不是各自凭印象发言。</p>`;
}

export function sampleArticleLong(asset: AssetResolver): Article {
  const base = sampleArticleZh(asset);
  const parts: string[] = [];
  const toc: Article['toc'] = [];
  let n = 0;
  for (const topic of TOPICS) {
    for (const angle of ANGLES) {
      n += 1;
      parts.push(section(topic, angle, n));
      toc.push({ id: `part-${n}`, level: 2, text: `${n}. ${topic}：${angle}` });
    }
  }
  return {
    ...base,
    url: 'https://www.woshipm.com/pmd/6054321.html',
    canonicalUrl: 'https://www.woshipm.com/pmd/6054321.html',
    title: '产品经理的基本功：二十四个常被忽略的细节',
    contentHtml: `<blockquote class="qy-lede"><p>编辑导语：基本功决定了一个产品经理能走多远。本文从八个日常环节出发，每个环节讲三件事：为什么容易做错、一个真实的例子、一份可以直接用的清单。</p></blockquote>\n${parts.join('\n')}\n<footer class="qy-credits"><p>本文由 @林知远 原创发布于人人都是产品经理。未经许可，禁止转载</p></footer>`,
    images: [],
    leadImage: null,
    toc,
    readingMinutes: 14,
  };
}
