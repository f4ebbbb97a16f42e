import { describe, expect, it } from 'vitest';
import { authorFromCredits, findLede, findTrailingCredits, isCreditLine } from '../../../src/sites/woshipm-credits';
import { fragment } from '../core/dom-helpers';

describe('authorFromCredits', () => {
  it.each([
    [['本文由 @我的鞋子大了 原创发布于人人都是产品经理。未经许可，禁止转载'], '我的鞋子大了'],
    [['本文由@ToBeSaaS 原创发布于人人都是产品经理。未经许可，禁止转载。'], 'ToBeSaaS'],
    [['本文由 @🥑lc🍳 原创发布于人人都是产品经理。未经许可，禁止转载'], '🥑lc🍳'],
    [['本文由 @硅星人 授权发布于人人都是产品经理，未经作者许可，禁止转载'], '硅星人'],
    [['本文由人人都是产品经理合作媒体 @零态LT 授权发布，未经许可，禁止转载。'], '零态LT'],
    [['作者：杜晨，编辑：VickyXiao；公众号：硅星人（ID：covricuc）'], '杜晨'],
    [['作者：林不二子；公众号：读娱（ID：yiqiduyu）'], '林不二子'],
    [['作者：Peter Wang，微信公众号：产品漫谈'], 'Peter Wang'],
    // woshipm's wording since 2022.
    [['本文由人人都是产品经理作者【产品小王】，微信公众号：【产品小王说】，原创/授权 发布于人人都是产品经理，未经许可，禁止转载。'], '产品小王'],
    [['本文由人人都是产品经理作者【Lily Chen】，原创/授权 发布于人人都是产品经理，未经许可，禁止转载。'], 'Lily Chen'],
  ])('%j → %s', (lines, name) => {
    expect(authorFromCredits(lines)).toBe(name);
  });
  it('prefers the posting account of the credit line over the 作者 line (woshipm credits the account)', () => {
    expect(authorFromCredits(['作者：林不二子；公众号：读娱', '本文由 @读娱 授权发布于人人都是产品经理'])).toBe('读娱');
  });
  it('never returns the feed name or the tipping block', () => {
    expect(authorFromCredits(['作者：人人都是产品经理'])).toBeNull();
    expect(authorFromCredits(['给作者打赏，鼓励TA抓紧创作！ 赞赏'])).toBeNull();
  });
});

describe('credit lines and the lede', () => {
  it('recognises credit wordings and not prose', () => {
    for (const line of ['原文链接：https://mp.weixin.qq.com/s/x', '来源公众号：众面（ID：ZhongMian_ZM）', '题图来自 Unsplash，基于 CC0 协议', '该文观点仅代表作者本人，人人都是产品经理平台仅提供信息存储空间服务。'])
      expect(isCreditLine(line), line).toBe(true);
    expect(isCreditLine('作者认为，增长的关键在于留存。')).toBe(false);
  });
  it('finds the trailing credit run (spacers and the copyright box included)', () => {
    const root = fragment('<p>正文最后一段。</p><p> </p><div class="article--copyright"><p>作者：甲</p><p>本文由 @甲 授权发布于人人都是产品经理</p></div><p>题图来自 Unsplash</p>');
    expect(findTrailingCredits(root).map((e) => e.textContent)).toEqual(['作者：甲本文由 @甲 授权发布于人人都是产品经理', '题图来自 Unsplash']);
  });
  it('takes a labelled or opening blockquote as the lede, never a quotation further down', () => {
    expect(findLede(fragment('<blockquote><p>编辑导读：本文讲了三件事。</p></blockquote><p>正文</p>'))?.tagName).toBe('BLOCKQUOTE');
    expect(findLede(fragment('<p> </p><blockquote><p>在线健身课程在过去一年迎来爆发，用户规模同比增长超过一倍，报告分析了其中的机会。</p></blockquote>'))?.tagName).toBe('BLOCKQUOTE');
    expect(findLede(fragment('<p>正文开头。</p><blockquote><p>书看了后面忘了前面，不会由繁化简，提炼精华。</p></blockquote>'))).toBeNull();
    expect(findLede(fragment('<blockquote><p>“我买的不是课，是一个让我坚持下去的环境。”</p></blockquote>'))).toBeNull();
  });
});
