import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/**
 * Vietnamese, the default, comes with the first page; any other language is its own chunk, loaded
 * when chosen (i18next waits for it before switching, so no key is ever shown untranslated). A visitor
 * who chose English earlier sees Vietnamese for the moment its chunk takes to arrive.
 */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'en') {
      import('./locales/en.ts').then(
        (module) => callback(null, module.en),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    } else callback(null, language === 'vi' ? vi : false);
  },
};

/** Resolves once `language` is loaded (tests that read English with getFixedT without switching). */
export const loadLanguage = (language: TLanguage): Promise<void> => i18n.loadLanguages(language);

void i18n.use(lazyLanguages).use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  // Vietnamese is bundled, the other languages come from lazyLanguages.
  partialBundledLanguages: true,
  lng: readStoredLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // Vietnamese is bundled, so initialise synchronously: the first render is already translated.
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  react: { useSuspense: false },
  showSupportNotice: false,
});
syncDocumentLanguage(i18n.language);

export { i18n };
