// @vitest-environment jsdom
// The options page: every setting shown and saved, the permission-guarded switch, import refusals,
// reset, and the language switch.

import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../../src/storage/options-schema';
import { createMockConnector } from '../../../src/ui/connect/mock';
import { setUiLanguage } from '../../../src/ui/i18n';
import { OptionsApp } from '../../../src/ui/options/App';
import { CATALOGS } from './helpers';
import { click, installBrowserStubs, mount, text, unmount, waitFor } from './dom';

const zh = (key: string) => CATALOGS.zh_CN[key]!.message;
let container: HTMLElement | undefined;

async function openOptions(query = '') {
  const connector = createMockConnector(new URLSearchParams(`lang=zh_CN&delay=0&${query}`), localStorage);
  await setUiLanguage('auto');
  container = mount(<OptionsApp connector={connector} initialOptions={await connector.getOptions()} />);
  return { connector, root: container.querySelector<HTMLElement>('#qy-root')! };
}

const checked = (root: HTMLElement, id: string) => root.querySelector(`#${id}`)!.getAttribute('aria-checked');

async function chooseFile(root: HTMLElement, content: string, name = 'settings.json') {
  const input = root.querySelector<HTMLInputElement>('#qy-import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name, { type: 'application/json' })], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(() => {
  localStorage.clear();
  installBrowserStubs();
});
afterEach(() => {
  if (container) unmount(container);
  container = undefined;
});

describe('options page', () => {
  it('shows every setting with its default', async () => {
    const { root } = await openOptions();
    expect(checked(root, 'qy-theme-system')).toBe('true');
    expect(checked(root, 'qy-font-sans')).toBe('true');
    expect(text(root, '#qy-size-value')).toBe(String(DEFAULT_OPTIONS.fontSize));
    expect(text(root, '#qy-line-height-value')).toBe(DEFAULT_OPTIONS.lineHeight.toFixed(1));
    expect(text(root, '#qy-width-value')).toBe(String(DEFAULT_OPTIONS.contentWidth));
    for (const key of ['keepLede', 'keepCredits', 'detectEverywhere', 'autoOpen', 'tocOpen'] as const) {
      expect(checked(root, `qy-opt-${key}`), key).toBe(String(DEFAULT_OPTIONS[key]));
    }
    expect(checked(root, 'qy-lang-auto')).toBe('true');
    expect(root.querySelector('#qy-preview')!.textContent).toContain('人人都是产品经理');
  });

  it('saves a change at once and says so', async () => {
    const { root, connector } = await openOptions();
    await click(root.querySelector('#qy-opt-autoOpen'));
    expect(checked(root, 'qy-opt-autoOpen')).toBe('true');
    await waitFor(() => text(root, '#qy-status') === zh('optionsSaved'));
    expect((await connector.getOptions()).autoOpen).toBe(true);
  });

  it('keeps detection everywhere off, with a reason, when the permission is refused', async () => {
    const { root, connector } = await openOptions('grant=0');
    await click(root.querySelector('#qy-opt-detectEverywhere'));
    await waitFor(() => root.querySelector('#qy-detect-refused'));
    expect(checked(root, 'qy-opt-detectEverywhere')).toBe('false');
    expect(text(root, '#qy-detect-refused')).toBe(zh('optionsDetectEverywhereRefused'));
    expect((await connector.getOptions()).detectEverywhere).toBe(false);
  });

  it('turns detection everywhere on when the permission is granted', async () => {
    const { root, connector } = await openOptions();
    await click(root.querySelector('#qy-opt-detectEverywhere'));
    await waitFor(() => checked(root, 'qy-opt-detectEverywhere') === 'true');
    await waitFor(() => JSON.parse(localStorage.getItem('qingyue.mock.options')!).detectEverywhere === true);
    expect((await connector.getOptions()).detectEverywhere).toBe(true);
  });

  it('refuses a foreign file, says why in the UI language and changes nothing', async () => {
    const { root, connector } = await openOptions('theme=sepia');
    await chooseFile(root, '{"hello":"world"}', 'photos.json');
    await waitFor(() => root.querySelector('#qy-status.is-error'));
    expect(text(root, '#qy-status')).toContain('photos.json');
    expect(text(root, '#qy-status')).toContain(zh('optionsImportForeign'));
    expect((await connector.getOptions()).theme).toBe('sepia');
    await chooseFile(root, 'PK\u0003\u0004 not json', 'backup.zip');
    await waitFor(() => text(root, '#qy-status')?.includes(zh('optionsImportNotJson')));
  });

  it('imports a settings file and shows what it set', async () => {
    const { root, connector } = await openOptions();
    const file = JSON.stringify({ format: 'qingyue-options', version: 1, options: { ...DEFAULT_OPTIONS, theme: 'dark', fontSize: 22 } });
    await chooseFile(root, file);
    await waitFor(() => checked(root, 'qy-theme-dark') === 'true');
    expect(text(root, '#qy-size-value')).toBe('22');
    expect((await connector.getOptions()).fontSize).toBe(22);
  });

  it('resets to the defaults only after confirmation', async () => {
    const { root, connector } = await openOptions('theme=dark&fontSize=24');
    await click(root.querySelector('#qy-reset'));
    await click(root.querySelector('#qy-reset-cancel'));
    expect((await connector.getOptions()).theme).toBe('dark');
    await click(root.querySelector('#qy-reset'));
    await click(root.querySelector('#qy-reset-confirm'));
    await waitFor(() => checked(root, 'qy-theme-system') === 'true');
    expect(await connector.getOptions()).toEqual({ ...DEFAULT_OPTIONS });
  });

  it('switches its own language when another is chosen', async () => {
    const { root } = await openOptions();
    expect(text(root, '.qy-options-title')).toBe(zh('optionsTitle'));
    await click(root.querySelector('#qy-lang-en'));
    await waitFor(() => text(root, '.qy-options-title') === CATALOGS.en.optionsTitle!.message);
    expect(document.documentElement.lang).toBe('en');
  });

  it('lists the keyboard commands with their current shortcuts', async () => {
    const { root } = await openOptions();
    await waitFor(() => root.querySelectorAll('#qy-commands .qy-command').length >= 3);
    expect(root.querySelector('#qy-commands')!.textContent).toContain('Alt');
    // In the page's language, whatever language the browser (here Chinese) described them in.
    await click(root.querySelector('#qy-lang-en'));
    const names = () => [...root.querySelectorAll('#qy-commands .qy-command dt')].slice(0, 2).map((dt) => dt.textContent);
    await waitFor(() => names()[0] === CATALOGS.en.commandOpenPopup!.message);
    expect(names()).toEqual([CATALOGS.en.commandOpenPopup!.message, CATALOGS.en.commandOpenReaderTab!.message]);
    await click(root.querySelector('#qy-lang-auto'));
    await click(root.querySelector('#qy-open-shortcuts'));
    await waitFor(() => root.textContent!.includes(zh('optionsChangeShortcutsManual')));
  });
});
