import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { vi } from './locales/vi.ts';
import { DEFAULT_LANGUAGE, isSupportedLanguage, SUPPORTED_LANGUAGES, type TLanguage } from './resources.ts';

export { SUPPORTED_LANGUAGES, type TLanguage } from './resources.ts';

export const LANGUAGE_STORAGE_KEY = 'portal.language';

function readStoredLanguage(): TLanguage {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isSupportedLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be disabled (privacy mode, embedded webviews): Vietnamese it is.
    return DEFAULT_LANGUAGE;
  }
}

function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', (language) => {
  syncDocumentLanguage(language);
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not persisted; the choice still holds for this visit
  }
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // Resources are bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  react: { useSuspense: false },
  showSupportNotice: false,
});
syncDocumentLanguage(i18n.language);

export { i18n };
