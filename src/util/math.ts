import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FactoryFunctionMap, MathJsInstance } from 'mathjs';
import { PACKAGE_ROOT } from './package-root.js';

/**
 * The mathjs functions factlint uses: parsing and the operators and functions a rule expression may
 * call (see rules/sandbox.ts), and units. mathjs's default instance builds all of its ~600 functions
 * when it is required, most of a second; an instance built from these factories alone costs a fifth
 * of that. scripts/bundle-math.mjs bundles exactly these factories into dist/vendor/mathjs.cjs.
 */
export const MATH_FUNCTIONS = [
  'parse', 'unit', 'createUnit',
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod',
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
  'abs', 'min', 'max', 'round', 'floor', 'ceil', 'sqrt',
] as const;

/**
 * Units of news text that mathjs lacks, defined on the units instance when it is built: the are
 * (100 m², "een are"), the light year ("twintig lichtjaar") and the Dutch pound of 500 g ("een baby
 * van zeven pond"; the English pound is mathjs's `lb`).
 */
export const EXTRA_UNITS: Readonly<Record<string, string>> = { are: '100 m^2', lightyear: '9460730472580800 m', pond: '0.5 kg' };

type MathLibrary = { create: (factories: FactoryFunctionMap) => MathJsInstance } & Record<string, unknown>;
const require = createRequire(import.meta.url);
let library: MathLibrary | null = null;

// mathjs is required on first use, not at start-up: from the build's bundle of the factories above, or
// from the package itself before a build (same code, slower to load).
function loadLibrary(): MathLibrary {
  if (library) return library;
  try {
    library = require(join(PACKAGE_ROOT, 'dist/vendor/mathjs.cjs')) as MathLibrary;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    library = require('mathjs') as MathLibrary;
  }
  return library;
}

/** A new mathjs instance with the functions of MATH_FUNCTIONS (and what they depend on) only. */
export function createMath(): MathJsInstance {
  const lib = loadLibrary();
  return lib.create(Object.fromEntries(MATH_FUNCTIONS.map((name) => [`${name}Dependencies`, lib[`${name}Dependencies`]])) as FactoryFunctionMap);
}

let units: MathJsInstance | null = null;

/** The instance unit conversions use, with EXTRA_UNITS defined. */
export function mathUnits(): MathJsInstance {
  if (!units) {
    units = createMath();
    for (const [name, definition] of Object.entries(EXTRA_UNITS)) units.createUnit(name, definition);
  }
  return units;
}

/** `value` in unit `from` expressed in unit `to` ("2.5 m" → ft), or null when they do not convert. */
export function convert(value: number, from: string, to: string): number | null {
  try {
    return mathUnits().unit(value, from).toNumber(to);
  } catch {
    return null;
  }
}
