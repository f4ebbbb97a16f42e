// Synthetic saved articles for the library and save benchmarks, shaped like the corpus of
// mirrored woshipm posts (../shared/corpus): the body sizes and image counts below are those
// posts' measured shapes (numbers only; no text is copied). The text is generated from phrases
// written for this file; image bytes are incompressible noise behind a real JPEG signature, with
// sizes drawn deterministically around a 90 KB median (20 KB – 400 KB), typical of article
// screenshots and photos at ~800 px wide. That size assumption drives the stored-bytes ratio, so
// the bench also prints the overhead in absolute bytes and the ratio for text-only articles.

import type { Article } from '../src/core/article';
import type { FetchedImage } from '../src/storage/library';

/** [body HTML bytes, image count] of the 23 corpus posts. */
export const CORPUS_SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1112, 2], [1306, 1], [3102, 1], [4007, 0], [7419, 9], [7846, 7], [9192, 1], [9198, 27], [9523, 11], [9747, 10], [13425, 14], [13664, 2],
  [13695, 1], [13799, 11], [14789, 2], [16313, 18], [17675, 4], [19236, 4], [19573, 1], [22088, 20], [23343, 5], [30721, 36], [45067, 37],
];

const PHRASES = [
  '产品经理在做需求评审时，', '最重要的是对齐目标而不是走流程，', '我们观察到新用户在第三步流失最多，', '于是把引导拆成了两个更短的步骤。',
  '数据并不会自己说话，', '需要结合用户访谈去理解行为背后的动机，', '一次成功的改版往往来自很多次小实验，', '而不是一次性的大动作。',
  '增长团队每周复盘一次指标，', '把假设、结果和下一步写成一页纸，', '这样新加入的同事也能很快跟上。', '留存比拉新更难，也更值得投入。',
];

export function lcg(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Chinese prose of about `bytes` UTF-8 bytes, in paragraphs. */
function prose(bytes: number, random: () => number): string[] {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    let paragraph = '';
    const sentences = 3 + Math.floor(random() * 4);
    for (let i = 0; i < sentences; i++) paragraph += PHRASES[Math.floor(random() * PHRASES.length)];
    paragraph = `${paragraph.slice(0, -1)}。`;
    paragraphs.push(paragraph);
    size += paragraph.length * 3 + 7;
  }
  return paragraphs;
}

export function imageSize(seed: number): number {
  const random = lcg(seed + 7);
  // Log-normal around 90 KB, clipped to 20–400 KB.
  const normal = Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  return Math.round(Math.min(400_000, Math.max(20_000, 90_000 * Math.exp(0.7 * normal))));
}

export function imageBytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const random = lcg(seed);
  for (let i = 0; i < size; i += 4) {
    const value = (random() * 2 ** 32) >>> 0;
    bytes[i] = value & 0xff;
    bytes[i + 1] = (value >>> 8) & 0xff;
    bytes[i + 2] = (value >>> 16) & 0xff;
    bytes[i + 3] = value >>> 24;
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

export interface BenchArticle {
  article: Article;
  /** Image bytes by URL. */
  images: Map<string, Uint8Array<ArrayBuffer>>;
}

export function benchArticle(n: number, shape: readonly [number, number], imageHost = 'https://image.example.com'): BenchArticle {
  const random = lcg(n + 1);
  const [htmlBytes, imageCount] = shape;
  const paragraphs = prose(htmlBytes, random);
  const images = new Map<string, Uint8Array<ArrayBuffer>>();
  const articleImages = Array.from({ length: imageCount }, (_, i) => {
    const src = `${imageHost}/wp-files/${n}/${i}.jpg`;
    images.set(src, imageBytes(imageSize(n * 100 + i), n * 100 + i));
    return { src, alt: '', width: 800, height: 450 };
  });
  const every = Math.max(1, Math.floor(paragraphs.length / Math.max(1, imageCount)));
  let html = '';
  let next = 0;
  paragraphs.forEach((paragraph, i) => {
    html += `<p>${paragraph}</p>`;
    if (i % every === every - 1 && next < articleImages.length) html += `<p><img src="${articleImages[next++]!.src}" alt="" width="800" height="450"></p>`;
  });
  for (; next < articleImages.length; next++) html += `<p><img src="${articleImages[next]!.src}" alt=""></p>`;
  return {
    article: {
      url: `https://mirror.example/posts/${n}.html`,
      canonicalUrl: null,
      site: 'woshipm',
      title: `第 ${n} 篇：${PHRASES[n % PHRASES.length]!.slice(0, -1)}`,
      byline: '作者',
      siteName: '人人都是产品经理',
      publishedTime: '2024-05-12T08:00:00.000Z',
      lang: 'zh-CN',
      excerpt: paragraphs[0]!.slice(0, 80),
      leadImage: articleImages[0]?.src ?? null,
      contentHtml: html,
      textContent: paragraphs.join('\n\n'),
      images: articleImages,
      toc: [],
      readingMinutes: Math.max(1, Math.round(paragraphs.join('').length / 400)),
    },
    images,
  };
}

export function fetched(bench: BenchArticle): FetchedImage[] {
  return bench.article.images.map((image) => ({
    url: image.src,
    originalUrl: null,
    status: 'ok' as const,
    blob: new Blob([bench.images.get(image.src)!], { type: 'image/jpeg' }),
    type: 'image/jpeg',
  }));
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
