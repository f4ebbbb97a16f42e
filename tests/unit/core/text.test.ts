import { describe, expect, it } from 'vitest';
import { blockText, readingMinutes } from '../../../src/core/text';
import { buildToc } from '../../../src/core/toc';
import { fragment } from './dom-helpers';

describe('readingMinutes', () => {
  it('counts CJK characters at ~400/min and other words at ~230/min, rounded up, at least 1', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('字'.repeat(400))).toBe(1);
    expect(readingMinutes('字'.repeat(401))).toBe(2);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('字'.repeat(800) + ' word'.repeat(230))).toBe(3);
  });
});

describe('blockText', () => {
  it('separates blocks by blank lines, keeps captions, list items, cells and code, collapses whitespace', () => {
    const root = fragment('<p>第一段   文字</p><figure><img src="a"><figcaption>图1 说明</figcaption></figure><ul><li>甲</li><li>乙</li></ul><table><tr><td>A</td><td>B</td></tr></table><pre>x = 1\ny = 2</pre><p>行一<br>行二</p>');
    expect(blockText(root)).toBe('第一段 文字\n\n图1 说明\n\n甲\n\n乙\n\nA B\n\nx = 1\ny = 2\n\n行一\n行二');
  });
});

describe('buildToc', () => {
  it('keeps safe ids, assigns missing ones, skips empty headings and dedupes', () => {
    const root = fragment('<h2 id="toc-1">一、背景</h2><h3>Data &amp; Methods</h3><h2></h2><h4>结论</h4><h3>Data &amp; Methods</h3><h2 id="toc-1">重复</h2>');
    const toc = buildToc(root);
    expect(toc).toEqual([
      { id: 'toc-1', level: 2, text: '一、背景' },
      { id: 'data-methods', level: 3, text: 'Data & Methods' },
      { id: 'qy-h-3', level: 4, text: '结论' },
      { id: 'data-methods-2', level: 3, text: 'Data & Methods' },
      { id: 'qy-h-5', level: 2, text: '重复' },
    ]);
    for (const t of toc) expect(root.querySelector(`#${t.id}`)?.textContent).toBeTruthy();
  });
});
