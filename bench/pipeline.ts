// The extraction pipeline against plain Readability, on the corpus posts wrapped in the evaluation's
// blog chromes (scripts/eval/chromes), all measured in one run on the same parsed jsdom documents:
//  1. time ratio pipeline / Readability, separately for woshipm pages (target ≤ 0.9: the woshipm
//     rule hands Readability only the article root) and other pages (target ≤ 1.1);
//  2. each stage's share of pipeline time (ExtractOptions.timings);
//  3. detection's cost on non-article pages (blog home, category list, tag cloud of the chromes,
//     plus a sample of AEB pages when ../shared/aeb exists) against a Readability run on the same
//     page (target ≤ 1%).
// Method: every document is parsed once; one warm-up run of each; then N repetitions (default 5,
// QINGYUE_BENCH_REPS), interleaved page by page and alternating which of the two runs first; each
// page's time is the median of its repetitions. Readability is timed as the product would pay it:
// `new Readability(doc.cloneNode(true)).parse()`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import type { JSDOM } from 'jsdom';
import type { ExtractOptions } from '../src/core/article.ts';
import { detect, extract } from '../src/core/index.ts';
import { decodeHtml } from '../src/shared/decode-html.ts';
import { domWindow, parseHtml } from '../src/cli/dom.ts';
import { CHROMES } from '../scripts/eval/chromes/index.ts';
import { loadCorpus } from '../scripts/eval/corpus.ts';
import { median, percent, ratio, sum, table, timeMs } from './lib/stats.ts';
import type { BenchModule, BenchReport } from './lib/types.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.QINGYUE_CORPUS ?? path.join(ROOT, '../shared/corpus');
const AEB = process.env.QINGYUE_AEB ?? path.join(ROOT, '../shared/aeb');
const REPS = Math.max(3, Number(process.env.QINGYUE_BENCH_REPS ?? 5));
/** Every k-th AEB page is used for the detection-cost sample (keeps the run short). */
const AEB_STRIDE = 5;
const DETECT_REPS = 21;
const STAGES = ['detect', 'prepare', 'readability', 'finish', 'sanitize'] as const;
type Timings = NonNullable<ExtractOptions['timings']>;

interface Page {
  label: string;
  group: 'woshipm' | 'other';
  url: string;
  dom: JSDOM;
  readability: number[];
  pipeline: number[];
  stages: Timings[];
}

function readabilityRun(dom: JSDOM): number {
  return timeMs(() => {
    new Readability(dom.window.document.cloneNode(true) as Document).parse();
  });
}

function pipelineRun(page: Page): { ms: number; timings: Timings } {
  const timings: Timings = {};
  const ms = timeMs(() => {
    extract(page.dom.window.document, page.url, { window: domWindow(page.dom), timings });
  });
  return { ms, timings };
}

function groupReport(pages: Page[]) {
  const p = sum(pages.map((x) => median(x.pipeline)));
  const r = sum(pages.map((x) => median(x.readability)));
  const perPage = pages.map((x) => median(x.pipeline) / median(x.readability));
  const totals = pages.flatMap((x) => x.stages.map((t) => t.total ?? 0));
  const stageShare = Object.fromEntries(STAGES.map((s) => [s, sum(pages.flatMap((x) => x.stages.map((t) => t[s] ?? 0))) / sum(totals)]));
  return { pages: pages.length, ratio: p / r, perPageMedian: median(perPage), perPageMax: Math.max(...perPage), pipelineMs: p / pages.length, readabilityMs: r / pages.length, stageShare };
}

function detectionCost(label: string, dom: JSDOM, url: string) {
  const doc = dom.window.document;
  for (let i = 0; i < 3; i++) detect(doc, url); // warm-up
  const detectMs = median(Array.from({ length: DETECT_REPS }, () => timeMs(() => detect(doc, url))));
  readabilityRun(dom);
  const readabilityMs = median(Array.from({ length: 5 }, () => readabilityRun(dom)));
  return { label, detectMs, readabilityMs, ratio: detectMs / readabilityMs, site: detect(doc, url).site };
}

async function run(): Promise<BenchReport> {
  if (!existsSync(path.join(CORPUS, 'index.json'))) {
    return { title: `not run: no corpus at ${CORPUS} (set QINGYUE_CORPUS)`, lines: [], results: { skipped: true } };
  }
  const posts = loadCorpus(CORPUS);
  const site = { posts };
  const pages: Page[] = [];
  for (const chrome of CHROMES) {
    for (const post of posts) {
      const rendered = chrome.render(post, site);
      pages.push({ label: `${chrome.id}/${post.file}`, group: post.isWoshipm ? 'woshipm' : 'other', url: rendered.url, dom: parseHtml(rendered.html, rendered.url), readability: [], pipeline: [], stages: [] });
    }
  }

  for (const page of pages) {
    readabilityRun(page.dom);
    pipelineRun(page);
  }
  for (let rep = 0; rep < REPS; rep++) {
    pages.forEach((page, i) => {
      const pipelineFirst = (rep + i) % 2 === 0;
      if (!pipelineFirst) page.readability.push(readabilityRun(page.dom));
      const { ms, timings } = pipelineRun(page);
      page.pipeline.push(ms);
      page.stages.push(timings);
      if (pipelineFirst) page.readability.push(readabilityRun(page.dom));
    });
  }

  const woshipm = groupReport(pages.filter((p) => p.group === 'woshipm'));
  const other = groupReport(pages.filter((p) => p.group === 'other'));
  const all = groupReport(pages);

  // Detection on pages that are not articles.
  const listPages = CHROMES.flatMap((chrome) =>
    chrome.renderListPage ? (['home', 'category', 'tags'] as const).map((kind) => ({ chrome, kind, page: chrome.renderListPage!(kind, site) })) : [],
  ).filter((x, i, arr) => arr.findIndex((y) => y.page.url === x.page.url) === i);
  const listCosts = listPages.map(({ chrome, kind, page }) => {
    const dom = parseHtml(page.html, page.url);
    try {
      return detectionCost(`${chrome.id} ${kind} page`, dom, page.url);
    } finally {
      dom.window.close();
    }
  });
  const aebCosts: ReturnType<typeof detectionCost>[] = [];
  if (existsSync(path.join(AEB, 'ground-truth.json'))) {
    const truth = JSON.parse(readFileSync(path.join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    Object.entries(truth)
      .filter((_, i) => i % AEB_STRIDE === 0)
      .forEach(([id, { url }]) => {
        const dom = parseHtml(decodeHtml(gunzipSync(readFileSync(path.join(AEB, 'html', `${id}.html.gz`)))).text, url);
        try {
          aebCosts.push(detectionCost(id.slice(0, 10), dom, url));
        } finally {
          dom.window.close();
        }
      });
  }
  const articleDetect = pages.map((p) => median(p.stages.map((t) => t.detect ?? 0)) / median(p.readability));
  for (const page of pages) page.dom.window.close();

  const lines = [
    `  ${pages.length} pages (${posts.length} corpus posts × ${CHROMES.length} chromes), ${REPS} interleaved repetitions after a warm-up; medians per page.`,
    '',
    '  Pipeline time / plain Readability time (same parsed documents):',
    ...table(
      ['pages', 'n', 'ratio', 'target', 'per-page median', 'per-page max', 'pipeline ms/page', 'Readability ms/page'],
      [
        ['woshipm', String(woshipm.pages), ratio(woshipm.ratio), '≤ 0.90', ratio(woshipm.perPageMedian), ratio(woshipm.perPageMax), woshipm.pipelineMs.toFixed(1), woshipm.readabilityMs.toFixed(1)],
        ['other', String(other.pages), ratio(other.ratio), '≤ 1.10', ratio(other.perPageMedian), ratio(other.perPageMax), other.pipelineMs.toFixed(1), other.readabilityMs.toFixed(1)],
        ['all', String(all.pages), ratio(all.ratio), '', ratio(all.perPageMedian), ratio(all.perPageMax), all.pipelineMs.toFixed(1), all.readabilityMs.toFixed(1)],
      ],
    ),
    '',
    '  Share of pipeline time by stage (options.timings; the rest is assembly: images, toc, text, reading time):',
    ...table(
      ['pages', ...STAGES, 'rest'],
      ([['woshipm', woshipm], ['other', other]] as const).map(([name, g]) => [name, ...STAGES.map((s) => percent(g.stageShare[s] ?? 0, 1)), percent(1 - sum(Object.values(g.stageShare)), 1)]),
    ),
    '',
    '  Detection cost against one Readability run on the same page (target ≤ 1%):',
    ...table(
      ['page', 'detected', 'detect / Readability', 'detect ms', 'Readability ms'],
      listCosts.map((c) => [c.label, c.site ?? 'none', percent(c.ratio), c.detectMs.toFixed(3), c.readabilityMs.toFixed(1)]),
    ),
    ...(aebCosts.length
      ? [`  AEB sample (${aebCosts.length} pages, every ${AEB_STRIDE}th): detect / Readability median ${percent(median(aebCosts.map((c) => c.ratio)))}, max ${percent(Math.max(...aebCosts.map((c) => c.ratio)))}; detected as woshipm: ${aebCosts.filter((c) => c.site).length}`]
      : ['  AEB sample: not run (no ../shared/aeb; set QINGYUE_AEB)']),
    `  Corpus article pages, for reference: detect / Readability median ${percent(median(articleDetect))}, max ${percent(Math.max(...articleDetect))}`,
  ];
  return {
    title: `Pipeline vs plain Readability: woshipm ${ratio(woshipm.ratio)} (target ≤ 0.90), other ${ratio(other.ratio)} (target ≤ 1.10); detection on non-article pages ≤ ${percent(Math.max(...listCosts.map((c) => c.ratio), ...aebCosts.map((c) => c.ratio)))}`,
    lines,
    results: {
      repetitions: REPS,
      woshipm,
      other,
      all,
      detectionNonArticle: listCosts,
      detectionAeb: aebCosts.length ? { pages: aebCosts.length, median: median(aebCosts.map((c) => c.ratio)), max: Math.max(...aebCosts.map((c) => c.ratio)) } : null,
      targets: { woshipm: 0.9, other: 1.1, detection: 0.01 },
    },
  };
}

const pipeline: BenchModule = {
  name: 'pipeline',
  description: 'extraction pipeline vs plain Readability on the corpus in blog chromes; stage shares; detection cost',
  run,
};
export default pipeline;
