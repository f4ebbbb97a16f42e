import { describe, expect, it } from 'vitest';
import { imageKey, shouldShowLeadImage } from '../../../src/ui/lib/lead-image';

const url = 'https://www.woshipm.com/pmd/1.html';
const image = (src: string, originalSrc?: string) => ({ src, alt: '', ...(originalSrc ? { originalSrc } : {}) });

describe('shouldShowLeadImage', () => {
  it('hides the lead image when the body starts with the same picture (the woshipm pattern)', () => {
    const lead = 'https://image.woshipm.com/wp-files/2024/03/abc.png';
    expect(shouldShowLeadImage({ url, leadImage: lead, images: [image(lead), image('https://image.woshipm.com/wp-files/2024/03/other.png')] })).toBe(false);
  });

  it('recognises the same file across http/https, www and WordPress or image-service size suffixes', () => {
    expect(shouldShowLeadImage({ url, leadImage: 'http://www.example.com/uploads/pic-1024x576.jpg', images: [image('https://example.com/uploads/pic.jpg')] })).toBe(false);
    expect(shouldShowLeadImage({ url, leadImage: 'https://cdn.example.com/a/pic.jpg!thumb', images: [image('https://cdn.example.com/a/pic.jpg?w=800')] })).toBe(false);
  });

  it('recognises a body image that the page had through a proxy', () => {
    const lead = 'http://image.woshipm.com/wp-files/2020/01/x.jpg';
    const proxied = 'https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2020/01/x.jpg';
    expect(shouldShowLeadImage({ url, leadImage: proxied, images: [image('https://image.woshipm.com/wp-files/2020/01/x.jpg', proxied)] })).toBe(false);
    expect(shouldShowLeadImage({ url, leadImage: lead, images: [image('https://image.woshipm.com/wp-files/2020/01/x.jpg')] })).toBe(false);
  });

  it('does not take two different pictures behind the same proxy for one', () => {
    const proxy = (path: string) => `https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/${path}`;
    expect(shouldShowLeadImage({ url, leadImage: proxy('a.jpg'), images: [image('https://image.woshipm.com/wp-files/b.jpg', proxy('b.jpg'))] })).toBe(true);
    expect(imageKey('https://proxy.example/?url=https%3A%2F%2Fexample.com%2Fx.png')).toBe('example.com/x.png');
  });

  it('shows a lead image the body does not contain', () => {
    expect(shouldShowLeadImage({ url, leadImage: 'https://example.com/cover.jpg', images: [image('https://example.com/figure-1.png')] })).toBe(true);
    expect(shouldShowLeadImage({ url, leadImage: 'https://example.com/cover.jpg', images: [] })).toBe(true);
  });

  it('shows nothing without a usable lead image', () => {
    expect(shouldShowLeadImage({ url, leadImage: null, images: [] })).toBe(false);
    expect(shouldShowLeadImage({ url: 'about:blank', leadImage: '%%%', images: [] })).toBe(false);
  });
});

describe('imageKey', () => {
  it('resolves relative sources against the page and ignores case, query and hash', () => {
    expect(imageKey('/Uploads/A.PNG?x=1#y', 'https://example.com/post')).toBe('example.com/uploads/a.png');
  });
  it('is null for a malformed escape', () => {
    expect(imageKey('https://example.com/%E0%A4%A.png')).toBeNull();
  });
});
