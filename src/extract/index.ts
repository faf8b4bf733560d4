import type { Lang } from '../document/types.js';
import { createConfig as en } from './en/index.js';
import { createConfig as nl } from './nl/index.js';
import type { LocaleConfig } from './types.js';

/** The locale packs. Adding a language is one folder and one line here. */
export const LOCALES: Record<Lang, () => LocaleConfig> = { nl, en };

const configs = new Map<Lang, LocaleConfig>();

/** A language's pack, made once: its extractors, refiners and lexicon. */
export function localeConfig(lang: Lang): LocaleConfig {
  let config = configs.get(lang);
  if (!config) {
    config = LOCALES[lang]();
    configs.set(lang, config);
  }
  return config;
}


