// save-link.html: the small window the background opens when "save the linked article" needs
// access to the link's site and the browser will not show its permission prompt from the menu
// click (Chrome's service worker has no user gesture). It names the site, asks with a real click
// (the prompt then belongs to this window, which a prompt does not close), starts the save and
// closes itself; the toolbar badge shows the rest.
//
// Stable hooks for browser tests: #qy-save-link[data-state] (ask | saving | refused | invalid),
// #qy-save-link-allow, #qy-save-link-cancel.

import { useState } from 'preact/hooks';
import { originPattern, siteName } from '../../shared/origins';
import type { Connector } from '../connect/types';
import { t } from '../i18n';

type State = 'ask' | 'saving' | 'refused' | 'invalid';

/** How long the "saving" note stays before the window closes itself. */
const CLOSE_AFTER_MS = 1500;

interface SaveLinkAppProps {
  connector: Connector;
  url: string;
  tabId?: number;
}

export function SaveLinkApp({ connector, url, tabId }: SaveLinkAppProps) {
  const pattern = /^https?:\/\//i.test(url) ? originPattern(url) : null;
  const [state, setState] = useState<State>(pattern ? 'ask' : 'invalid');

  const allow = () => {
    if (!pattern) return;
    // First call in the click: the browser shows its prompt only inside a user gesture.
    const asked = connector.requestHostPermissions([pattern]);
    void asked.then(async (granted) => {
      if (!granted) return setState('refused');
      setState('saving');
      await connector.saveUrl(url, tabId === undefined ? {} : { tabId });
      setTimeout(() => globalThis.close(), CLOSE_AFTER_MS);
    }, () => setState('refused'));
  };

  return (
    <main id="qy-save-link" class="qy-save-link" data-state={state}>
      <h1 class="qy-save-link-title">
        <img src="icons/icon.svg" width="24" height="24" alt="" />
        <span>{t('saveLinkTitle')}</span>
      </h1>
      {pattern && <p class="qy-save-link-url" title={url}>{url}</p>}
      <p class="qy-save-link-text" role={state === 'refused' || state === 'invalid' ? 'alert' : undefined}>
        {state === 'ask' && t('saveLinkExplain', siteName(url))}
        {state === 'saving' && t('saveLinkStarted')}
        {state === 'refused' && t('saveLinkRefused')}
        {state === 'invalid' && t('saveLinkInvalid')}
      </p>
      <div class="qy-save-link-actions">
        {state === 'ask' && (
          <button type="button" id="qy-save-link-allow" class="qy-button qy-button--primary" onClick={allow}>
            {t('saveLinkAllow')}
          </button>
        )}
        <button type="button" id="qy-save-link-cancel" class="qy-button" onClick={() => globalThis.close()}>
          {state === 'ask' ? t('actionCancel') : t('actionClose')}
        </button>
      </div>
    </main>
  );
}
