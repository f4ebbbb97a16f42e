// The one options module (design.md, practice 4): typed defaults from options-schema.ts, ordered
// migrations, validation that clamps or drops anything it does not recognise, storage in
// storage.sync, live updates, and export/import as a JSON file.
//
// Used by extension pages (through the UI's connector) and by the background, so it imports
// nothing from either: only the schema and the thin browser module.
//
// Storage layout: one object under the key `options` in storage.sync. One key means one atomic
// write and one onChanged event per change, and stays far below sync's 8 KB per-item quota.
// Sync also allows only ~120 writes a minute, so setOptions skips writes that change nothing;
// sliders in the UI should still commit on `change`, not on every `input`.
import { getBrowser } from '../shared/browser';
import { DEFAULT_OPTIONS, OPTION_LIMITS, OPTIONS_VERSION } from './options-schema';
import type { FontFamily, Options, Theme, UiLanguage } from './options-schema';

export const OPTIONS_STORAGE_KEY = 'options';
/** `format` marker of exported settings files. */
export const OPTIONS_FILE_FORMAT = 'qingyue-options';
/** Settings files are a few hundred bytes; anything much larger is not one of ours. */
const MAX_IMPORT_CHARS = 64 * 1024;

type Raw = Record<string, unknown>;

export interface Migration {
  /** The version this step produces; steps run in ascending order from the stored version. */
  to: number;
  migrate(options: Raw): Raw;
}

/**
 * Ordered migrations. Each step receives the object as the previous version stored it (possibly
 * with stray or invalid fields: validation runs after the last step) and returns the next shape.
 *
 * Version 1 is the first schema. Its step adopts objects without a `version` field (settings
 * written by hand or copied from elsewhere): they are read field by field, so the step only has to
 * drop a stray `version` of the wrong type. It is also where the chain starts for later steps.
 *
 * To change the schema: bump OPTIONS_VERSION in options-schema.ts, append `{ to: N, migrate }`
 * here (rename or reinterpret fields of version N-1), and add a test that feeds the old shape
 * through `migrateOptions`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    migrate: ({ version: _unusable, ...fields }) => fields,
  },
];

// ---------------------------------------------------------------------------------------------
// Pure functions (no storage): migration and validation

const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
const FONTS: readonly FontFamily[] = ['sans', 'serif'];
const LANGUAGES: readonly UiLanguage[] = ['auto', 'zh_CN', 'en'];

const isPlainObject = (v: unknown): v is Raw =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function oneOf<T extends string>(allowed: readonly T[], fallback: T) {
  return (v: unknown): T => (typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback);
}

function bool(fallback: boolean) {
  return (v: unknown): boolean => (typeof v === 'boolean' ? v : fallback);
}

/** Numbers are clamped into the UI's range and snapped to its step (so 1.7000000000000002 → 1.7). */
function ranged(limits: { min: number; max: number; step: number }, fallback: number) {
  const decimals = (String(limits.step).split('.')[1] ?? '').length;
  return (v: unknown): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fallback;
    const clamped = Math.min(limits.max, Math.max(limits.min, v));
    const snapped = limits.min + Math.round((clamped - limits.min) / limits.step) * limits.step;
    return Number(Math.min(limits.max, snapped).toFixed(decimals));
  };
}

const D = DEFAULT_OPTIONS;
/** One validator per field; `version` is handled by the migration. */
const FIELDS: { [K in Exclude<keyof Options, 'version'>]: (v: unknown) => Options[K] } = {
  theme: oneOf(THEMES, D.theme),
  font: oneOf(FONTS, D.font),
  fontSize: ranged(OPTION_LIMITS.fontSize, D.fontSize),
  lineHeight: ranged(OPTION_LIMITS.lineHeight, D.lineHeight),
  contentWidth: ranged(OPTION_LIMITS.contentWidth, D.contentWidth),
  keepLede: bool(D.keepLede),
  keepCredits: bool(D.keepCredits),
  detectEverywhere: bool(D.detectEverywhere),
  autoOpen: bool(D.autoOpen),
  tocOpen: bool(D.tocOpen),
  uiLanguage: oneOf(LANGUAGES, D.uiLanguage),
};

/** Stored version of a raw object: a missing or unusable version counts as 0 (pre-versioning). */
function versionOf(raw: Raw): number {
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Run the migration steps above the object's version, in order. Objects from a newer version are
 * returned unchanged (validation keeps the fields this version understands).
 */
export function migrateOptions(raw: Raw, migrations: readonly Migration[] = MIGRATIONS): Raw {
  let current = { ...raw };
  const from = versionOf(current);
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to <= from) continue;
    current = { ...step.migrate(current), version: step.to };
  }
  return current;
}

/** Complete, valid options from anything: unknown keys dropped, wrong types → default, numbers clamped. */
export function normalizeOptions(input: unknown): Options {
  const raw = isPlainObject(input) ? migrateOptions(input) : {};
  const out = { version: OPTIONS_VERSION } as Options;
  for (const key of Object.keys(FIELDS) as (keyof typeof FIELDS)[]) {
    (out as unknown as Raw)[key] = FIELDS[key](raw[key]);
  }
  return out;
}

function sameOptions(a: Options, b: Options): boolean {
  return (Object.keys(a) as (keyof Options)[]).every((k) => a[k] === b[k]);
}

// ---------------------------------------------------------------------------------------------
// Storage

function area() {
  return getBrowser().storage.sync;
}

export async function getOptions(): Promise<Options> {
  const stored = await area().get(OPTIONS_STORAGE_KEY);
  return normalizeOptions(stored[OPTIONS_STORAGE_KEY]);
}

/** Validate, clamp and store a change; resolves with the stored options. */
export async function setOptions(patch: Partial<Options>): Promise<Options> {
  const current = await getOptions();
  const next = normalizeOptions({ ...current, ...(isPlainObject(patch) ? patch : {}), version: OPTIONS_VERSION });
  if (!sameOptions(current, next)) await area().set({ [OPTIONS_STORAGE_KEY]: next });
  return next;
}

export async function resetOptions(): Promise<Options> {
  const defaults = normalizeOptions(DEFAULT_OPTIONS);
  await area().set({ [OPTIONS_STORAGE_KEY]: defaults });
  return defaults;
}

/** Called with the new options whenever they change (in any page or the background). Returns an unsubscribe function. */
export function subscribe(listener: (options: Options) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'sync' || !(OPTIONS_STORAGE_KEY in changes)) return;
    listener(normalizeOptions(changes[OPTIONS_STORAGE_KEY]?.newValue));
  };
  const events = getBrowser().storage.onChanged;
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
}

// ---------------------------------------------------------------------------------------------
// Export / import

export interface OptionsFile {
  format: typeof OPTIONS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  options: Omit<Options, 'version'>;
}

/** The settings as the text of a JSON file. */
export function serializeOptions(options: Options, now: Date = new Date()): string {
  const { version: _version, ...rest } = normalizeOptions(options);
  const file: OptionsFile = { format: OPTIONS_FILE_FORMAT, version: OPTIONS_VERSION, exportedAt: now.toISOString(), options: rest };
  return JSON.stringify(file, null, 2) + '\n';
}

export async function exportOptions(): Promise<string> {
  return serializeOptions(await getOptions());
}

export type OptionsImportErrorCode = 'NOT_JSON' | 'FOREIGN_FILE' | 'NEWER_VERSION' | 'CORRUPT_FILE';

/** Why a settings file was refused. `message` is an English sentence; the UI localises by `code`. */
export class OptionsImportError extends Error {
  override name = 'OptionsImportError';
  constructor(readonly code: OptionsImportErrorCode, message: string) {
    super(message);
  }
}

/**
 * Check a settings file and turn it into valid options, migrating files from older versions.
 * Throws OptionsImportError (and changes nothing) when the file is not ours or is damaged.
 */
export function parseOptionsFile(text: string): Options {
  if (typeof text !== 'string' || text.length > MAX_IMPORT_CHARS) {
    throw new OptionsImportError('FOREIGN_FILE', 'This file is too large to be a Qingyue settings file.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new OptionsImportError('NOT_JSON', 'This file is not a JSON file, so it cannot hold Qingyue settings.');
  }
  if (!isPlainObject(data) || data.format !== OPTIONS_FILE_FORMAT) {
    throw new OptionsImportError('FOREIGN_FILE', 'This JSON file is not a Qingyue settings file.');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new OptionsImportError('CORRUPT_FILE', 'This settings file is damaged: its version is missing or invalid.');
  }
  if (version > OPTIONS_VERSION) {
    throw new OptionsImportError('NEWER_VERSION', `This settings file comes from a newer version of Qingyue (settings version ${version}); update the extension to import it.`);
  }
  if (!isPlainObject(data.options)) {
    throw new OptionsImportError('CORRUPT_FILE', 'This settings file is damaged: it has no settings in it.');
  }
  const known = Object.keys(data.options).filter((k) => k in FIELDS);
  if (!known.length) {
    throw new OptionsImportError('CORRUPT_FILE', 'This settings file is damaged: none of its settings are recognised.');
  }
  return normalizeOptions({ ...data.options, version });
}

/** Validate, migrate and store settings from a file's text; resolves with the stored options. */
export async function importOptions(text: string): Promise<Options> {
  const options = parseOptionsFile(text);
  await area().set({ [OPTIONS_STORAGE_KEY]: options });
  return options;
}
