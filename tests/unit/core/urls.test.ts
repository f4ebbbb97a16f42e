import { describe, expect, it } from 'vitest';
import { cleanLinkUrl, cleanResourceUrl, hostOf, unwrapProxyUrl, upgradeHttps } from '../../../src/core/urls';

describe('unwrapProxyUrl', () => {
  it('unwraps the bare-query CORS proxy form', () => {
    expect(unwrapProxyUrl('https://cors.zfour.workers.dev/?http://image.woshipm.com/wp-files/2021/10/a.jpg')).toBe('http://image.woshipm.com/wp-files/2021/10/a.jpg');
  });
  it('unwraps percent-encoded and double-encoded origins', () => {
    expect(unwrapProxyUrl('https://proxy.example/?http%3A%2F%2Fimage.woshipm.com%2Fa.png')).toBe('http://image.woshipm.com/a.png');
    expect(unwrapProxyUrl('https://proxy.example/?http%253A%252F%252Fimage.woshipm.com%252Fa.png')).toBe('http://image.woshipm.com/a.png');
  });
  it('unwraps ?url= style image proxies', () => {
    expect(unwrapProxyUrl('https://images.weserv.nl/?url=https%3A%2F%2Fexample.com%2Fa.jpg&w=800')).toBe('https://example.com/a.jpg');
    expect(unwrapProxyUrl('https://site.example/_next/image?url=https%3A%2F%2Fcdn.example%2Fb.png&w=1080&q=75')).toBe('https://cdn.example/b.png');
  });
  it('unwraps scheme-less origins the way weserv takes them (ssl: for https)', () => {
    expect(unwrapProxyUrl('https://images.weserv.nl/?url=image.woshipm.com/wp-files/2021/10/a.png&w=800')).toBe('http://image.woshipm.com/wp-files/2021/10/a.png');
    expect(unwrapProxyUrl('https://wsrv.nl/?url=ssl:cdn.example.org/b.jpg')).toBe('https://cdn.example.org/b.jpg');
    expect(cleanResourceUrl('https://images.weserv.nl/?url=image.woshipm.com/a.png', 'https://m.example/')).toBe('https://image.woshipm.com/a.png');
    // A parameter that is not a host and path stays as it is.
    const resize = 'https://cdn.example/resize?src=uploads/a.jpg&w=300';
    expect(unwrapProxyUrl(resize)).toBe(resize);
  });
  it('unwraps Jetpack’s image CDN in front of hosts known to serve their pictures, and only those', () => {
    expect(unwrapProxyUrl('https://i0.wp.com/image.woshipm.com/wp-files/2021/10/a.png?resize=640%2C360&ssl=1')).toBe('https://image.woshipm.com/wp-files/2021/10/a.png');
    expect(unwrapProxyUrl('https://i2.wp.com/static.woshipm.com/TTW_QUESTION_1.jpg')).toBe('https://static.woshipm.com/TTW_QUESTION_1.jpg');
    // Another blog's own pictures may load only through the CDN: left alone.
    const other = 'https://i1.wp.com/www.blog.example/wp-content/uploads/2019/11/a.jpg?resize=650%2C434';
    expect(unwrapProxyUrl(other)).toBe(other);
    // Links are not images.
    expect(cleanLinkUrl('https://i0.wp.com/image.woshipm.com/a.png', 'https://m.example/')).toBe('https://i0.wp.com/image.woshipm.com/a.png');
  });
  it('unwraps nested proxies', () => {
    const inner = 'https://cors.zfour.workers.dev/?http://image.woshipm.com/x.jpg';
    expect(unwrapProxyUrl(`https://images.weserv.nl/?url=${encodeURIComponent(inner)}`)).toBe('http://image.woshipm.com/x.jpg');
  });
  it('leaves ordinary URLs alone, query strings included', () => {
    const u = 'https://static.woshipm.com/TTW_QUESTION_1.jpg?imageMogr2/size-limit/100k!';
    expect(unwrapProxyUrl(u)).toBe(u);
    expect(unwrapProxyUrl('https://example.com/search?q=http')).toBe('https://example.com/search?q=http');
  });
  it('does not unwrap ?url= on links (it is often the link’s own meaning)', () => {
    expect(cleanLinkUrl('https://example.com/share?url=https%3A%2F%2Fother.example', 'https://example.com/')).toBe('https://example.com/share?url=https%3A%2F%2Fother.example');
    expect(cleanLinkUrl('https://cors.zfour.workers.dev/?http://dockone.io/uploads/a.png', 'https://m.example/')).toBe('http://dockone.io/uploads/a.png');
  });
});

describe('https upgrade and resolution', () => {
  it('upgrades only hosts known to serve https', () => {
    expect(upgradeHttps('http://image.woshipm.com/a.jpg')).toBe('https://image.woshipm.com/a.jpg');
    expect(upgradeHttps('http://image.yunyingpai.com/a.jpg')).toBe('https://image.yunyingpai.com/a.jpg');
    expect(upgradeHttps('http://zkres1.myzaker.com/a.jpg')).toBe('http://zkres1.myzaker.com/a.jpg');
  });
  it('resolves relative URLs, unwraps and upgrades in one step', () => {
    expect(cleanResourceUrl('/img/a.png', 'https://blog.example/post/1')).toBe('https://blog.example/img/a.png');
    expect(cleanResourceUrl('https://cors.zfour.workers.dev/?http://image.woshipm.com/a.jpg', 'https://m.example/')).toBe('https://image.woshipm.com/a.jpg');
    expect(cleanResourceUrl('', 'https://m.example/')).toBeNull();
  });
  it('reads hosts', () => {
    expect(hostOf('https://Image.WOSHIPM.com/a')).toBe('image.woshipm.com');
    expect(hostOf('//cdn.example/x')).toBe('cdn.example');
  });
});
