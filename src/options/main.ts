/**
 * Options page: kinds, tooltip language, the web search for wire credits and switched-off sites,
 * saved to `browser.storage.sync`.
 */
import browser from 'webextension-polyfill';
import { MARK_KINDS } from '../analysis/types';
import { swatch } from '../popup/view';
import {
  ENGINE_NAMES,
  SEARCH_ENGINES,
  type Settings,
  type TooltipLanguage,
  withKind,
  withSite,
} from '../shared/settings';
import { loadSettings, saveSettings } from '../shared/store';

const t = (key: string) => browser.i18n.getMessage(key) || key;
const app = document.getElementById('app') as HTMLElement;
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
document.title = t('options_title');

function field(legend: string, ...children: Node[]): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  const title = document.createElement('legend');
  title.textContent = legend;
  set.append(title, ...children);
  return set;
}

function labelled(input: HTMLInputElement, ...text: (Node | string)[]): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(input, ...text);
  return label;
}

function render(settings: Settings, saved = false): void {
  const save = (next: Settings) => void saveSettings(next).then(() => render(next, true));
  const status = document.createElement('p');
  status.id = 'saved';
  status.setAttribute('role', 'status');
  if (saved) status.textContent = t('options_saved');

  const kinds = MARK_KINDS.map((kind) => {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `kind-${kind}`;
    input.checked = settings.kinds[kind];
    input.addEventListener('change', () => save(withKind(settings, kind, input.checked)));
    return labelled(input, swatch(kind), t(`kind_${kind}`));
  });

  const languages = (['auto', 'ar', 'en'] as const).map((language: TooltipLanguage) => {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'language';
    input.id = `language-${language}`;
    input.checked = settings.language === language;
    input.addEventListener('change', () => save({ ...settings, language }));
    return labelled(input, t(`options_language_${language}`));
  });

  const engines = SEARCH_ENGINES.map((engine) => {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'engine';
    input.id = `engine-${engine}`;
    input.checked = settings.searchEngine === engine;
    input.addEventListener('change', () => save({ ...settings, searchEngine: engine }));
    return labelled(input, ENGINE_NAMES[engine]);
  });

  const sites = document.createElement('ul');
  sites.id = 'sites';
  for (const host of settings.disabledSites) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.textContent = t('options_site_enable');
    button.addEventListener('click', () => save(withSite(settings, host, true)));
    const name = document.createElement('bdi');
    name.textContent = `${host} `;
    item.append(name, button);
    sites.append(item);
  }
  if (settings.disabledSites.length === 0) {
    const none = document.createElement('li');
    none.textContent = t('options_sites_none');
    sites.append(none);
  }

  const heading = document.createElement('h1');
  heading.textContent = t('options_title');
  app.replaceChildren(
    heading,
    field(t('options_kinds'), ...kinds),
    field(t('options_language'), ...languages),
    field(t('options_engine'), ...engines),
    field(t('options_sites'), sites),
    status,
  );
}

void loadSettings().then(render);
// Another window (the popup) may change them too.
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync') void loadSettings().then(render);
});
