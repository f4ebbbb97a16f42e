// − value + for the numeric reading settings; the value is announced (role=status would be noisy
// on every click, so the buttons' names carry the current value instead).

import { t } from '../i18n';
import { canStep, formatOptionValue, stepOption } from '../lib/option-steps';
import type { NumericOption } from '../lib/option-steps';
import { Icon } from './Icon';
import { ICON_MINUS, ICON_PLUS } from './page-icons';

interface StepperProps {
  option: NumericOption;
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** id prefix: buttons get `${id}-dec` / `${id}-inc`, the value `${id}-value`. */
  id: string;
}

export function Stepper({ option, label, value, onChange, id }: StepperProps) {
  const shown = formatOptionValue(option, value);
  const labelId = `${id}-label`;
  return (
    <div class="qy-stepper" role="group" aria-labelledby={labelId}>
      <span class="qy-control-label" id={labelId}>
        {label}
      </span>
      <div class="qy-stepper-buttons">
        <button
          type="button"
          id={`${id}-dec`}
          class="qy-stepper-button"
          aria-label={t('stepperDecrease', [label, shown])}
          title={t('stepperDecrease', [label, shown])}
          disabled={!canStep(option, value, -1)}
          onClick={() => onChange(stepOption(option, value, -1))}
        >
          <Icon path={ICON_MINUS} size={16} />
        </button>
        <output id={`${id}-value`} class="qy-stepper-value" aria-hidden="true">
          {shown}
        </output>
        <button
          type="button"
          id={`${id}-inc`}
          class="qy-stepper-button"
          aria-label={t('stepperIncrease', [label, shown])}
          title={t('stepperIncrease', [label, shown])}
          disabled={!canStep(option, value, 1)}
          onClick={() => onChange(stepOption(option, value, 1))}
        >
          <Icon path={ICON_PLUS} size={16} />
        </button>
      </div>
    </div>
  );
}
