// What the three blog chromes have in common: the blog's own content around a post (categories
// with counts, recent posts, related posts, neighbours, reader comments), chosen deterministically
// from the corpus so every run renders the same pages. All chrome wording is ours.
import type { CorpusPost } from '../corpus.ts';

export interface ChromePage {
  /** Where the page lives on the mirror. */
  url: string;
  html: string;
  /** Text that only the chrome contains; none of it may reach the extracted article. */
  chromeText: string[];
}

export interface Chrome {
  id: string;
  /** Short human description for tables. */
  label: string;
  render(post: CorpusPost, site: SiteContext): ChromePage;
  /** A page of the same blog that is not an article (for the benchmark's detection-cost check). */
  renderListPage?(kind: 'home' | 'category' | 'tags', site: SiteContext): ChromePage;
}

export interface SiteContext {
  posts: CorpusPost[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface PostDate {
  /** ISO 8601 in the blog's time zone (Asia/Shanghai), e.g. 2021-10-10T08:00:00+08:00. */
  iso: string;
  ymd: string;
  /** 2021年10月10日 */
  zh: string;
  hm: string;
  year: string;
  month: string;
  day: string;
}

/** Front-matter dates are RFC 822 (`Sun, 10 Oct 2021 00:00:00 GMT`) or `YYYY-MM-DD HH:mm:ss` in the blog's zone. */
export function postDate(raw: string): PostDate {
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(raw.trim());
  const time = local
    ? Date.UTC(+local[1]!, +local[2]! - 1, +local[3]!, +local[4]! - 8, +local[5]!, +(local[6] ?? 0))
    : Date.parse(raw);
  const shanghai = new Date((Number.isNaN(time) ? Date.UTC(2021, 0, 1) : time) + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = String(shanghai.getUTCFullYear());
  const month = pad(shanghai.getUTCMonth() + 1);
  const day = pad(shanghai.getUTCDate());
  const hm = `${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`;
  return {
    iso: `${year}-${month}-${day}T${hm}:${pad(shanghai.getUTCSeconds())}+08:00`,
    ymd: `${year}-${month}-${day}`,
    zh: `${year}年${+month}月${+day}日`,
    hm,
    year,
    month,
    day,
  };
}

/** Hexo's default permalink (:year/:month/:day/:title/), the title percent-encoded as browsers show it. */
export function hexoPermalink(origin: string, post: CorpusPost): string {
  const d = postDate(post.date);
  const slug = post.title.trim().replace(/[\s/\\?#%"<>|]+/g, '-');
  return `${origin}/${d.year}/${d.month}/${d.day}/${encodeURIComponent(slug)}/`;
}

/** The category path of a post as links would show it (新媒体 › 人人都是产品经理 › 最新文章). */
export function categoryPath(post: CorpusPost): string[] {
  return post.categories.length ? post.categories : ['未分类'];
}

/** Every category the mirror has, with post counts: the corpus's own plus the other feeds such a mirror carries. */
export function allCategories(site: SiteContext): { path: string[]; count: number }[] {
  const seen = new Map<string, string[]>();
  for (const post of site.posts) {
    const cats = categoryPath(post);
    for (let i = 1; i <= cats.length; i++) seen.set(cats.slice(0, i).join('/'), cats.slice(0, i));
  }
  for (const extra of EXTRA_CATEGORIES) seen.set(extra.join('/'), extra);
  return [...seen.values()]
    .sort((a, b) => a.join('/').localeCompare(b.join('/'), 'zh'))
    .map((path) => ({ path, count: 40 + ((hash(path.join('/')) % 1900) >>> 0) }));
}

const EXTRA_CATEGORIES = [
  ['新媒体', '少数派'],
  ['新媒体', '少数派', '首页'],
  ['新媒体', '36氪'],
  ['新媒体', '36氪', '快讯'],
  ['新媒体', '爱范儿'],
  ['编程', '开源中国'],
  ['编程', '开源中国', '资讯'],
  ['编程', 'V2EX'],
  ['编程', 'V2EX', '最热主题'],
  ['设计', '优设网'],
  ['生活', '豆瓣'],
  ['生活', '豆瓣', '一周口碑榜'],
];

/** Other posts, deterministic for a given post: n titles starting after it, woshipm ones included. */
export function otherPosts(site: SiteContext, post: CorpusPost, n: number, offset = 1): CorpusPost[] {
  const others = site.posts.filter((p) => p !== post);
  const start = (post.index * 7 + offset) % others.length;
  return Array.from({ length: Math.min(n, others.length) }, (_, i) => others[(start + i * 3) % others.length]!);
}

/** Posts of the same source first (as "related posts" plugins do), then any. */
export function relatedPosts(site: SiteContext, post: CorpusPost, n: number): CorpusPost[] {
  const same = site.posts.filter((p) => p !== post && p.source === post.source);
  const rest = site.posts.filter((p) => p !== post && p.source !== post.source);
  return [...rotate(same, post.index), ...rotate(rest, post.index)].slice(0, n);
}

export function neighbours(site: SiteContext, post: CorpusPost): { prev: CorpusPost | null; next: CorpusPost | null } {
  const i = site.posts.indexOf(post);
  return { prev: site.posts[i - 1] ?? null, next: site.posts[i + 1] ?? null };
}

export interface ReaderComment {
  nick: string;
  text: string;
  /** Days after the post. */
  after: number;
  reply?: { nick: string; text: string };
}

// Reader comments a news mirror collects; 3–5 are shown per post.
const COMMENTS: ReaderComment[] = [
  { nick: '晚风吹过山岗', text: '每天早上刷一遍这个站，比一个个关注公众号省事多了，感谢站长维护。', after: 1 },
  { nick: 'momo_design', text: '图片终于能正常显示了，之前有一阵子全是裂图，还以为站点不更新了。', after: 2, reply: { nick: '站长', text: '前段时间代理额度用完了，已经换了新的线路，有问题随时留言~' } },
  { nick: '路过的运营狗', text: '收藏了，周末找个时间认真看完再来评论。', after: 1 },
  { nick: 'Kevin Liu', text: '建议站长加一个按来源筛选的功能，有些频道我不太感兴趣。', after: 3 },
  { nick: '一只爱喝奶茶的鹅', text: '这个排版在手机上看字有点小，能不能调大一号？', after: 5, reply: { nick: '站长', text: '已经在调整主题配置了，下个版本会改。' } },
  { nick: '匿名用户_1024', text: 'RSS 订阅地址在哪里？想放到自己的阅读器里。', after: 2 },
  { nick: '老周在杭州', text: '聚合得挺全，就是偶尔会有重复的文章，希望去一下重。', after: 4 },
  { nick: 'Sunny', text: '评论区居然这么冷清，我来占个沙发。', after: 0 },
];

export function commentsFor(post: CorpusPost): ReaderComment[] {
  return rotate(COMMENTS, post.index * 3).slice(0, 3 + (post.index % 3));
}

/** Every visible text of the comments (for the chrome-text list). */
export function commentText(comments: ReaderComment[]): string[] {
  return comments.flatMap((c) => [c.text, ...(c.reply ? [c.reply.text] : [])]);
}

export function tagsFor(post: CorpusPost): string[] {
  const cats = categoryPath(post);
  return [...new Set([cats[1] ?? cats[0]!, cats[cats.length - 1]!, 'RSS'])];
}

export const TAG_CLOUD = ['产品经理', '运营', '用户研究', 'Docker', 'Kubernetes', '数码', '安卓', '互联网', '职场', 'RSS', '数据分析', '交互设计', '效率工具', 'AIGC', '开源', '科技资讯'];

export function rotate<T>(items: readonly T[], by: number): T[] {
  if (!items.length) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A date some days after a post (comment and reply times). */
export function addDays(iso: string, days: number): PostDate {
  return postDate(new Date(Date.parse(iso) + days * 86400_000).toUTCString());
}

/** Strip tags to make a plain description (what the blog generator puts in <meta name="description">). */
export function description(post: CorpusPost, length = 120): string {
  const text = post.bodyHtml
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(text).slice(0, length).join('');
}
