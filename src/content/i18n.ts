/**
 * Tooltip strings. The browser's own language comes from `browser.i18n`; when the reader picked
 * the other language in the options, the background hands over that locale's messages
 * (`browser.i18n` cannot switch locale, and content scripts cannot read extension files).
 */
import browser from 'webextension-polyfill';
import type { ToBackground } from '../shared/messages';
import { askWithRetries } from './ask-again';
import { resolveLanguage, type TooltipLanguage } from '../shared/settings';

export interface Translator {
  language: 'ar' | 'en';
  t(key: string): string;
}

export async function loadTranslator(choice: TooltipLanguage): Promise<Translator> {
  const ui = browser.i18n.getUILanguage();
  const language = resolveLanguage(choice, ui);
  if (language === resolveLanguage('auto', ui)) {
    return { language, t: (key) => browser.i18n.getMessage(key) || key };
  }
  const request: ToBackground = { type: 'locale-messages', language };
  const messages = await askWithRetries(() => browser.runtime.sendMessage(request));
  return {
    language,
    t: (key) => {
      const value = messages[key];
      return typeof value === 'string' ? value : browser.i18n.getMessage(key) || key;
    },
  };
}
