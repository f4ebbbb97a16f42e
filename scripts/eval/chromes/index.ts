// The page chromes the corpus evaluation and the benchmark wrap posts in.
import { hashed } from './hashed.ts';
import { next } from './next.ts';
import type { Chrome } from './shared.ts';
import { volantis } from './volantis.ts';
import { wordpress } from './wordpress.ts';

export const CHROMES: readonly Chrome[] = [volantis, next, wordpress, hashed];
export type { Chrome, ChromePage, SiteContext } from './shared.ts';
