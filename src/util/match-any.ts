const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex alternation matching any of `words`, escaped, longest first so that "meer dan" wins over
 * "meer", with any run of whitespace standing for a space. `matchAny(['ruim', 'meer dan'])` →
 * `(?:meer\s+dan|ruim)`.
 */
export function matchAny(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (sorted.length === 0) return '(?:(?!))';
  return `(?:${sorted.map((w) => escape(w).replace(/ +/g, '\\s+')).join('|')})`;
}
