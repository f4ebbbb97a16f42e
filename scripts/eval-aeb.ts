// `npm run eval:aeb [-- DIR] [--json] [--worst N]`: Qingyue's generic rule against plain
// @mozilla/readability on the article-extraction benchmark (default DIR: ../shared/aeb, 181 real
// pages `html/<id>.html.gz` + `ground-truth.json` with each page's url and articleBody).
//
// Each page is decoded like the CLI does (BOM, <meta charset>, else UTF-8) and parsed once with
// jsdom (scripts off; a stylesheet that crashes jsdom's CSS parser is dropped and the page parsed
// again, see src/cli/dom.ts). On that one document:
//   Readability: new Readability(doc.cloneNode(true)).parse().textContent
//   Qingyue:     extract(doc, url, { site: 'generic' }).article.textContent (the generic rule forced,
//                since these pages are what the generic rule exists for; a NO_ARTICLE counts as empty text)
// Metric (scripts/eval/shingles.ts, as the benchmark's README says): word tokens, 4-shingles,
// per-page tp/fp/fn, mean precision and recall over pages, F1 of those means.
// Prints both scores, then the pages where Qingyue loses most to Readability.
// Exit 1 when Qingyue's F1 is below Readability's; 2 on bad usage or missing data.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extract } from '../src/core/index.ts';
import { decodeHtml } from '../src/shared/decode-html.ts';
import { domWindow, parseHtmlReporting } from '../src/cli/dom.ts';
import { benchmarkScore, pageF1, pagePrecision, pageRecall, shingleCounts, type BenchmarkScore, type PageCounts } from './eval/shingles.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: npm run eval:aeb [-- DIR] [--json] [--worst N]';

interface PageResult {
  id: string;
  url: string;
  readability: PageCounts;
  qingyue: PageCounts;
  qingyueError: string | null;
  readabilityError: string | null;
  parseFallback: boolean;
}

function main(): number {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, worst: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = path.resolve(args.positionals[0] ?? path.join(ROOT, '../shared/aeb'));
  const truthPath = path.join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) {
    console.error(`${truthPath} not found (${USAGE})`);
    return 2;
  }
  const worst = Number(args.values.worst ?? 15);
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { url: string; articleBody: string }>;

  const pages: PageResult[] = [];
  for (const [id, { url, articleBody }] of Object.entries(truth)) pages.push(runPage(dir, id, url, articleBody));

  const readability = benchmarkScore(pages.map((p) => p.readability));
  const qingyue = benchmarkScore(pages.map((p) => p.qingyue));
  const losses = pages
    .map((p) => ({ page: p, delta: pageF1(p.qingyue) - pageF1(p.readability) }))
    .filter((x) => x.delta < 0)
    .sort((a, b) => a.delta - b.delta);
  const wins = pages.filter((p) => pageF1(p.qingyue) > pageF1(p.readability)).length;
  const passed = qingyue.f1 >= readability.f1;

  if (args.values.json) {
    console.log(JSON.stringify({ dir, pages: pages.length, readability, qingyue, passed, pagesWorse: losses.length, pagesBetter: wins, perPage: pages }, null, 2));
    return passed ? 0 : 1;
  }
  const row = (name: string, s: BenchmarkScore) => `| ${name.padEnd(32)} | ${s.f1.toFixed(4)} | ${s.precision.toFixed(4)} | ${s.recall.toFixed(4)} | ${s.meanPageF1.toFixed(4)} |`;
  console.log(`AEB evaluation: ${pages.length} pages from ${dir}\n`);
  console.log('| extractor                        | F1     | prec.  | recall | mean page F1 |');
  console.log('|----------------------------------|--------|--------|--------|--------------|');
  console.log(row('@mozilla/readability 0.6.0', readability));
  console.log(row("Qingyue generic rule (extract)", qingyue));
  const failed = pages.filter((p) => p.qingyueError);
  const fallbacks = pages.filter((p) => p.parseFallback).length;
  console.log(`\nQingyue better on ${wins} pages, worse on ${losses.length}, equal on ${pages.length - wins - losses.length}.`);
  if (fallbacks) console.log(`${fallbacks} page(s) needed the stylesheet fallback (jsdom's CSS parser threw).`);
  if (failed.length) console.log(`Qingyue returned no article on ${failed.length} page(s): ${failed.map((p) => `${p.id.slice(0, 8)} (${p.qingyueError})`).join('; ')}`);
  if (losses.length) {
    console.log(`\nWhere Qingyue loses most to Readability (page F1, precision/recall):`);
    for (const { page, delta } of losses.slice(0, worst)) {
      const q = page.qingyue;
      const r = page.readability;
      console.log(`  ${delta.toFixed(3)}  ${page.id.slice(0, 10)}  Qingyue ${pageF1(q).toFixed(3)} (${pagePrecision(q).toFixed(2)}/${pageRecall(q).toFixed(2)})  Readability ${pageF1(r).toFixed(3)} (${pagePrecision(r).toFixed(2)}/${pageRecall(r).toFixed(2)})  ${page.url}`);
    }
  }
  console.log(passed ? `\nPASS: Qingyue F1 ${qingyue.f1.toFixed(4)} ≥ Readability F1 ${readability.f1.toFixed(4)}` : `\nFAIL: Qingyue F1 ${qingyue.f1.toFixed(4)} < Readability F1 ${readability.f1.toFixed(4)}`);
  return passed ? 0 : 1;
}

function runPage(dir: string, id: string, url: string, articleBody: string): PageResult {
  const { text: html } = decodeHtml(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))));
  const result: PageResult = { id, url, readability: shingleCounts(articleBody, ''), qingyue: shingleCounts(articleBody, ''), qingyueError: null, readabilityError: null, parseFallback: false };
  let dom;
  try {
    const parsed = parseHtmlReporting(html, url);
    dom = parsed.dom;
    result.parseFallback = parsed.stylesheetsDropped;
  } catch (error) {
    result.qingyueError = result.readabilityError = `parse: ${error instanceof Error ? error.message : error}`;
    return result;
  }
  try {
    const doc = dom.window.document;
    try {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      result.readability = shingleCounts(articleBody, parsed?.textContent ?? '');
    } catch (error) {
      result.readabilityError = error instanceof Error ? error.message : String(error);
    }
    const extracted = extract(doc, url, { site: 'generic', window: domWindow(dom) });
    if (extracted.ok) result.qingyue = shingleCounts(articleBody, extracted.article.textContent);
    else result.qingyueError = extracted.error.code;
  } finally {
    dom.window.close();
  }
  return result;
}

process.exitCode = main();
