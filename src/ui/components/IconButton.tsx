import type { ComponentChildren } from 'preact';
import { Icon } from './Icon';

interface IconButtonProps {
  id?: string;
  /** An ICON_* path from Icon.tsx. */
  icon: string;
  /** Accessible name; also the tooltip. */
  label: string;
  onClick: (event: MouseEvent) => void;
  pressed?: boolean;
  expanded?: boolean;
  controls?: string;
  /** Text shown next to the icon (the label stays the accessible name). */
  children?: ComponentChildren;
  disabled?: boolean;
  /** Pointer or focus arrived: prefetch what the click will need. */
  onPrepare?: () => void;
}

export function IconButton({ id, icon, label, onClick, pressed, expanded, controls, children, disabled, onPrepare }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      class={children ? 'qy-button qy-button--ghost' : 'qy-icon-button'}
      title={label}
      aria-label={children ? undefined : label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={controls}
      disabled={disabled}
      onClick={onClick}
      onPointerEnter={onPrepare}
      onFocus={onPrepare}
    >
      <Icon path={icon} />
      {children && <span>{children}</span>}
    </button>
  );
}
