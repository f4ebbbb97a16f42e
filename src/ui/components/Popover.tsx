// A non-modal panel anchored to a toolbar button (appearance settings, shortcut help). Closes on
// Escape and on a click outside it (but not on its own toggle button, which toggles it), and gives
// focus back to the toggle when closed from the keyboard.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import '../styles/appearance.css';

interface PopoverProps {
  id: string;
  label: string;
  /** id of the button that toggles this panel. */
  toggleId: string;
  onClose: () => void;
  class?: string;
  children: ComponentChildren;
}

export function Popover({ id, label, toggleId, onClose, class: className, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Move focus into the panel so keyboard users land on its first control.
    ref.current?.querySelector<HTMLElement>('[tabindex="0"], button:not([disabled]), a[href]')?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onClose();
      document.getElementById(toggleId)?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target || ref.current?.contains(target) || document.getElementById(toggleId)?.contains(target)) return;
      onClose();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose, toggleId]);
  return (
    <div ref={ref} id={id} role="dialog" aria-label={label} class={`qy-popover ${className ?? ''}`}>
      {children}
    </div>
  );
}
