import { describe, expect, it } from 'vitest';
import { OPTION_LIMITS } from '../../../src/storage/options-schema';
import { canStep, clampOption, formatOptionValue, stepOption } from '../../../src/ui/lib/option-steps';

describe('option steppers', () => {
  it('clamp to the bounds the options module allows', () => {
    expect(clampOption('fontSize', 4)).toBe(OPTION_LIMITS.fontSize.min);
    expect(clampOption('fontSize', 99)).toBe(OPTION_LIMITS.fontSize.max);
    expect(clampOption('lineHeight', Number.NaN)).toBe(OPTION_LIMITS.lineHeight.min);
  });

  it('snap to the step grid without floating-point dust', () => {
    expect(stepOption('lineHeight', 1.7, 1)).toBe(1.8);
    expect(stepOption('lineHeight', 1.8, -1)).toBe(1.7);
    expect(clampOption('lineHeight', 1.8300000000000003)).toBe(1.8);
    expect(clampOption('contentWidth', 37)).toBe(38); // width moves in steps of 2 from 26
  });

  it('stop at the ends, and say so', () => {
    expect(stepOption('fontSize', 28, 1)).toBe(28);
    expect(canStep('fontSize', 28, 1)).toBe(false);
    expect(canStep('fontSize', 28, -1)).toBe(true);
    expect(canStep('contentWidth', 26, -1)).toBe(false);
  });

  it('show values with the step’s precision', () => {
    expect(formatOptionValue('lineHeight', 2)).toBe('2.0');
    expect(formatOptionValue('fontSize', 18)).toBe('18');
  });
});
