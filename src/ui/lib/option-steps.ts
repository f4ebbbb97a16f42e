// The numeric appearance settings move in fixed steps between the bounds of OPTION_LIMITS
// (the same bounds the options module clamps imports to).

import { OPTION_LIMITS } from '../../storage/options-schema';

export type NumericOption = keyof typeof OPTION_LIMITS;

/** Decimal places of a step (0.1 → 1), so 1.7 + 0.1 is 1.8 and not 1.8000000000000003. */
function decimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/** Clamp to the bounds and snap to the step grid counted from the minimum. */
export function clampOption(key: NumericOption, value: number): number {
  const { min, max, step } = OPTION_LIMITS[key];
  if (!Number.isFinite(value)) return min;
  const snapped = min + Math.round((Math.min(max, Math.max(min, value)) - min) / step) * step;
  return Number(Math.min(max, snapped).toFixed(decimals(step)));
}

/** One step up (+1) or down (-1), staying inside the bounds. */
export function stepOption(key: NumericOption, value: number, direction: 1 | -1): number {
  return clampOption(key, clampOption(key, value) + direction * OPTION_LIMITS[key].step);
}

export function canStep(key: NumericOption, value: number, direction: 1 | -1): boolean {
  return stepOption(key, value, direction) !== clampOption(key, value);
}

/** How a value is shown next to its stepper: 18 → "18", 1.8 → "1.8". */
export function formatOptionValue(key: NumericOption, value: number): string {
  return clampOption(key, value).toFixed(decimals(OPTION_LIMITS[key].step));
}
