import { createRequire } from 'node:module';
import type { MathJsInstance } from 'mathjs';

// mathjs takes most of a second to load: it is required on first use, not at start-up.
const require = createRequire(import.meta.url);
let full: MathJsInstance | null = null;

/** The full mathjs instance (units and conversions), loaded on first use. */
export function mathjs(): MathJsInstance {
  full ??= require('mathjs') as MathJsInstance;
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
