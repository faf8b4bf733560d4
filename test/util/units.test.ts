import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { convert, convertBetween, EXTRA_UNITS, type UnitTable } from '../../src/util/math.js';

// The build's table (npm test builds first): every unit of the locale packs.
const { units: table, offsets } = JSON.parse(readFileSync(fileURLToPath(new URL('../../dist/bundled/units.json', import.meta.url)), 'utf8')) as UnitTable;
const names = Object.keys(table);
// mathjs's own conversions, with factlint's extra units (util/math.ts).
const { create, all } = await import('mathjs');
const math = create(all!);
for (const [name, definition] of Object.entries(EXTRA_UNITS)) math.createUnit(name, definition);
const VALUES = [0, 1, 2.5, -40, 0.1, 123.456, 1e6, 37.8, 451];

const viaMathjs = (value: number, from: string, to: string): number | null => {
  try {
    return math.unit(value, from).toNumber(to);
  } catch {
    return null;
  }
};

describe('unit conversions without mathjs', () => {
  test('the table holds the units the locale packs use', () => {
    expect(names).toEqual(expect.arrayContaining(['km', 'mi', 'degC', 'degF', 'km/h', 'm^2', 'are', 'pond', 'lb']));
  });

  test('convert every pair of units exactly as mathjs does, to the last bit', () => {
    for (const from of names) {
      for (const to of names) {
        for (const value of VALUES) {
          const ours = convertBetween(value, table[from]!, table[to]!, offsets[`${from}>${to}`]);
          const theirs = viaMathjs(value, from, to);
          if (!Object.is(ours, theirs)) expect.fail(`${value} ${from} → ${to}: ${ours} against mathjs's ${theirs}`);
        }
      }
    }
  });

  test('temperatures with their offsets, areas and speeds', () => {
    expect(convert(100, 'degC', 'degF')).toBeCloseTo(212, 9);
    expect(convert(-40, 'degF', 'degC')).toBeCloseTo(-40, 9);
    expect(convert(1, 'km^2', 'hectare')).toBeCloseTo(100, 9);
    expect(convert(100, 'km/h', 'mi/h')).toBeCloseTo(62.137, 3);
    expect(convert(10, 'mi', 'kg')).toBeNull();
  });

  test('a unit outside the table still converts, through mathjs', () => {
    expect(table.yard).toBeUndefined();
    expect(convert(1, 'yard', 'm')).toBeCloseTo(0.9144, 9);
    expect(convert(1, 'yard', 'kg')).toBeNull();
  });
});
