// Conventions of the site registry: every rule has fixtures (generic included), the badge detector
// registry lists the same sites in the same order, and every site file says what it was tested on.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/sites/index';
import { DETECTORS } from '../../src/sites/detectors';
import { FIXTURES_DIR } from '../fixtures/harness';

const SITES_DIR = path.resolve(FIXTURES_DIR, '../../src/sites');

describe('site registry', () => {
  it('ends with the generic rule, which accepts every page', () => {
    const last = RULES[RULES.length - 1]!;
    expect(last.id).toBe('generic');
    expect(last.matches({ site: null, confidence: 0, signals: [] })).toBe(true);
  });

  for (const rule of RULES) {
    it(`${rule.id} has a fixture directory with at least one case`, () => {
      const dir = path.join(FIXTURES_DIR, rule.id);
      expect(existsSync(dir), `missing tests/fixtures/${rule.id}/`).toBe(true);
      const cases = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, 'source.html')));
      expect(cases.length).toBeGreaterThanOrEqual(1);
      for (const name of cases) {
        expect(existsSync(path.join(dir, name, 'expected-metadata.json')), `${rule.id}/${name}/expected-metadata.json`).toBe(true);
      }
    });

    it(`${rule.id} lives in its own file that lists the pages it was tested on`, () => {
      const file = path.join(SITES_DIR, `${rule.id}.ts`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/\/\/ Tested on/);
    });
  }

  it('every fixture directory belongs to a registered rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const dirs = readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const d of dirs) expect(ids.has(d as never), `tests/fixtures/${d} has no rule`).toBe(true);
  });

  it('the detector registry names the site rules in registry order', () => {
    expect(DETECTORS.map((d) => d.id)).toEqual(RULES.filter((r) => r.id !== 'generic').map((r) => r.id));
  });
});
