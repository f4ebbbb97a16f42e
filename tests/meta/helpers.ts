// Reading the repository for meta-tests: files under a folder, locale files, the manifest.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
export const readJson = <T = any>(rel: string): T => JSON.parse(read(rel)) as T;

/** Repository-relative paths of files under `dir` whose names match `pattern`. */
export function filesUnder(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(ROOT, rel));
    } catch {
      return;
    }
    for (const name of names.sort()) {
      const child = `${rel}/${name}`;
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
      else if (pattern.test(name)) out.push(child);
    }
  };
  walk(dir);
  return out;
}

export const LOCALES = ['zh_CN', 'en'] as const;
export type LocaleFile = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
export const locale = (name: (typeof LOCALES)[number]) => readJson<LocaleFile>(`public/_locales/${name}/messages.json`);

/** Keys of an interface in a TypeScript source, e.g. the request types of `interface BackgroundRequests`. */
export function interfaceKeys(source: string, name: string): string[] {
  const start = source.indexOf(`interface ${name} {`);
  if (start < 0) throw new Error(`interface ${name} not found`);
  let depth = 0;
  let end = start;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) {
      end = i;
      break;
    }
  }
  const body = source.slice(source.indexOf('{', start) + 1, end);
  // Top-level members only: `'type': {` at nesting depth 0 of the body.
  const keys: string[] = [];
  let level = 0;
  for (const line of body.split('\n')) {
    const m = level === 0 ? /^\s*'([^']+)'\s*:/.exec(line) : null;
    if (m) keys.push(m[1]!);
    for (const ch of line) level += ch === '{' ? 1 : ch === '}' ? -1 : 0;
  }
  return keys;
}
