import { describe, expect, it } from 'vitest';
import { isTeaserImage, linksToPage } from '../../../src/core/dom';
import { fragment } from './dom-helpers';

describe('linksToPage', () => {
  it('is true for a link to another page, false within the page or to a picture file', () => {
    expect(linksToPage('/posts/2')).toBe(true);
    expect(linksToPage('https://www.woshipm.com/pd/123.html')).toBe(true);
    expect(linksToPage('#comments')).toBe(false);
    expect(linksToPage('https://image.woshipm.com/wp-files/2024/05/a.PNG')).toBe(false);
    expect(linksToPage('https://cdn.example.com/a.jpg?w=720')).toBe(false);
    expect(linksToPage('https://img.example.com/a.jpg!w720')).toBe(false); // a CDN's style suffix
    expect(linksToPage('/logo.svg')).toBe(false);
    expect(linksToPage('')).toBe(false);
    expect(linksToPage(null)).toBe(false);
  });
});

describe('isTeaserImage', () => {
  it('tells a thumbnail of another post from a picture that links to its full size', () => {
    const root = fragment(
      '<a href="/posts/2"><span><img id="teaser" src="/t.jpg"></span></a><a href="/full.jpg"><img id="zoom" src="/s.jpg"></a><p><img id="plain" src="/p.jpg"></p><a><img id="bare" src="/b.jpg"></a>',
    );
    const verdict = (id: string) => isTeaserImage(root.querySelector(`#${id}`)!);
    expect([verdict('teaser'), verdict('zoom'), verdict('plain'), verdict('bare')]).toEqual([true, false, false, false]);
  });
});
