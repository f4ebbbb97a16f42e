// The reader's keyboard shortcuts, shown from the toolbar's help button or with "?".

import { t } from '../i18n';

const SHORTCUTS: Array<[keys: string[], label: string]> = [
  [['T'], 'shortcutToc'],
  [['S'], 'shortcutSettings'],
  [['+', '−'], 'shortcutFontSize'],
  [['?'], 'shortcutHelp'],
  [['Esc'], 'shortcutClose'],
];

export function ShortcutHelp() {
  return (
    <div class="qy-help">
      <h2 class="qy-panel-title">{t('shortcutsTitle')}</h2>
      <dl class="qy-shortcuts">
        {SHORTCUTS.map(([keys, label]) => (
          <div class="qy-shortcut" key={label}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
