// A button that opens a short menu of actions (WAI-ARIA menu button): Enter, Space or ArrowDown
// open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape or Tab close it
// and focus goes back to the button; a click outside closes it. Used for "export as HTML /
// Markdown" in the library list and the reader's toolbar.

import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon';
import '../styles/menu.css';

export interface MenuItem {
  id: string;
  label: string;
  /** A second line under the label (what the file contains). */
  hint?: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  id: string;
  /** Accessible name and tooltip of the button. */
  label: string;
  icon: string;
  items: MenuItem[];
  /** Text next to the icon (the label stays the accessible name). */
  text?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  disabled?: boolean;
}

export function MenuButton({ id, label, icon, items, text, align = 'end', disabled }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [initial, setInitial] = useState<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = `${id}-menu`;

  const itemsOf = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = itemsOf();
    (initial === 'last' ? list[list.length - 1] : list[0])?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (menu.current?.contains(target) || button.current?.contains(target))) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, initial]);

  const openAt = (where: 'first' | 'last') => {
    setInitial(where);
    setOpen(true);
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation(); // the list's own arrow keys must not move on
      openAt(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = itemsOf();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const go = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        break;
      case 'ArrowUp':
        go(at - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(list.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        setOpen(false);
        return; // let Tab move on from the button
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <span class="qy-menu-anchor">
      <button
        ref={button}
        type="button"
        id={id}
        class={text ? 'qy-button qy-button--ghost' : 'qy-icon-button'}
        title={label}
        aria-label={text ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        <Icon path={icon} />
        {text && <span>{text}</span>}
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-labelledby={id} class={`qy-menu qy-menu--${align}`} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              id={item.id}
              tabIndex={-1}
              class="qy-menu-item"
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              <span class="qy-menu-label">{item.label}</span>
              {item.hint && <span class="qy-menu-hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
