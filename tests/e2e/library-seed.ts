// Library backups made in Node for the browser tests, the screenshots and the paint bench: the
// real library module on fake-indexeddb saves the articles, the real backup module writes the zip,
// and the browser imports it through the library page (the path a user takes). Articles are
// written for these tests (product-management prose in the manner of woshipm posts, copied from
// none); pictures are real PNGs drawn here, so the reader can decode them.

// idb checks `instanceof IDBRequest` against globals: give Node fake-indexeddb's.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { deflateSync } from 'node:zlib';
import type { Article } from '../../src/core/article';
import { exportBackup } from '../../src/storage/backup';
import { openLibrary } from '../../src/storage/library';
import type { FetchedImage } from '../../src/storage/library';

// ── PNG ───────────────────────────────────────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export type Rgb = readonly [number, number, number];

/** An RGB PNG of `width` × `height`, each pixel from `paint(x, y)`. */
export function png(width: number, height: number, paint: (x: number, y: number) => Rgb): Uint8Array<ArrayBuffer> {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(paint(x, y), row + 1 + x * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const file = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
  return new Uint8Array(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)) as Uint8Array<ArrayBuffer>;
}

/** A calm bar chart on a tinted background: looks like the figures of a product article. */
export function chartPng(seed: number, width = 720, height = 405): Uint8Array<ArrayBuffer> {
  const hue = [
    [38, 105, 90],
    [133, 85, 42],
    [56, 96, 150],
    [150, 72, 86],
  ][seed % 4]!;
  const bars = 5;
  const heights = Array.from({ length: bars }, (_, i) => 0.25 + (((seed + 3) * (i + 7) * 37) % 60) / 100);
  const background: Rgb = [246, 244, 238];
  return png(width, height, (x, y) => {
    const left = 60;
    const bottom = height - 50;
    const slot = (width - 2 * left) / bars;
    const i = Math.floor((x - left) / slot);
    if (y === bottom && x >= left && x < width - left) return [190, 186, 176];
    if (i >= 0 && i < bars && y < bottom) {
      const inBar = (x - left) % slot > slot * 0.22 && (x - left) % slot < slot * 0.78;
      const top = bottom - heights[i]! * (height - 110);
      if (inBar && y >= top) {
        const fade = 0.55 + 0.45 * ((i + 1) / bars);
        return [Math.round(255 - (255 - hue[0]!) * fade), Math.round(255 - (255 - hue[1]!) * fade), Math.round(255 - (255 - hue[2]!) * fade)];
      }
    }
    return background;
  });
}

// ── Articles ─────────────────────────────────────────────────────────────────

export interface SeedArticle {
  article: Article;
  /** Bytes by image URL; an image listed in the article but absent here is saved as missing. */
  images: Map<string, Uint8Array<ArrayBuffer>>;
  /** Minutes before `now` when it was saved. */
  savedMinutesAgo: number;
  progress: number;
}

interface Spec {
  title: string;
  site: string;
  host: string;
  byline: string;
  paragraphs: string[];
  /** Number of pictures; `missing` of them (the last ones) failed to download. */
  pictures: number;
  missing?: number;
  savedMinutesAgo: number;
  progress?: number;
}

const SPECS: Spec[] = [
  {
    title: '需求评审之前，产品经理要先问自己的五个问题',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/pmd/1000101.html',
    byline: '青柠',
    paragraphs: [
      '很多需求评审开成了“拍板会”：方案讲完，大家各说各的，最后谁的嗓门大听谁的。问题往往不在会上，而在会前。',
      '第一个问题：这个需求到底解决谁的问题？把用户分层写清楚，比写十页原型更能对齐目标。',
      '第二个问题：如果不做，会发生什么？对账时间从四小时降到一小时，这样的指标才是评审会上真正的共识。',
    ],
    pictures: 2,
    savedMinutesAgo: 35,
    progress: 0.45,
  },
  {
    title: '用户分层的三个误区：不是所有“高价值用户”都值得重点运营',
    site: '运营派',
    host: 'https://www.yunyingpai.com/user/2000202.html',
    byline: '木子',
    paragraphs: [
      '用户分层最常见的做法是按消费金额切三刀，然后给最上面那一层发优惠券。效果往往并不好。',
      '分层的目的不是给用户贴标签，而是找到不同人群下一步最可能的行为，再决定运营动作。',
    ],
    pictures: 3,
    missing: 2,
    savedMinutesAgo: 60 * 20,
  },
  {
    title: '从 0 到 1 搭建数据指标体系：北极星指标怎么选',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/data-analysis/1000303.html',
    byline: '老周',
    paragraphs: [
      '北极星指标不是公司最关心的数字，而是最能代表用户获得价值的那个数字。',
      '选定之后，再把它拆成可以被团队直接影响的过程指标，每周复盘一次。',
    ],
    pictures: 1,
    savedMinutesAgo: 60 * 26,
    progress: 1,
  },
  {
    title: 'B 端产品的权限设计：角色、数据范围和审批流',
    site: '产品沉思录',
    host: 'https://pm-notes.example.cn/2024/b2b-permissions/',
    byline: '阿澈',
    paragraphs: [
      '权限是 B 端产品里最容易被低估的模块。上线前没人关心，上线后每个客户都有自己的特殊要求。',
      '把“能做什么”和“能看到哪些数据”分开设计，是让权限模型保持简单的关键。',
    ],
    pictures: 2,
    savedMinutesAgo: 60 * 24 * 3,
    progress: 0.2,
  },
  {
    title: '一次失败的改版复盘：我们为什么砍掉了首页信息流',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/pd/1000505.html',
    byline: '青柠',
    paragraphs: ['改版上线第二周，新用户的次日留存掉了三个百分点。我们花了一个月才弄明白原因。', '信息流本身没有问题，问题是它挤掉了新用户最需要的引导入口。'],
    pictures: 1,
    savedMinutesAgo: 60 * 24 * 5,
  },
  {
    title: '写给新人：如何写出第一份让研发满意的 PRD',
    site: '天天问',
    host: 'https://wen.woshipm.com/question/detail/3000606.html',
    byline: '小满',
    paragraphs: ['好的 PRD 不是写得多，而是让读的人少猜。每一个“等”字后面，都藏着一次返工。', '先写清楚边界情况和异常流程，再去画漂亮的原型。'],
    pictures: 0,
    savedMinutesAgo: 60 * 24 * 8,
    progress: 0.7,
  },
  {
    title: '会员体系设计：积分、等级和权益怎么搭配',
    site: '运营派',
    host: 'https://www.yunyingpai.com/membership/2000707.html',
    byline: '木子',
    paragraphs: ['会员体系的核心是让用户感到“再往前一步就能得到”，而不是一张复杂的积分表。', '权益要少而准，每一项都能回答“用户为什么会在乎”。'],
    pictures: 2,
    savedMinutesAgo: 60 * 24 * 12,
  },
  {
    title: 'AI 产品经理的第一课：先定义“好”的标准',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/ai/1000808.html',
    byline: '老周',
    paragraphs: ['模型效果没有标准答案，但评测集有。没有评测集的 AI 项目，就像没有验收标准的需求。', '先和业务一起标注两百条样本，再讨论要不要换更大的模型。'],
    pictures: 1,
    savedMinutesAgo: 60 * 24 * 17,
    progress: 0.1,
  },
  {
    title: '增长实验怎么做才不白做：样本量、周期和护栏指标',
    site: '产品沉思录',
    host: 'https://pm-notes.example.cn/2024/ab-testing/',
    byline: '阿澈',
    paragraphs: ['很多 A/B 实验的结论，其实只是噪声。样本量不够时，任何差异都可能是偶然。', '除了目标指标，还要盯住护栏指标：转化率涨了，退款率是不是也涨了？'],
    pictures: 2,
    savedMinutesAgo: 60 * 24 * 30,
  },
  {
    title: '竞品分析不是截图合集：三步写出有结论的报告',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/evaluating/1001010.html',
    byline: '小满',
    paragraphs: ['竞品分析的价值在于回答一个具体问题，比如“我们的新手引导为什么比对手长一倍”。', '先定问题，再选竞品，最后只保留能支撑结论的截图。'],
    pictures: 1,
    savedMinutesAgo: 60 * 24 * 45,
    progress: 1,
  },
  {
    title: '客服工单里的产品机会：每周读一百条工单的习惯',
    site: '人人都是产品经理',
    host: 'https://www.woshipm.com/operate/1001111.html',
    byline: '青柠',
    paragraphs: ['工单是用户替你写好的需求文档，只是格式乱了一点。', '按场景给工单打标签，一个月后你会看到最痛的三个问题自己浮出来。'],
    pictures: 1,
    savedMinutesAgo: 60 * 24 * 70,
  },
  {
    title: '从交付到价值：产品经理的季度 OKR 怎么写',
    site: '产品沉思录',
    host: 'https://pm-notes.example.cn/2023/okr/',
    byline: '阿澈',
    paragraphs: ['“上线三个功能”不是关键结果，“新客户首周激活率从 40% 提到 55%”才是。', 'OKR 写完之后，每两周对一次进度，偏离了就调整路线，而不是调整目标。'],
    pictures: 0,
    savedMinutesAgo: 60 * 24 * 400,
  },
];

/** The same text again, for a longer body (search finds words deep in it). */
function body(spec: Spec, pictures: string[]): string {
  const parts: string[] = [`<blockquote class="qy-lede"><p>编辑导语：${spec.paragraphs[0]}</p></blockquote>`];
  spec.paragraphs.forEach((paragraph, i) => {
    parts.push(`<h2 id="part-${i + 1}">${['一', '二', '三', '四'][i] ?? i + 1}、${paragraph.slice(0, 12).replace(/[，。：？“”]/g, '')}</h2>`);
    parts.push(`<p>${paragraph}</p>`);
    if (pictures[i]) parts.push(`<figure><img src="${pictures[i]}" alt="图 ${i + 1}" width="720" height="405"><figcaption>图 ${i + 1}：示意图</figcaption></figure>`);
    parts.push(`<p>${spec.paragraphs[(i + 1) % spec.paragraphs.length]}这也是团队在复盘里反复提到的一点。</p>`);
  });
  for (const src of pictures.slice(spec.paragraphs.length)) parts.push(`<p><img src="${src}" alt="" width="720" height="405"></p>`);
  parts.push(`<footer class="qy-credits"><p>本文由 @${spec.byline} 原创发布。</p></footer>`);
  return parts.join('');
}

function seedArticle(spec: Spec, index: number): SeedArticle {
  const imageBase = `https://image.woshipm.com/wp-files/2024/${String(index + 1).padStart(2, '0')}`;
  const pictures = Array.from({ length: spec.pictures }, (_, i) => `${imageBase}/figure-${i + 1}.png`);
  const images = new Map<string, Uint8Array<ArrayBuffer>>();
  pictures.forEach((src, i) => {
    if (i < spec.pictures - (spec.missing ?? 0)) images.set(src, chartPng(index * 3 + i));
  });
  const textContent = spec.paragraphs.join('\n\n');
  return {
    article: {
      url: spec.host,
      canonicalUrl: spec.host,
      site: spec.site === '人人都是产品经理' || spec.site === '天天问' ? 'woshipm' : null,
      title: spec.title,
      byline: spec.byline,
      siteName: spec.site,
      publishedTime: new Date(Date.UTC(2024, index % 12, 3 + index)).toISOString(),
      lang: 'zh-CN',
      excerpt: spec.paragraphs[0]!,
      leadImage: pictures[0] ?? null,
      contentHtml: body(spec, pictures),
      textContent,
      images: pictures.map((src, i) => ({ src, alt: `图 ${i + 1}`, width: 720, height: 405 })),
      toc: spec.paragraphs.map((p, i) => ({ id: `part-${i + 1}`, level: 2, text: `${['一', '二', '三', '四'][i] ?? i + 1}、${p.slice(0, 12)}` })),
      readingMinutes: Math.max(1, Math.round(textContent.length / 400)),
    },
    images,
    savedMinutesAgo: spec.savedMinutesAgo,
    progress: spec.progress ?? 0,
  };
}

/** A dozen Chinese articles, newest first; the second one is missing two of its three pictures. */
export function chineseArticles(): SeedArticle[] {
  return SPECS.map(seedArticle);
}

// ── Backup ───────────────────────────────────────────────────────────────────

/** The library these articles make, as the bytes of a Qingyue backup file. */
export async function backupOf(articles: readonly SeedArticle[], now = Date.now()): Promise<Uint8Array<ArrayBuffer>> {
  let clock = now;
  const library = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange, storage: undefined, now: () => clock });
  try {
    // Oldest first, so each save's time is its own.
    for (const seed of [...articles].sort((a, b) => b.savedMinutesAgo - a.savedMinutesAgo)) {
      clock = now - seed.savedMinutesAgo * 60_000;
      const images: FetchedImage[] = seed.article.images.map((image) => {
        const bytes = seed.images.get(image.src);
        return bytes
          ? { url: image.src, originalUrl: null, status: 'ok', blob: new Blob([bytes], { type: 'image/png' }), type: 'image/png' }
          : { url: image.src, originalUrl: null, status: 'missing', error: { code: 'TIMEOUT', message: 'The image server did not answer in time.' } };
      });
      const { id } = await library.saveArticle({ article: seed.article, images, sourceUrl: seed.article.url });
      if (seed.progress) await library.setReadingProgress(id, seed.progress);
    }
    clock = now;
    const blob = await exportBackup(library, { now: () => now });
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    library.close();
  }
}

/** The same articles with their pictures on another host (a local server the test can stop). */
export function rehost(seeds: readonly SeedArticle[], origin: string): SeedArticle[] {
  const move = (url: string) => url.replace(/^https:\/\/image\.woshipm\.com/, origin);
  return seeds.map((seed) => ({
    ...seed,
    article: {
      ...seed.article,
      contentHtml: seed.article.contentHtml.replaceAll('https://image.woshipm.com', origin),
      leadImage: seed.article.leadImage && move(seed.article.leadImage),
      images: seed.article.images.map((image) => ({ ...image, src: move(image.src) })),
    },
    images: new Map([...seed.images].map(([url, bytes]) => [move(url), bytes])),
  }));
}
