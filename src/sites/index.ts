// The ordered site registry: the first rule whose `matches` accepts the page's detection wins;
// the generic rule is last and accepts everything. One file per site; each ends with the pages it
// was tested on. Detection for the badge lives in ./detectors.ts (same ids, same order).

import type { SiteRule } from '../core/rule';
import { genericRule } from './generic';
import { woshipmRule } from './woshipm';

export const RULES: readonly SiteRule[] = [woshipmRule, genericRule];

export function ruleById(id: string): SiteRule | undefined {
  return RULES.find((r) => r.id === id);
}
