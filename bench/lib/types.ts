// The contract between `npm run bench` (scripts/bench.ts) and its modules. A module is a file
// bench/<name>.ts whose default export is a BenchModule; later issues add more (popup open time in
// Chromium, save time, library paint) without touching the runner.

export interface BenchReport {
  /** One-line headline of the section. */
  title: string;
  /** The section's body, already formatted (tables, notes). */
  lines: string[];
  /** Machine-readable results (ratios, targets) for `npm run bench -- --json`. */
  results: Record<string, unknown>;
}

export interface BenchModule {
  /** Name used on the command line: `npm run bench -- <name>`. */
  name: string;
  description: string;
  run(): Promise<BenchReport>;
}
