// Layering rules from design.md, checked on the import statements.
import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './helpers';

const importsOf = (file: string) => [...read(file).matchAll(/\b(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);

describe('imports', () => {
  it('UI code never imports the background or content scripts', () => {
    for (const file of filesUnder('src/ui')) {
      for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/(^|\/)(background|content)(\/|$)/);
    }
  });

  it('only src/shared/browser.ts imports webextension-polyfill (values; types are fine)', () => {
    const offenders = filesUnder('src').filter((file) => {
      if (file === 'src/shared/browser.ts') return false;
      return /^\s*import\s+(?!type\b)[^;]*from\s*['"]webextension-polyfill['"]/m.test(read(file));
    });
    expect(offenders).toEqual([]);
  });

  it('the pipeline (src/core, src/sites) uses no extension APIs', () => {
    for (const file of [...filesUnder('src/core'), ...filesUnder('src/sites')]) {
      const text = read(file);
      for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/shared\/browser|webextension-polyfill|\/background|\/content|\/ui\//);
      expect(text, file).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage|scripting)\b/);
    }
  });

  it('the options module is importable by pages and the background alike', () => {
    for (const spec of importsOf('src/storage/options.ts')) expect(spec).not.toMatch(/background|content|\/ui\//);
  });
});
