// `npm run bench [-- NAME…] [--json] [--list]`: runs the benchmark modules in bench/*.ts (a module
// default-exports a BenchModule, see bench/lib/types.ts; files without a default export are helpers)
// one after the other and prints a section for each. Benchmarks print ratios measured in one run on one machine, never pass/fail on
// absolute times; absolute milliseconds appear only as context.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchModule, BenchReport } from '../bench/lib/types.ts';

const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench');

async function loadModules(): Promise<BenchModule[]> {
  const files = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.ts')).sort();
  const modules: BenchModule[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(path.join(BENCH_DIR, file)).href)) as { default?: BenchModule };
    if (loaded.default === undefined) continue; // a helper shared by modules
    if (typeof loaded.default.run !== 'function' || !loaded.default.name) throw new Error(`bench/${file}: the default export must be { name, description, run }`);
    modules.push(loaded.default);
  }
  return modules;
}

const USAGE = 'usage: npm run bench [-- NAME…] [--json] [--list]   (no NAME: every benchmark; --list names them)';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message.split('. ')[0] : error}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const modules = await loadModules();
  if (values.list) {
    for (const m of modules) console.log(`${m.name.padEnd(16)} ${m.description}`);
    return 0;
  }
  const unknown = positionals.filter((name) => !modules.some((m) => m.name === name));
  if (unknown.length) {
    console.error(`unknown benchmark ${unknown.join(', ')}; available: ${modules.map((m) => m.name).join(', ')}`);
    return 2;
  }
  const selected = positionals.length ? modules.filter((m) => positionals.includes(m.name)) : modules;
  const reports: Record<string, BenchReport> = {};
  for (const module of selected) {
    if (!values.json) console.log(`\n━━ ${module.name}: ${module.description}`);
    const report = await module.run();
    reports[module.name] = report;
    if (!values.json) {
      console.log(report.title);
      for (const line of report.lines) console.log(line);
    }
  }
  // `metrics` is accepted as another name for `results` (bench/library.ts uses it).
  if (values.json) console.log(JSON.stringify(Object.fromEntries(Object.entries(reports).map(([k, r]) => [k, { title: r.title, ...(r.results ?? (r as { metrics?: object }).metrics) }])), null, 2));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
