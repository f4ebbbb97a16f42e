// Search that works for Chinese: substrings inside words, full-width/half-width and case folded.
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { foldForSearch, openLibrary } from '../../../src/storage/library';
import { freshLibrary, makeArticle } from './library-fixtures';

async function seeded() {
  const test = freshLibrary();
  const articles = [
    makeArticle({ title: '从０到１搭建用户增长体系', url: 'https://m.example/1', paragraphs: ['增长黑客的核心是产品实验。', '我们用ＡＢ测试验证了新手引导的效果，次日留存提升了１２％。'] }),
    makeArticle({ title: 'SaaS 产品的定价策略', url: 'https://m.example/2', paragraphs: ['Pricing is the most underrated lever in SaaS.', '按席位收费与按用量收费各有利弊。'] }),
    makeArticle({ title: '天天问：产品经理如何做竞品分析？', url: 'https://m.example/3', paragraphs: ['刚入行的产品经理，面对竞品分析经常无从下手，有没有好的框架？'] }),
  ];
  for (const article of articles) {
    test.tick(1000);
    await test.library.saveArticle({ article, images: [] });
  }
  return test;
}

describe('search', () => {
  test('finds a substring inside a Chinese word, in the body, newest first, with a snippet around the match', async () => {
    const { library } = await seeded();
    const result = await library.search('留存');
    expect(result.total).toBe(1);
    const hit = result.items[0]!;
    expect(hit.title).toBe('从０到１搭建用户增长体系');
    expect(hit.matchedIn).toBe('text');
    const { text, match } = hit.snippet!;
    expect(text.slice(match[0], match[1])).toBe('留存');
    expect(text).toContain('次日留存提升了12%');

    // 竞品 appears in the title and in the text of one article only; 产品 in all three.
    expect((await library.search('竞品')).items.map((item) => item.matchedIn)).toEqual(['title']);
    expect((await library.search('产品')).items.map((item) => item.sourceUrl)).toEqual([
      'https://m.example/3',
      'https://m.example/2',
      'https://m.example/1',
    ]);
  });

  test('full-width and half-width forms, and case, match each other both ways', async () => {
    const { library } = await seeded();
    expect((await library.search('AB测试')).total).toBe(1); // text has ＡＢ测试
    expect((await library.search('ａｂ测试')).total).toBe(1);
    expect((await library.search('0到1')).total).toBe(1); // title has ０到１
    expect((await library.search('saas')).total).toBe(1);
    expect((await library.search('ＰＲＩＣＩＮＧ')).total).toBe(1);
    expect((await library.search('12%')).total).toBe(1); // text has １２％
  });

  test('several terms must all match, in the title or the text', async () => {
    const { library } = await seeded();
    expect((await library.search('定价 席位')).total).toBe(1);
    expect((await library.search('定价 留存')).total).toBe(0);
    expect((await library.search('  ')).total).toBe(3); // an empty query lists everything
  });

  test('paging over matches, and listArticles({ query }) is the same search', async () => {
    const { library } = await seeded();
    const all = await library.search('产品', { offset: 0, limit: 10 });
    const second = await library.search('产品', { offset: 1, limit: 1 });
    expect(second.total).toBe(3);
    expect(second.items.map((item) => item.id)).toEqual([all.items[1]!.id]);
    expect((await library.listArticles({ query: '产品', limit: 2 })).items.map((item) => item.id)).toEqual(all.items.slice(0, 2).map((item) => item.id));
  });

  test('sees saves and deletes made by another context (the background) while the page keeps its cache', async () => {
    const { library, deps } = await seeded();
    const page = openLibrary(deps); // the library page, with its own in-memory cache
    expect((await page.search('定价')).total).toBe(1);
    await library.saveArticle({ article: makeArticle({ title: '定价页的 A/B 实验', url: 'https://m.example/4' }), images: [] });
    expect((await page.search('定价')).total).toBe(2);
    const first = (await page.search('定价')).items[0]!;
    await library.deleteArticle(first.id);
    expect((await page.search('定价')).total).toBe(1);
  });

  test('search stays fast over 1,000 long Chinese articles once the texts are loaded', async () => {
    const { library, tick } = freshLibrary({ IDBKeyRange });
    const filler = '用户研究与数据分析是产品决策的两条腿，缺一不可。'.repeat(200); // ~5,000 characters
    for (let i = 0; i < 1000; i++) {
      tick();
      const paragraphs = [filler, i === 500 ? '这里藏着一个独特的关键词：蓝鲸计划。' : '普通段落。'];
      await library.saveArticle({ article: makeArticle({ title: `长文 ${i}`, url: `https://m.example/long/${i}`, paragraphs }), images: [] });
    }
    await library.search('预热'); // loads the texts once
    const started = performance.now();
    for (const query of ['蓝', '蓝鲸', '蓝鲸计', '蓝鲸计划']) {
      const result = await library.search(query);
      expect(result.items.map((item) => item.title)).toEqual(['长文 500']);
    }
    const perKeystroke = (performance.now() - started) / 4;
    // A generous bound for a slow CI machine; typically a few ms.
    expect(perKeystroke).toBeLessThan(100);
  }, 60_000);
});

describe('foldForSearch', () => {
  test('folds full-width letters, digits and punctuation, ideographic spaces and case, keeping length', () => {
    expect(foldForSearch('ＡＢＣ　１２３！')).toBe('abc 123!');
    expect(foldForSearch('Ｈｅｌｌｏ，世界')).toBe('hello,世界');
    const text = '产品…㈱İstanbul';
    expect(foldForSearch(text)).toHaveLength(text.length);
  });
});
