/** Sizes in bytes, written as people write them: 10MB, 500 kB, 1.5G, 1048576. Multiples of 1024. */

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "10MB" → 10485760; null when it is not a size. */
export function parseSize(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input > 0 ? Math.floor(input) : null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(input);
  const factor = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
  if (!m || factor === undefined) return null;
  const bytes = Math.floor(Number(m[1]) * factor);
  return bytes > 0 ? bytes : null;
}

/** 10485760 → "10 MB", 1536 → "1.5 kB", 52428801 → "50.0 MB". */
export function formatSize(bytes: number): string {
  const [unit, factor] = bytes >= 1024 ** 3 ? ['GB', 1024 ** 3] : bytes >= 1024 ** 2 ? ['MB', 1024 ** 2] : bytes >= 1024 ? ['kB', 1024] : ['bytes', 1];
  const value = bytes / (factor as number);
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** The size of one article factlint reads unless told otherwise (`--max-size`, `maxDocumentSize`). */
export const DEFAULT_MAX_DOCUMENT_SIZE = 10 * 1024 ** 2;
