/**
 * The reader's settings, shared by the content script, background and extension pages.
 * Pure: reading and writing `browser.storage.sync` happens in the callers.
 */
import type { SearchEngine } from '../analysis/links/search-urls';
import { MARK_KINDS, type MarkKind } from '../analysis/types';
import { SETTINGS_KEY } from './settings-key';

export type TooltipLanguage = 'auto' | 'ar' | 'en';
export type { SearchEngine };

/**
 * The web search engines the reader can pick for a wire mark's second link. Listed here, not
 * imported from the link builder, so that the content script does not load it at start.
 */
export const SEARCH_ENGINES: readonly SearchEngine[] = ['duckduckgo', 'google', 'bing', 'startpage'];
export const ENGINE_NAMES: Record<SearchEngine, string> = {
  duckduckgo: 'DuckDuckGo',
  google: 'Google',
  bing: 'Bing',
  startpage: 'Startpage',
};

export interface Settings {
  /** Kinds the reader wants to see; a kind switched off is neither highlighted nor counted. */
  kinds: Record<MarkKind, boolean>;
  /** Hostnames where the reader switched the extension off. */
  disabledSites: string[];
  /** `auto` follows the browser's UI language. */
  language: TooltipLanguage;
  /** Where a wire mark's web search goes (restricted to the outlet's site). */
  searchEngine: SearchEngine;
}

export { SETTINGS_KEY };

export function defaultSettings(): Settings {
  return {
    kinds: { anonymous: true, denial: true, no_comment: true, wire: true },
    disabledSites: [],
    language: 'auto',
    searchEngine: 'duckduckgo',
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Settings from whatever storage held (old versions, partial or hand-edited values): never throws. */
export function parseSettings(stored: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(stored)) return settings;
  if (isRecord(stored.kinds)) {
    for (const kind of MARK_KINDS) {
      const on = stored.kinds[kind];
      if (typeof on === 'boolean') settings.kinds[kind] = on;
    }
  }
  if (Array.isArray(stored.disabledSites)) {
    settings.disabledSites = stored.disabledSites.filter((s): s is string => typeof s === 'string');
  }
  if (stored.language === 'ar' || stored.language === 'en' || stored.language === 'auto') {
    settings.language = stored.language;
  }
  const engine = SEARCH_ENGINES.find((e) => e === stored.searchEngine);
  if (engine) settings.searchEngine = engine;
  return settings;
}

export function isSiteEnabled(settings: { disabledSites: readonly string[] }, hostname: string): boolean {
  return !settings.disabledSites.includes(hostname.toLowerCase());
}

export function withSite(settings: Settings, hostname: string, enabled: boolean): Settings {
  const host = hostname.toLowerCase();
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}

export function withKind(settings: Settings, kind: MarkKind, enabled: boolean): Settings {
  return { ...settings, kinds: { ...settings.kinds, [kind]: enabled } };
}

/** The language a tooltip speaks: the reader's choice, else Arabic when the browser's UI is Arabic. */
export function resolveLanguage(choice: TooltipLanguage, uiLanguage: string): 'ar' | 'en' {
  if (choice !== 'auto') return choice;
  return uiLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The part of a storage area that loading settings needs (`browser.storage.sync`, or a stand-in). */
export interface SettingsArea {
  get(key: string): Promise<unknown>;
}

/**
 * Settings from a storage area that may be missing (sync switched off, a temporary add-on),
 * throw, or hold anything at all: the defaults, never an exception.
 */
export async function readSettings(area: SettingsArea | null | undefined): Promise<Settings> {
  if (!area) return defaultSettings();
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(isRecord(stored) ? stored[SETTINGS_KEY] : undefined);
  } catch {
    return defaultSettings();
  }
}
