/** A generated article of the benchmark's corpus. */
export interface GeneratedArticle {
  id: string;
  date: string;
  lang: 'nl' | 'en';
  text: string;
}

export const ROOT: string;
export function generate(lang: 'nl' | 'en', options?: { count?: number; bytes?: number; length?: number; seed?: number }): GeneratedArticle[];
