// A radio group of buttons (WAI-ARIA radio pattern): one tab stop, arrow keys move and select,
// Home/End jump. Used for theme, font and language choices.

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
  /** id of the button, e.g. qy-theme-dark (tests rely on them). */
  id: string;
  /** Extra content before the label (a theme swatch). */
  adornment?: ComponentChildren;
  /** Shown under the label (e.g. "当前：深色"). */
  hint?: string;
}

interface RadioGroupProps<T extends string> {
  label: string;
  /** id of a visible element that labels the group (preferred over `label`). */
  labelledBy?: string;
  choices: RadioChoice<T>[];
  value: T;
  onChange: (value: T) => void;
  class?: string;
}

export function RadioGroup<T extends string>({ label, labelledBy, choices, value, onChange, class: className }: RadioGroupProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const move = (from: number, delta: number | 'first' | 'last') => {
    const n = choices.length;
    const index = delta === 'first' ? 0 : delta === 'last' ? n - 1 : (from + delta + n) % n;
    const choice = choices[index];
    if (!choice) return;
    onChange(choice.value);
    ref.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[index]?.focus();
  };
  return (
    <div ref={ref} role="radiogroup" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} class={`qy-segmented ${className ?? ''}`}>
      {choices.map((choice, i) => {
        const checked = choice.value === value;
        return (
          <button
            key={choice.value}
            type="button"
            role="radio"
            id={choice.id}
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            class="qy-segment"
            onClick={() => onChange(choice.value)}
            onKeyDown={(event) => {
              const keys: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' };
              const delta = keys[event.key];
              if (delta === undefined) return;
              event.preventDefault();
              move(i, delta);
            }}
          >
            {choice.adornment}
            <span class="qy-segment-label">{choice.label}</span>
            {choice.hint && <span class="qy-segment-hint">{choice.hint}</span>}
          </button>
        );
      })}
    </div>
  );
}
