import { createRequire } from 'node:module';
import type { FactoryFunctionMap, MathJsInstance } from 'mathjs';
import { requireBuilt } from './package-root.js';

/** The mathjs functions rule expressions use: parsing, and the operators and functions rules/sandbox.ts allows. */
const EXPRESSION_FUNCTIONS = [
  'parse',
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod',
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
  'abs', 'min', 'max', 'round', 'floor', 'ceil', 'sqrt',
] as const;
const UNIT_FUNCTIONS = ['unit', 'createUnit'] as const;

/**
 * The mathjs functions factlint uses. mathjs's default instance builds all of its ~600 functions when
 * it is required, most of a second; an instance built from these factories alone costs a fifth of
 * that. scripts/bundle-math.mjs bundles exactly these factories into dist/vendor/mathjs.cjs.
 */
export const MATH_FUNCTIONS: readonly string[] = [...EXPRESSION_FUNCTIONS, ...UNIT_FUNCTIONS];

/**
 * Units of news text that mathjs lacks, defined on the units instance when it is built: the are
 * (100 m², "een are"), the light year ("twintig lichtjaar") and the Dutch pound of 500 g ("een baby
 * van zeven pond"; the English pound is mathjs's `lb`).
 */
export const EXTRA_UNITS: Readonly<Record<string, string>> = { are: '100 m^2', lightyear: '9460730472580800 m', pond: '0.5 kg' };

type MathLibrary = { create: (factories: FactoryFunctionMap) => MathJsInstance } & Record<string, unknown>;
let library: MathLibrary | null = null;

// mathjs is required on first use, not at start-up: from the build's bundle of the factories above, or
// from the package itself before a build (same code, slower to load).
const require = createRequire(import.meta.url);
const loadLibrary = (): MathLibrary => (library ??= requireBuilt('dist/vendor/mathjs.cjs', () => require('mathjs') as MathLibrary));

function createMath(functions: readonly string[]): MathJsInstance {
  const lib = loadLibrary();
  return lib.create(Object.fromEntries(functions.map((name) => [`${name}Dependencies`, lib[`${name}Dependencies`]])) as FactoryFunctionMap);
}

let expressions: MathJsInstance | null = null;
let units: MathJsInstance | null = null;

/**
 * The mathjs instance rule expressions use, once rules/sandbox.ts has locked it. It has no units:
 * setting them up takes 200 ms, which locking the instance paid when they were in it.
 */
export function mathjs(): MathJsInstance {
  return (expressions ??= createMath(EXPRESSION_FUNCTIONS));
}

/** The instance unit conversions use, with EXTRA_UNITS defined. */
function unitsMath(): MathJsInstance {
  if (!units) {
    units = createMath(MATH_FUNCTIONS);
    for (const [name, definition] of Object.entries(EXTRA_UNITS)) units.createUnit(name, definition);
  }
  return units;
}

/**
 * A unit as mathjs holds it, enough to convert as mathjs does without loading it: its dimensions and,
 * for each of its parts, the SI value with the prefix and the power.
 */
export interface UnitEntry {
  dims: number[];
  parts: Array<{ value: number; power: number }>;
}

/**
 * The units of the locale packs, written by the build to dist/bundled/units.json
 * (scripts/unit-table.mjs), and for units with an offset (degrees Celsius and Fahrenheit) what
 * mathjs adds between each two: it works that out in fractions (degF is 5/9 K), so it is taken from
 * mathjs, not redone.
 */
export interface UnitTable {
  units: Record<string, UnitEntry>;
  /** "degC>degF": the SI value added converting from one to the other. */
  offsets: Record<string, number>;
}

type MathUnit = {
  value: number | null;
  dimensions: number[];
  units: Array<{ unit: { value: number | { valueOf(): number }; offset: number }; prefix: { value: number | { valueOf(): number } }; power: number }>;
  to(name: string): MathUnit;
};

/** The table of `names` (mathjs unit names: "km", "mi", "degC", "are"), from mathjs itself. */
export function buildUnitTable(names: Iterable<string>): UnitTable {
  const math = unitsMath();
  const table: UnitTable = { units: {}, offsets: {} };
  const offsetOf = new Map<string, number>();
  for (const name of names) {
    const unit = math.unit(name) as unknown as MathUnit;
    // mathjs turns a unit's value (degF's is a fraction) into a number before it multiplies: so here.
    table.units[name] = { dims: [...unit.dimensions], parts: unit.units.map((u) => ({ value: Number(u.unit.value) * Number(u.prefix.value), power: u.power })) };
    if (unit.units.length === 1 && unit.units[0]!.power === 1) offsetOf.set(name, unit.units[0]!.unit.offset);
  }
  for (const [from, a] of offsetOf) {
    for (const [to, b] of offsetOf) {
      if (a === b || convertBetween(0, table.units[from]!, table.units[to]!) === null) continue;
      // Zero in `from` is zero in SI, so what `to` holds is what mathjs added.
      table.offsets[`${from}>${to}`] = (math.unit(0, from) as unknown as MathUnit).to(to).value!;
    }
  }
  return table;
}

let table: Readonly<UnitTable> | null = null;

const unitTable = (): Readonly<UnitTable> => (table ??= requireBuilt<UnitTable>('dist/bundled/units.json', () => ({ units: {}, offsets: {} })));

/**
 * `value` from one unit entry to another with mathjs's arithmetic, step for step (Unit's _normalize,
 * `to` and _denormalize), so that the result is mathjs's to the last bit; null when the dimensions
 * differ. `offset` is what the table gives for the two units, if anything.
 */
export function convertBetween(value: number, from: UnitEntry, to: UnitEntry, offset = 0): number | null {
  for (let i = 0; i < Math.max(from.dims.length, to.dims.length); i++) {
    if (Math.abs((from.dims[i] ?? 0) - (to.dims[i] ?? 0)) > 1e-12) return null;
  }
  let x = value;
  for (const part of from.parts) x *= Math.pow(part.value, part.power);
  if (offset !== 0) x += offset;
  for (const part of to.parts) x /= Math.pow(part.value, part.power);
  return x;
}

/**
 * `value` in unit `from` expressed in unit `to` ("2.5 m" → ft), or null when they do not convert. The
 * locale packs' units convert from the build's table; mathjs, which takes 200 ms to set up its units,
 * loads only for a unit outside it.
 */
export function convert(value: number, from: string, to: string): number | null {
  const { units, offsets } = unitTable();
  const [a, b] = [units[from], units[to]];
  if (a && b) return convertBetween(value, a, b, offsets[`${from}>${to}`]);
  try {
    return unitsMath().unit(value, from).toNumber(to);
  } catch {
    return null;
  }
}
