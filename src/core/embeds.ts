// Embedded players (iframes, <video>, <embed>, <object>) cannot run in the reader: nothing from the
// page executes there. Each becomes a plain link block naming the video source, so the reader can
// still follow it: <p class="qy-embed"><a href="…">▶ Bilibili 视频</a></p>.

import { all, byTags, isBlank, tagOf } from './dom';
import { hostIs, hostOf, resolveUrl, unwrapProxyUrl } from './urls';

/** Known video hosts → the name shown in the link. */
const VIDEO_SOURCES: Array<[domain: string, name: string]> = [
  ['youtube.com', 'YouTube'],
  ['youtube-nocookie.com', 'YouTube'],
  ['youtu.be', 'YouTube'],
  ['bilibili.com', 'Bilibili'],
  ['b23.tv', 'Bilibili'],
  ['youku.com', '优酷 Youku'],
  ['v.qq.com', '腾讯视频 Tencent Video'],
  ['video.qq.com', '腾讯视频 Tencent Video'],
  ['mp.weixin.qq.com', '微信视频 WeChat'],
  ['vimeo.com', 'Vimeo'],
  ['ixigua.com', '西瓜视频 Xigua'],
  ['douyin.com', '抖音 Douyin'],
  ['iqiyi.com', '爱奇艺 iQIYI'],
  ['weibo.com', '微博视频 Weibo'],
  ['dailymotion.com', 'Dailymotion'],
  ['twitch.tv', 'Twitch'],
  ['ted.com', 'TED'],
  ['acfun.cn', 'AcFun'],
  ['xiaohongshu.com', '小红书 Xiaohongshu'],
];

/** Human name of the video source of `url` (its host when unknown). */
export function videoSourceName(url: string): string {
  const host = hostOf(url);
  for (const [domain, name] of VIDEO_SOURCES) if (hostIs(host, domain)) return name;
  return host.replace(/^www\./, '') || 'video';
}

/** The page a reader should open for an embed: YouTube/Bilibili players map to their watch pages. */
export function watchUrl(src: string): string {
  const url = unwrapProxyUrl(src, { params: false });
  let m = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/i.exec(url);
  if (m) return `https://www.youtube.com/watch?v=${m[1]}`;
  m = /player\.bilibili\.com\/player\.html\?(?:.*&)?bvid=(BV[\w]+)/i.exec(url);
  if (m) return `https://www.bilibili.com/video/${m[1]}`;
  m = /player\.bilibili\.com\/player\.html\?(?:.*&)?aid=(\d+)/i.exec(url);
  if (m) return `https://www.bilibili.com/video/av${m[1]}`;
  m = /player\.vimeo\.com\/video\/(\d+)/i.exec(url);
  if (m) return `https://vimeo.com/${m[1]}`;
  return url;
}

function embedSource(el: Element): string | null {
  const tag = tagOf(el);
  const attr = tag === 'object' ? 'data' : 'src';
  const direct = el.getAttribute(attr) ?? el.getAttribute('data-src');
  if (direct && direct.trim()) return direct;
  if (tag === 'video' || tag === 'audio') {
    const source = el.querySelector('source[src]');
    return source?.getAttribute('src') ?? null;
  }
  return null;
}

/** The link block that stands for an embed (null when the embed points nowhere useful). */
export function embedLinkBlock(doc: Document, src: string, baseUrl: string): HTMLParagraphElement | null {
  const abs = resolveUrl(src, baseUrl);
  if (!abs || !/^https?:/i.test(abs)) return null;
  const href = watchUrl(abs);
  const p = doc.createElement('p');
  p.className = 'qy-embed';
  const a = doc.createElement('a');
  a.setAttribute('href', href);
  a.textContent = `▶ ${videoSourceName(href)} 视频`;
  p.appendChild(a);
  return p;
}

function isKnownPlayer(url: string): boolean {
  const host = hostOf(url);
  return VIDEO_SOURCES.some(([domain]) => hostIs(host, domain)) || /\/(?:embed|player|video)s?[/._?]/i.test(url);
}

/**
 * Replaces the embeds under `root` by link blocks. Only players count: <video>/<audio> elements and
 * iframes/objects of known video hosts or player URLs. Other iframes (ads, widgets, `srcdoc`
 * documents) are dropped. `candidates`: the embeds under `root`, when the caller gathered them.
 */
export function replaceEmbeds(root: Element, baseUrl: string, candidates?: readonly Element[]): void {
  const doc = root.ownerDocument;
  const embeds = candidates ?? byTags(root, 'iframe', 'embed', 'object', 'video', 'audio');
  if (!embeds.length) return;
  for (const el of embeds) {
    if (!root.contains(el)) continue; // inside an <object> already replaced
    const tag = tagOf(el);
    const src = embedSource(el);
    const abs = src ? resolveUrl(src, baseUrl) : null;
    const media = tag === 'video' || tag === 'audio';
    const block = abs && (media || isKnownPlayer(abs)) ? embedLinkBlock(doc, abs, baseUrl) : null;
    if (!block) {
      el.remove();
      continue;
    }
    if (tag === 'audio') block.firstElementChild!.textContent = `♪ ${videoSourceName(abs!)} 音频`;
    // A block cannot sit inside a paragraph: take the paragraph's place, or follow it.
    const parent = el.parentElement;
    if (parent && tagOf(parent) === 'p' && parent !== root) {
      el.remove();
      if (isBlank(parent.textContent) && !parent.querySelector('img')) parent.replaceWith(block);
      else parent.after(block);
    } else {
      el.replaceWith(block);
    }
  }
}
