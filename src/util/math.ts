import { createRequire } from 'node:module';

// mathjs takes most of a second to load: it is required on first use, not at start-up.
const require = createRequire(import.meta.url);
type MathJs = typeof import('mathjs');
let full: MathJs | null = null;

/** The mathjs module (default instance, `create` and the factories), loaded on first use. */
export function mathjs(): MathJs {
  full ??= require('mathjs') as MathJs;
  return full;
}

/** `value` in unit `from` expressed in unit `to` ("2.5 m" → ft), or null when they do not convert. */
export function convert(value: number, from: string, to: string): number | null {
  try {
    return mathjs().unit(value, from).toNumber(to);
  } catch {
    return null;
  }
}
