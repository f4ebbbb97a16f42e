// 快捷键与关于: the browser-level commands with the shortcut the user has now (from the browser,
// so a changed shortcut shows as changed), a way to the browser's shortcut page, and the reader
// tab's own keys.

import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../components/Icon';
import { ICON_KEYBOARD } from '../components/page-icons';
import type { Connector, Shortcut } from '../connect/types';
import { t } from '../i18n';
import { Section } from './Section';

/**
 * Our commands' descriptions (the manifest's __MSG_…__ keys), in the page's language: the browser
 * hands them over in its own language, which is not the one chosen here when they differ.
 * _execute_action has no description of its own in Chrome.
 */
const COMMAND_NAMES: Record<string, string> = {
  _execute_action: 'commandOpenPopup',
  'open-reader-tab': 'commandOpenReaderTab',
  'save-page': 'commandSavePage',
};

function describe(shortcut: Shortcut): string {
  const key = COMMAND_NAMES[shortcut.name];
  return (key && t(key)) || shortcut.description || shortcut.name;
}

/** "Alt+Shift+R" → ["Alt", "Shift", "R"] */
function keysOf(shortcut: string): string[] {
  return shortcut.split('+').filter(Boolean);
}

export function AboutSection({ connector }: { connector: Connector }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [cannotOpen, setCannotOpen] = useState(false);
  useEffect(() => {
    void connector.getShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [connector]);

  const openShortcuts = async () => {
    const opened = await connector.openShortcutSettings().catch(() => false);
    setCannotOpen(!opened);
  };

  return (
    <Section id="qy-section-about" title={t('optionsShortcutsTitle')}>
      <dl class="qy-command-list" id="qy-commands">
        {(shortcuts ?? []).map((shortcut) => (
          <div class="qy-command" key={shortcut.name}>
            <dt>{describe(shortcut)}</dt>
            <dd>{shortcut.shortcut ? keysOf(shortcut.shortcut).map((key) => <kbd key={key}>{key}</kbd>) : <span class="qy-muted">{t('optionsShortcutUnset')}</span>}</dd>
          </div>
        ))}
        <div class="qy-command">
          <dt>{t('optionsReaderKeys')}</dt>
          <dd>
            <kbd>T</kbd>
            <kbd>S</kbd>
            <kbd>+</kbd>
            <kbd>−</kbd>
            <kbd>?</kbd>
            <kbd>Esc</kbd>
          </dd>
        </div>
      </dl>
      <div class="qy-actions-row">
        <button type="button" id="qy-open-shortcuts" class="qy-button" onClick={() => void openShortcuts()}>
          <Icon path={ICON_KEYBOARD} size={18} />
          <span>{t('optionsChangeShortcuts')}</span>
        </button>
      </div>
      {cannotOpen && <p class="qy-setting-description">{t('optionsChangeShortcutsManual')}</p>}
      <p class="qy-about">{t('optionsAbout')}</p>
    </Section>
  );
}
