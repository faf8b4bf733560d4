import { createRequire } from 'node:module';

// mathjs takes most of a second to load: it is required on first use, not at start-up.
const require = createRequire(import.meta.url);
type MathJs = typeof import('mathjs');
let full: MathJs | null = null;

/**
 * Units of news text that mathjs lacks, defined on its default instance when it loads: the are
 * (100 m², "een are"), the light year ("twintig lichtjaar") and the Dutch pound of 500 g ("een baby
 * van zeven pond"; the English pound is mathjs's `lb`).
 */
export const EXTRA_UNITS: Readonly<Record<string, string>> = { are: '100 m^2', lightyear: '9460730472580800 m', pond: '0.5 kg' };

/** The mathjs module (default instance, `create` and the factories), loaded on first use. */
export function mathjs(): MathJs {
  if (!full) {
    full = require('mathjs') as MathJs;
    for (const [name, definition] of Object.entries(EXTRA_UNITS)) if (!full.Unit.isValuelessUnit(name)) full.createUnit(name, definition);
  }
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
