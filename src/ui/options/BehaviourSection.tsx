// 行为: detection everywhere (asks for the optional <all_urls> permission from the click itself,
// as browsers require), auto-open on detected pages, contents open by default.

import { useEffect, useState } from 'preact/hooks';
import type { Options } from '../../storage/options-schema';
import { Switch } from '../components/Switch';
import type { Connector } from '../connect/types';
import { t } from '../i18n';
import { Section } from './Section';

const ALL_URLS = ['<all_urls>'];

export function BehaviourSection({ connector, options, update }: { connector: Connector; options: Options; update: (patch: Partial<Options>) => void }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void connector.hasHostPermissions(ALL_URLS).then(setGranted, () => setGranted(false));
  }, [connector]);

  const toggleDetection = (on: boolean) => {
    setRefused(false);
    if (!on) {
      update({ detectEverywhere: false });
      return;
    }
    // The request must start inside the click handler, before anything else is awaited.
    void connector.requestHostPermissions(ALL_URLS).then(
      (ok) => {
        setGranted(ok);
        if (ok) update({ detectEverywhere: true });
        else setRefused(true);
      },
      () => setRefused(true),
    );
  };

  const detecting = options.detectEverywhere && granted !== false;
  const lost = options.detectEverywhere && granted === false;
  return (
    <Section id="qy-section-behaviour" title={t('optionsBehaviourTitle')}>
      <Switch
        id="qy-opt-detectEverywhere"
        label={t('optionsDetectEverywhereLabel')}
        checked={detecting}
        onChange={toggleDetection}
        description={
          <>
            <span>{t('optionsDetectEverywhereDescription')}</span>
            {refused && (
              <span class="qy-setting-warning" role="alert" id="qy-detect-refused">
                {t('optionsDetectEverywhereRefused')}
              </span>
            )}
            {lost && !refused && (
              <span class="qy-setting-warning" role="alert">
                {t('optionsDetectEverywhereLost')}
              </span>
            )}
          </>
        }
      />
      <Switch id="qy-opt-autoOpen" label={t('optionsAutoOpenLabel')} description={t('optionsAutoOpenDescription')} checked={options.autoOpen} onChange={(autoOpen) => update({ autoOpen })} />
      <Switch id="qy-opt-tocOpen" label={t('optionsTocOpenLabel')} description={t('optionsTocOpenDescription')} checked={options.tocOpen} onChange={(tocOpen) => update({ tocOpen })} />
    </Section>
  );
}
