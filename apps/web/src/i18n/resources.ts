import type { vi } from './locales/vi.ts';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language must have: the Vietnamese keys, any string values. */
export type Translation = DeepStrings<typeof vi>;

export const SUPPORTED_LANGUAGES = ['vi', 'en'] as const;
export type TLanguage = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: TLanguage = 'vi';

export const isSupportedLanguage = (value: unknown): value is TLanguage =>
  typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
