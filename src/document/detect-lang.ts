import type { Lang } from './types.js';

// Frequent function words that are rare in the other language.
const MARKERS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'zijn', 'op', 'met', 'voor', 'er', 'ook', 'werd', 'bij', 'naar', 'om', 'zich', 'heeft', 'hun', 'maar', 'nog', 'wordt', 'onder', 'werden', 'dit', 'deze', 'tegen', 'tussen', 'volgens', 'uit', 'kon', 'zijn', 'waren', 'heel', 'ongeveer', 'sinds']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'that', 'was', 'for', 'on', 'with', 'as', 'it', 'by', 'at', 'from', 'were', 'have', 'has', 'had', 'be', 'this', 'which', 'their', 'they', 'said', 'been', 'after', 'about', 'since', 'people', 'would', 'than']),
};

/** Dutch or English, by counting function words; `fallback` when the text says too little. */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const counts: Record<Lang, number> = { nl: 0, en: 0 };
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words) {
    if (MARKERS.nl.has(word)) counts.nl += 1;
    if (MARKERS.en.has(word)) counts.en += 1;
  }
  if (counts.nl === counts.en) return fallback;
  return counts.nl > counts.en ? 'nl' : 'en';
}
