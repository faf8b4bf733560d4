#!/usr/bin/env node
// Writes dist/bundled/units.json: every unit the locale packs name (their unit words and weight units),
// as mathjs defines it (src/util/math.ts, buildUnitTable). Unit conversions then run without setting up
// mathjs's units, 200 ms at the first conversion of a run; test/util/units.test.ts checks that the
// table converts exactly as mathjs does.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../dist/extract/index.js';
import { buildUnitTable } from '../dist/util/math.js';

const out = fileURLToPath(new URL('../dist/bundled/', import.meta.url));
const names = new Set();
for (const create of Object.values(LOCALES)) {
  const { lexicon } = create();
  for (const name of [...Object.values(lexicon.unitWords), ...Object.values(lexicon.weightCurrencies.units)]) names.add(name);
}
const table = buildUnitTable([...names].sort());
mkdirSync(out, { recursive: true });
writeFileSync(`${out}units.json`, JSON.stringify(table));
