import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteSuffix } from '../../../src/core/title';

describe('chooseTitle', () => {
  it('takes the post’s own heading that document.title starts with', () => {
    expect(chooseTitle({ docTitle: '阿里和腾讯互联互通，究竟有哪些影响？ | 资讯聚合', elements: ['阿里和腾讯互联互通，究竟有哪些影响？'] })).toBe('阿里和腾讯互联互通，究竟有哪些影响？');
    expect(chooseTitle({ docTitle: '需求评审的三个改变 - 阿泽的资讯站', elements: ['阿泽的资讯站', '需求评审的三个改变'] })).toBe('需求评审的三个改变');
  });
  it('keeps separators that belong to the title itself', () => {
    const t = '1+1大于2  ——有没有哪两款产品的组合给你带来了惊喜？';
    expect(chooseTitle({ docTitle: `${t} - 资讯聚合`, elements: [t] })).toBe(t);
    const u = '2020年，你心中最红的_网络热梗_是哪一个？';
    expect(chooseTitle({ docTitle: `${u} | 资讯聚合`, elements: [u] })).toBe(u);
    expect(chooseTitle({ docTitle: 'Istio vs. Linkerd vs. Consul - Blog', elements: ['Istio vs. Linkerd vs. Consul'] })).toBe('Istio vs. Linkerd vs. Consul');
  });
  it('handles site-name prefixes', () => {
    expect(chooseTitle({ docTitle: 'The Field Notes | Why our checkout failed', elements: ['Why our checkout failed'] })).toBe('Why our checkout failed');
  });
  it('falls back to og:title without the suffix, then document.title without it', () => {
    expect(chooseTitle({ docTitle: 'x', elements: [], ogTitle: '知识付费的下一站 | 产品资讯聚合', siteName: '产品资讯聚合' })).toBe('知识付费的下一站');
    expect(chooseTitle({ docTitle: 'A long enough article title - Site', elements: [] })).toBe('A long enough article title');
  });
  it('strips suffixes only when they look like a site name', () => {
    expect(stripSiteSuffix('How to choose - and why it matters')).toBe('How to choose - and why it matters');
    expect(stripSiteSuffix('增长实验的样本量怎么算 - 人人都是产品经理', '人人都是产品经理')).toBe('增长实验的样本量怎么算');
  });
});
