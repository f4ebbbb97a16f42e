// The title's line-break opportunities (<wbr> between segments, word-break: keep-all): never before
// closing punctuation, never after opening punctuation, never inside a dash run. Found in the real
// popup: "做一次有用的版本复盘：从收集事实到落地改进" wrapped with "：" starting the second line.
import { describe, expect, it } from 'vitest';
import { titleSegments } from '../../../src/ui/components/Title';

describe('titleSegments', () => {
  it('keeps a full-width colon with the word before it', () => {
    const segments = titleSegments('做一次有用的版本复盘：从收集事实到落地改进', 'zh-CN');
    expect(segments.join('')).toBe('做一次有用的版本复盘：从收集事实到落地改进');
    expect(segments.some((s) => s.startsWith('：'))).toBe(false);
    expect(segments.find((s) => s.includes('：'))).toMatch(/^.+：/);
  });

  it('breaks neither before closing nor after opening marks, nor inside ——', () => {
    const title = '产品经理的“第一性原理”（上）——写给新人，《复盘》之后怎么办？';
    const segments = titleSegments(title, 'zh-CN');
    expect(segments.join('')).toBe(title);
    for (const [i, s] of segments.entries()) {
      if (i > 0) expect(s, `segment ${i} starts with closing punctuation`).not.toMatch(/^[，。、：；！？）》”」』]/u);
      expect(s, `segment ${i} ends with opening punctuation`).not.toMatch(/[（《“「『]$/u);
      if (i > 0) expect(`${segments[i - 1]}|${s}`, 'a break inside ——').not.toMatch(/—\|—/u);
    }
    expect(segments).toContain('——'); // the dash may start a line, whole
    expect(segments.length).toBeGreaterThan(5); // still broken into words
  });

  it('leaves Latin titles breakable at their spaces', () => {
    const segments = titleSegments('How to run a useful retrospective: four steps', 'en');
    expect(segments.join('')).toBe('How to run a useful retrospective: four steps');
    expect(segments).toContain('retrospective:');
  });
});
