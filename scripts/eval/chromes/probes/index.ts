// Probe layouts (`npm run eval:corpus -- DIR --probes`): pages of kinds the four gated chromes do
// not cover, written after the rules to see how they do on layouts nobody tuned them for. They are
// reported, not gated: CI runs the four chromes of ../index.ts.
import type { Chrome } from '../shared.ts';
import { discuz } from './discuz.ts';
import { freshrss } from './freshrss.ts';
import { minima } from './minima.ts';
import { wechat } from './wechat.ts';

export const PROBE_CHROMES: readonly Chrome[] = [freshrss, wechat, minima, discuz];
