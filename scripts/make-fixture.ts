// Makes a fixture case from a saved page, like mozilla/readability's generate-testcase.js:
//
//   npx tsx scripts/make-fixture.ts <site> <case> <saved.html> [--url URL] [--about TEXT]
//       copies the page to tests/fixtures/<site>/<case>/source.html, runs the current pipeline and
//       writes expected.html + expected-metadata.json FOR REVIEW: read both before committing;
//       the expectation is what the extractor must do, not what it happens to do today.
//   npx tsx scripts/make-fixture.ts <site> <case> --update
//   npx tsx scripts/make-fixture.ts --update-all
//       regenerate the expectations of existing cases from their source.html (keeping url, about
//       and options). A human must review the diff (`git diff tests/fixtures`) before committing:
//       an update that "fixes" a failing case by accepting worse output is a regression.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FIXTURES_DIR, formatHtml, listCases, metadataOf, readCase, runCase, type CaseMetadata } from '../tests/fixtures/harness';

function usage(message?: string): never {
  if (message) console.error(`make-fixture: ${message}`);
  console.error('usage: npx tsx scripts/make-fixture.ts <site> <case> <saved.html> [--url URL] [--about TEXT]');
  console.error('       npx tsx scripts/make-fixture.ts <site> <case> --update');
  console.error('       npx tsx scripts/make-fixture.ts --update-all');
  process.exit(1);
}

function write(dir: string, meta: CaseMetadata, source: string): void {
  const { result } = runCase(source, meta.url, meta.options);
  const next = metadataOf(result, meta.url, meta.about, meta.options);
  writeFileSync(path.join(dir, 'expected-metadata.json'), JSON.stringify(next, null, 2) + '\n');
  const expectedPath = path.join(dir, 'expected.html');
  if (result.ok) writeFileSync(expectedPath, formatHtml(result.article.contentHtml));
  else if (existsSync(expectedPath)) writeFileSync(expectedPath, '');
  const rel = path.relative(process.cwd(), dir);
  console.log(result.ok ? `${rel}: ok, "${result.article.title}" (${result.article.images.length} images)` : `${rel}: ${result.error.code} (${result.error.message})`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, about: { type: 'string' }, update: { type: 'boolean' }, 'update-all': { type: 'boolean' } },
});

if (values['update-all']) {
  for (const c of listCases()) {
    const { source, meta } = readCase(c);
    write(c.dir, meta, source);
  }
  console.log('Review the changes with `git diff tests/fixtures` before committing.');
  process.exit(0);
}

const [site, name, saved] = positionals;
if (!site || !name) usage('site and case are required');
if (!/^[a-z0-9-]+$/.test(site) || !/^[a-z0-9-]+$/.test(name)) usage('site and case must be lower-case words joined by dashes');
const dir = path.join(FIXTURES_DIR, site, name);

if (values.update) {
  if (!existsSync(path.join(dir, 'source.html'))) usage(`no case at ${dir}`);
  const { source, meta } = readCase({ site, name, dir });
  write(dir, meta, source);
} else {
  if (!saved) usage('the saved page is required');
  if (!existsSync(saved)) usage(`no such file: ${saved}`);
  mkdirSync(dir, { recursive: true });
  copyFileSync(saved, path.join(dir, 'source.html'));
  const url = values.url ?? `https://example.com/${site}/${name}.html`;
  write(dir, { url, about: values.about, ok: true }, readFileSync(path.join(dir, 'source.html'), 'utf8'));
}
console.log('Review expected.html and expected-metadata.json before committing.');
