import { describe, expect, it } from 'vitest';
import { bestSrcsetCandidate, cleanImages, pickImageSource } from '../../../src/core/images';
import { fragment } from './dom-helpers';

const BASE = 'https://mirror.example/2022/01/post/';

describe('lazy image resolution', () => {
  it('prefers lazy-loading attributes over placeholder sources', () => {
    for (const attr of ['data-src', 'data-original', 'data-actualsrc', 'data-lazy-src']) {
      const root = fragment(`<img src="data:image/gif;base64,R0lGOD" ${attr}="https://cdn.example/real.jpg">`);
      expect(pickImageSource(root.querySelector('img')!)).toBe('https://cdn.example/real.jpg');
    }
  });
  it('takes the widest srcset candidate when there is no usable src', () => {
    expect(bestSrcsetCandidate('a.jpg 480w, b.jpg 1200w, c.jpg 800w')).toBe('b.jpg');
    expect(bestSrcsetCandidate('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
    const root = fragment('<img src="" srcset="https://cdn.example/s.jpg 480w, https://cdn.example/l.jpg 1200w">');
    expect(pickImageSource(root.querySelector('img')!)).toBe('https://cdn.example/l.jpg');
  });
  it('uses <noscript> fallbacks for placeholders and keeps them beside other pictures', () => {
    const root = fragment('<p><img src="/spinner.gif" class="lazy"></p><noscript><img src="https://cdn.example/real.jpg"></noscript><p><img src="https://cdn.example/other.jpg"></p><noscript><img src="https://cdn.example/third.jpg"></noscript>');
    cleanImages(root, BASE);
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://cdn.example/real.jpg',
      'https://cdn.example/other.jpg',
      'https://cdn.example/third.jpg',
    ]);
    expect(root.querySelector('noscript')).toBeNull();
  });
  it('drops pictures that have no real source (…/undefined, empty, 1×1 placeholders only)', () => {
    const root = fragment('<img src="https://cdn.example/undefined"><img src=""><img src="data:image/gif;base64,R0lGOD"><img src="https://cdn.example/ok.png">');
    cleanImages(root, BASE);
    expect([...root.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['https://cdn.example/ok.png']);
  });
  it('unwraps proxies, remembers the page’s URL, copies data-width/height and clears file-name alt text', () => {
    const root = fragment('<img class="lazy" data-original="http://zkres1.myzaker.com/a_1024.jpg" data-width="1080" data-height="720" src="https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/a_1024.jpg" alt="IMG_2041.JPG">');
    const { originalSrc } = cleanImages(root, BASE);
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('http://zkres1.myzaker.com/a_1024.jpg');
    expect(originalSrc.get('http://zkres1.myzaker.com/a_1024.jpg')).toBe('https://cors.zfour.workers.dev/?http://zkres1.myzaker.com/a_1024.jpg');
    expect(img.getAttribute('width')).toBe('1080');
    expect(img.getAttribute('height')).toBe('720');
    expect(img.getAttribute('alt')).toBe('');
    expect(img.hasAttribute('data-original')).toBe(false);
  });
});
