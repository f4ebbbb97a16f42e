// An on/off setting: a role=switch button labelled by its title, described by its explanation.

import type { ComponentChildren } from 'preact';

interface SwitchProps {
  id: string;
  label: string;
  description?: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

export function Switch({ id, label, description, checked, onChange, disabled }: SwitchProps) {
  return (
    <div class="qy-setting">
      <div class="qy-setting-text">
        <label class="qy-setting-label" id={`${id}-label`} for={id}>
          {label}
        </label>
        {description && (
          <div class="qy-setting-description" id={`${id}-description`}>
            {description}
          </div>
        )}
      </div>
      <button
        type="button"
        role="switch"
        id={id}
        class="qy-switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-description` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="qy-switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
