// 外观: the reading settings with a live preview in Chinese. The whole page wears the chosen
// theme, so the preview shows exactly what the reader will.

import type { Options } from '../../storage/options-schema';
import { AppearanceControls } from '../components/AppearanceControls';
import { t } from '../i18n';
import { Section } from './Section';

export function AppearanceSection({ options, update }: { options: Options; update: (patch: Partial<Options>) => void }) {
  return (
    <Section id="qy-section-appearance" title={t('optionsAppearanceTitle')} description={t('optionsAppearanceDescription')}>
      <div class="qy-appearance-layout">
        <AppearanceControls options={options} onChange={update} />
        <div class="qy-preview" id="qy-preview" aria-label={t('optionsPreviewLabel')} role="group">
          <div class="qy-article" lang="zh-CN">
            <p class="qy-preview-title">{t('optionsPreviewTitle')}</p>
            <div class="qy-content">
              <p>{t('optionsPreviewParagraph1')}</p>
              <p>{t('optionsPreviewParagraph2')}</p>
            </div>
          </div>
        </div>
      </div>
    </Section>
  );
}
