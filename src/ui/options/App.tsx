// The options page: every setting of Options, grouped, saved as soon as it changes and applied
// live to open readers (they subscribe through the connector).
//
// Stable hooks for browser tests: #qy-root[data-state="options"], #qy-theme-<name>,
// #qy-font-<name>, #qy-size-dec/-inc, #qy-line-height-dec/-inc, #qy-width-dec/-inc,
// #qy-opt-<keepLede|keepCredits|detectEverywhere|autoOpen|tocOpen> (role=switch, aria-checked),
// #qy-lang-<auto|zh_CN|en>, #qy-export, #qy-import + #qy-import-file, #qy-reset,
// #qy-reset-confirm, #qy-reset-cancel, #qy-open-shortcuts, #qy-status (role=status).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Options, UiLanguage } from '../../storage/options-schema';
import { ICON_BOOKS, Icon } from '../components/Icon';
import { RadioGroup } from '../components/RadioGroup';
import { Switch } from '../components/Switch';
import type { Connector } from '../connect/types';
import { useOptions } from '../hooks/useOptions';
import { t, uiLocale } from '../i18n';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { BehaviourSection } from './BehaviourSection';
import { DataSection } from './DataSection';
import type { Notify } from './DataSection';
import { Section } from './Section';

const LANGUAGES: Array<{ value: UiLanguage; label: string }> = [
  { value: 'auto', label: 'languageAuto' },
  { value: 'zh_CN', label: 'languageChinese' },
  { value: 'en', label: 'languageEnglish' },
];

export function OptionsApp({ connector, initialOptions }: { connector: Connector; initialOptions: Options }) {
  const { options, update, replace } = useOptions(connector, initialOptions);
  const [status, setStatus] = useState<{ message: string; tone: 'ok' | 'error' } | null>(null);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const notify: Notify = useCallback((message, tone = 'ok') => {
    setStatus({ message, tone });
    clearTimeout(clearTimer.current);
    // Errors stay until the next action; confirmations fade.
    if (tone === 'ok') clearTimer.current = setTimeout(() => setStatus(null), 2400);
  }, []);

  const save = useCallback(
    (patch: Partial<Options>) => {
      update(patch).then(
        () => notify(t('optionsSaved')),
        (error: unknown) => notify(t('optionsSaveFailed', error instanceof Error ? error.message : String(error)), 'error'),
      );
    },
    [update, notify],
  );

  useEffect(() => {
    document.documentElement.lang = uiLocale();
    document.title = t('optionsDocumentTitle');
  });

  return (
    <div id="qy-root" class="qy-options" data-state="options">
      <header class="qy-options-header">
        <img src="icons/icon.svg" width="40" height="40" alt="" />
        <div>
          <h1 class="qy-options-title">{t('optionsTitle')}</h1>
          <p class="qy-options-subtitle">{t('optionsSubtitle')}</p>
        </div>
        <span class="qy-actions-spacer" />
        <a id="qy-open-library" class="qy-button" href="library.html">
          <Icon path={ICON_BOOKS} size={18} />
          <span>{t('openLibrary')}</span>
        </a>
      </header>
      <main class="qy-options-main">
        <AppearanceSection options={options} update={save} />
        <Section id="qy-section-woshipm" title={t('optionsWoshipmTitle')} description={t('optionsWoshipmDescription')}>
          <Switch id="qy-opt-keepLede" label={t('optionsKeepLedeLabel')} description={t('optionsKeepLedeDescription')} checked={options.keepLede} onChange={(keepLede) => save({ keepLede })} />
          <Switch id="qy-opt-keepCredits" label={t('optionsKeepCreditsLabel')} description={t('optionsKeepCreditsDescription')} checked={options.keepCredits} onChange={(keepCredits) => save({ keepCredits })} />
        </Section>
        <BehaviourSection connector={connector} options={options} update={save} />
        <Section id="qy-section-language" title={t('optionsLanguageTitle')} description={t('optionsLanguageDescription')}>
          <RadioGroup<UiLanguage>
            label={t('optionsLanguageTitle')}
            labelledBy="qy-section-language-title"
            class="qy-language-choices"
            value={options.uiLanguage}
            onChange={(uiLanguage) => save({ uiLanguage })}
            choices={LANGUAGES.map(({ value, label }) => ({ value, label: t(label), id: `qy-lang-${value}` }))}
          />
        </Section>
        <DataSection connector={connector} onReplaced={replace} notify={notify} />
        <AboutSection connector={connector} />
      </main>
      <p id="qy-status" class={`qy-status${status ? ' is-visible' : ''}${status?.tone === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
        {status?.message}
      </p>
    </div>
  );
}
