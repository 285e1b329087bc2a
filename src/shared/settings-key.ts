/**
 * Where the settings live in `storage.sync`. A module of its own so that the content script's
 * gate can ask for them (before the rest of the content script has loaded) without the settings
 * module's code.
 */
export const SETTINGS_KEY = 'settings';
