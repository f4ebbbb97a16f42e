/** Target browser of the bundle, set by scripts/build.mjs (`define`). Only background code should branch on it. */
declare const __BROWSER__: 'chrome' | 'firefox';
