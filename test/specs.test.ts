import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../src/document/types.js';
import { extractClaims } from '../src/extract/engine.js';
import { makeDocument } from './helpers/documents.js';

interface SpecClaim {
  text: string;
  start: number;
  end: number;
  kind: string;
  value: number | string;
  qualifier: string;
  unit?: string;
  low?: number | string;
  high?: number | string;
  grain?: string;
}
interface SpecRow {
  input: string;
  date?: string;
  claims: SpecClaim[];
}

const SPECS = new URL('./specs/', import.meta.url);

/** Hand-annotated extraction tables (test/specs/<lang>/<kind>.json): spans, values, qualifiers, units. */
for (const lang of readdirSync(SPECS) as Lang[]) {
  for (const file of readdirSync(new URL(`${lang}/`, SPECS))) {
    const kind = file.replace(/\.json$/, '');
    const rows = JSON.parse(readFileSync(new URL(`${lang}/${file}`, SPECS), 'utf8')) as SpecRow[];
    describe(`${lang} ${kind}`, () => {
      test.for(rows)('$input', (row) => {
        const doc = makeDocument(row.input, { lang, ...(row.date ? { date: row.date } : {}) });
        const got = extractClaims(doc)
          .filter((c) => c.kind === kind)
          .map((c) => pick(c, row.claims[0]));
        const want = row.claims.map((c) => pick(c, c));
        expect(got).toEqual(want);
      });
    });
  }
}

/** The fields a spec row asserts; numbers compared to 9 significant digits. */
function pick(input: object, like: SpecClaim | undefined): Record<string, unknown> {
  const claim = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // A row without a unit asserts there is none.
  const fields = ['text', 'start', 'end', 'kind', 'value', 'qualifier', 'unit'];
  if (like && 'grain' in like) fields.push('grain');
  if (claim.kind === 'date' || claim.qualifier === 'range') fields.push('low', 'high');
  for (const f of fields) {
    const v = claim[f];
    out[f] = typeof v === 'number' ? Number(v.toPrecision(9)) : v ?? null;
  }
  return out;
}
