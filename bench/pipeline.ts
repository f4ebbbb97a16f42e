// The extraction pipeline against plain Readability, on the corpus posts wrapped in the evaluation's
// blog chromes (scripts/eval/chromes), all measured in one run on the same parsed jsdom documents:
//  1. time ratio pipeline / Readability, separately for woshipm pages (target ≤ 0.9: the woshipm
//     rule hands Readability only the article root) and other pages (target ≤ 1.1), and as a check
//     on a sample of the AEB pages (real news and blog pages, when ../shared/aeb exists);
//  2. each stage's share of pipeline time (ExtractOptions.timings);
//  3. detection's cost on non-article pages (blog home, category list, tag cloud of the chromes,
//     plus the AEB sample) against a Readability run on the same page (target ≤ 1%).
// Method: every document is parsed once; one warm-up run of each; then N repetitions (default 5,
// QINGYUE_BENCH_REPS), interleaved page by page and alternating which of the two runs first; each
// page's time is the median of its repetitions; the spread is the range of the group ratio over the
// repetitions. Readability is timed as the product would pay it:
// `new Readability(doc.cloneNode(true)).parse()`.
//
// Every timed run gets a page it has never seen, as an extraction on a real page load does: the
// pipeline and detect() run on a fresh copy of the parsed page (made outside the timed region),
// because jsdom memoises live collections (getElementsByTagName) per document and creates each
// element's JS wrapper once, so a second run on the same document would skip work a first run pays.
// Copies are detached after their run, outside the timed region: jsdom's window keeps a reference
// to every attached element with an id (named window properties) in any of its documents, so
// unreleased copies pile up for the whole run and their garbage collection lands on later runs.
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
/** Every k-th AEB page is used for the AEB ratio and the detection-cost sample (keeps the run short). */
const AEB_STRIDE = 5;
const DETECT_REPS = 21;
const STAGES = ['detect', 'prepare', 'readability', 'finish', 'sanitize'] as const;
type Timings = NonNullable<ExtractOptions['timings']>;
type Group = 'woshipm' | 'other' | 'aeb';

interface Page {
  label: string;
  group: Group;
  url: string;
  dom: JSDOM;
  readability: number[];
  pipeline: number[];
  stages: Timings[];
}

/** A never-touched copy of the page (no JS wrappers, no memoised collections yet). */
function freshCopy(dom: JSDOM): Document {
  return dom.window.document.cloneNode(true) as Document;
}

/** Detaches a copy's tree so the window stops referencing its elements. */
function release(copy: Document): void {
  copy.documentElement?.remove();
}

function readabilityRun(dom: JSDOM): number {
  let copy: Document | null = null;
  const ms = timeMs(() => {
    copy = freshCopy(dom);
    new Readability(copy).parse();
  });
  release(copy!);
  return ms;
}

function pipelineRun(page: Page): { ms: number; timings: Timings } {
  const timings: Timings = {};
  const doc = freshCopy(page.dom);
  const ms = timeMs(() => {
    extract(doc, page.url, { window: domWindow(page.dom), timings });
  });
  release(doc);
  return { ms, timings };
}

function groupReport(pages: Page[]) {
  const p = sum(pages.map((x) => median(x.pipeline)));
  const r = sum(pages.map((x) => median(x.readability)));
  const perPage = pages.map((x) => median(x.pipeline) / median(x.readability));
  const perRep = Array.from({ length: REPS }, (_, k) => sum(pages.map((x) => x.pipeline[k]!)) / sum(pages.map((x) => x.readability[k]!)));
  const totals = pages.flatMap((x) => x.stages.map((t) => t.total ?? 0));
  const stageShare = Object.fromEntries(STAGES.map((s) => [s, sum(pages.flatMap((x) => x.stages.map((t) => t[s] ?? 0))) / sum(totals)]));
  return {
    pages: pages.length,
    ratio: p / r,
    repMin: Math.min(...perRep),
    repMax: Math.max(...perRep),
    perPageMedian: median(perPage),
    perPageMax: Math.max(...perPage),
    pipelineMs: p / pages.length,
    readabilityMs: r / pages.length,
    stageShare,
  };
}

function detectionCost(label: string, dom: JSDOM, url: string) {
  const timedDetect = () => {
    const doc = freshCopy(dom);
    const ms = timeMs(() => detect(doc, url));
    release(doc);
    return ms;
  };
  for (let i = 0; i < 3; i++) timedDetect(); // warm-up
  const detectMs = median(Array.from({ length: DETECT_REPS }, timedDetect));
  readabilityRun(dom);
  const readabilityMs = median(Array.from({ length: 5 }, () => readabilityRun(dom)));
  return { label, detectMs, readabilityMs, ratio: detectMs / readabilityMs, site: detect(dom.window.document, url).site };
}

function loadAebSample(): Array<{ id: string; url: string; html: string }> {
  if (!existsSync(path.join(AEB, 'ground-truth.json'))) return [];
  const truth = JSON.parse(readFileSync(path.join(AEB, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return Object.entries(truth)
    .filter((_, i) => i % AEB_STRIDE === 0)
    .map(([id, { url }]) => ({ id, url, html: decodeHtml(gunzipSync(readFileSync(path.join(AEB, 'html', `${id}.html.gz`)))).text }));
}

async function run(): Promise<BenchReport> {
  if (!existsSync(path.join(CORPUS, 'index.json'))) {
    return { title: `not run: no corpus at ${CORPUS} (set QINGYUE_CORPUS)`, lines: [], results: { skipped: true } };
  }
  const posts = loadCorpus(CORPUS);
  const site = { posts };
  const aebSample = loadAebSample();
  const pages: Page[] = [];
  for (const chrome of CHROMES) {
    for (const post of posts) {
      const rendered = chrome.render(post, site);
      pages.push({ label: `${chrome.id}/${post.file}`, group: post.isWoshipm ? 'woshipm' : 'other', url: rendered.url, dom: parseHtml(rendered.html, rendered.url), readability: [], pipeline: [], stages: [] });
    }
  }
  for (const { id, url, html } of aebSample) pages.push({ label: `aeb/${id.slice(0, 10)}`, group: 'aeb', url, dom: parseHtml(html, url), readability: [], pipeline: [], stages: [] });

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

  const corpusPages = pages.filter((p) => p.group !== 'aeb');
  const woshipm = groupReport(pages.filter((p) => p.group === 'woshipm'));
  const other = groupReport(pages.filter((p) => p.group === 'other'));
  const all = groupReport(corpusPages);
  const aeb = aebSample.length ? groupReport(pages.filter((p) => p.group === 'aeb')) : null;
  const articleDetect = corpusPages.map((p) => median(p.stages.map((t) => t.detect ?? 0)) / median(p.readability));
  for (const page of pages) page.dom.window.close();

  // Detection on pages that are not woshipm articles.
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
  const aebCosts = aebSample.map(({ id, url, html }) => {
    const dom = parseHtml(html, url);
    try {
      return detectionCost(id.slice(0, 10), dom, url);
    } finally {
      dom.window.close();
    }
  });

  const ratioRow = (name: string, g: ReturnType<typeof groupReport>, target: string) => [
    name,
    String(g.pages),
    ratio(g.ratio),
    `${ratio(g.repMin)}–${ratio(g.repMax)}`,
    target,
    ratio(g.perPageMedian),
    ratio(g.perPageMax),
    g.pipelineMs.toFixed(1),
    g.readabilityMs.toFixed(1),
  ];
  const lines = [
    `  ${corpusPages.length} pages (${posts.length} corpus posts × ${CHROMES.length} chromes)${aeb ? ` + ${aeb.pages} AEB pages (every ${AEB_STRIDE}th)` : ''}, ${REPS} interleaved repetitions after a warm-up; medians per page, each run on a fresh copy of the page.`,
    '',
    '  Pipeline time / plain Readability time (same parsed documents):',
    ...table(
      ['pages', 'n', 'ratio', 'range over reps', 'target', 'per-page median', 'per-page max', 'pipeline ms/page', 'Readability ms/page'],
      [
        ratioRow('woshipm', woshipm, '≤ 0.90'),
        ratioRow('other', other, '≤ 1.10'),
        ratioRow('all corpus', all, ''),
        ...(aeb ? [ratioRow('AEB sample', aeb, '(≤ 1.10)')] : []),
      ],
    ),
    ...(aeb ? [] : ['  AEB sample: not run (no ../shared/aeb; set QINGYUE_AEB)']),
    '',
    '  Share of pipeline time by stage (options.timings; the rest is assembly: images, toc, text, reading time):',
    ...table(
      ['pages', ...STAGES, 'rest'],
      ([['woshipm', woshipm], ['other', other], ...(aeb ? [['AEB sample', aeb] as const] : [])] as const).map(([name, g]) => [
        name,
        ...STAGES.map((s) => percent(g.stageShare[s] ?? 0, 1)),
        percent(1 - sum(Object.values(g.stageShare)), 1),
      ]),
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
    title: `Pipeline vs plain Readability: woshipm ${ratio(woshipm.ratio)} (target ≤ 0.90), other ${ratio(other.ratio)} (target ≤ 1.10)${aeb ? `, AEB sample ${ratio(aeb.ratio)}` : ''}; detection on non-article pages ≤ ${percent(Math.max(...listCosts.map((c) => c.ratio), ...aebCosts.map((c) => c.ratio)))}`,
    lines,
    results: {
      repetitions: REPS,
      woshipm,
      other,
      all,
      aeb,
      detectionNonArticle: listCosts,
      detectionAeb: aebCosts.length ? { pages: aebCosts.length, median: median(aebCosts.map((c) => c.ratio)), max: Math.max(...aebCosts.map((c) => c.ratio)) } : null,
      targets: { woshipm: 0.9, other: 1.1, detection: 0.01 },
    },
  };
}

const pipeline: BenchModule = {
  name: 'pipeline',
  description: 'extraction pipeline vs plain Readability on the corpus in blog chromes and AEB pages; stage shares; detection cost',
  run,
};
export default pipeline;
