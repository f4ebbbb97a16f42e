// The manifest asks for what the README justifies and nothing more; its strings and files exist.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_URLS, CONTENT_SCRIPT_FILE, DETECTOR_SCRIPT_FILE, WOSHIPM_MATCHES } from '../../src/shared/constants';
import { LOCALES, ROOT, locale, read, readJson } from './helpers';

const manifest = readJson('manifest.json');

/** Each permission and why (mirrored in the README's permissions table). */
const PERMISSIONS: Record<string, string> = {
  activeTab: 'read the current tab after a toolbar click, shortcut or menu click',
  scripting: 'inject the extractor on demand; register the detector everywhere when asked',
  storage: 'options (sync), reader hand-off and badge state (session)',
  unlimitedStorage: 'the offline library in IndexedDB (issue #4)',
  contextMenus: 'save this page / save the linked article (issue #4)',
  offscreen: 'DOMParser for linked articles on Chrome (issue #4); dropped from the Firefox build',
};
/** woshipm pages and the hosts their images come from (saving downloads them). */
const HOSTS = ['*://*.woshipm.com/*', '*://image.yunyingpai.com/*', 'https://cors.zfour.workers.dev/*'];

describe('manifest', () => {
  it('is MV3 for both browsers', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(manifest.browser_specific_settings.gecko).toMatchObject({ id: 'qingyue@qingyue.app', data_collection_permissions: { required: ['none'] } });
    expect(Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(manifest.minimum_chrome_version).toBe('120');
  });

  it('asks for exactly the allowed permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it('has only woshipm hosts as required host permissions; everything else is optional', () => {
    expect(manifest.host_permissions).toEqual(HOSTS);
    expect(manifest.optional_host_permissions).toEqual([ALL_URLS]);
  });

  it('runs only the light detector, only on woshipm hosts, at idle', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [cs] = manifest.content_scripts;
    expect(cs.js).toEqual([DETECTOR_SCRIPT_FILE]);
    expect(cs.matches).toEqual([...WOSHIPM_MATCHES]);
    expect(cs.run_at).toBe('document_idle');
    expect(cs.all_frames ?? false).toBe(false);
    expect(JSON.stringify(manifest)).not.toContain(CONTENT_SCRIPT_FILE.replace('.js', '.js"]')); // the extractor is never static
  });

  it('exposes no web-accessible resources', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a tight CSP for extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline.*script|\*\s*;/);
  });

  it('declares the keyboard commands', () => {
    // Q and Y as in 清阅 (Qing Yue). Chromium does not assign a suggested key that is one of its own
    // accelerators (Alt+Shift+R, T, N, P, W… stay unset on Linux: the e2e suite checks what it assigned).
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+Q');
    expect(manifest.commands['open-reader-tab'].suggested_key.default).toBe('Alt+Shift+Y');
  });

  it('uses localised strings that exist in every locale', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys).toEqual(expect.arrayContaining(['extName', 'extDescription', 'actionTitle', 'commandOpenPopup', 'commandOpenReaderTab']));
    for (const name of LOCALES) {
      const messages = locale(name);
      for (const key of keys) expect(messages[key]?.message, `${name}: ${key}`).toBeTruthy();
    }
    expect(manifest.default_locale).toBe('zh_CN');
  });

  it('points at icons that exist, in every declared size', () => {
    const files = [...Object.values(manifest.icons), ...Object.values(manifest.action.default_icon)] as string[];
    for (const file of files) expect(existsSync(path.join(ROOT, 'public', file)), file).toBe(true);
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  it('names pages that the build produces', () => {
    for (const page of [manifest.action.default_popup, manifest.options_ui.page]) {
      expect(existsSync(path.join(ROOT, 'src/pages', page)), page).toBe(true);
    }
    expect(read('scripts/build.mjs')).toContain("'src/content/detector.ts'");
  });
});
