/** One family of pathological text: its name, the language it is read in, and a text of `n` characters. */
export interface AdversarialFamily {
  name: string;
  lang: 'nl' | 'en';
  make(n: number): string;
}

export const FAMILIES: readonly AdversarialFamily[];
