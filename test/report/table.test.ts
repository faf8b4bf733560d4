import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { checkDocuments } from '../../src/pipeline.js';
import { formatTable, valueCell } from '../../src/report/table.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import { rulesMetaOf } from '../../src/report/types.js';

const read = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const options = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

describe('table', () => {
  const extracted = checkDocuments([read('examples/idlib-raids/defects/nl-part-exceeds-whole.txt')], [], { extractOnly: true });
  const out = formatTable(extracted, options);
  const lines = out.trimEnd().split('\n');

  test('one row per claim under a header, in aligned columns', () => {
    expect(lines[0]).toMatch(/^location\s+id\s+text\s+value\s+kind\s+measure\s+scope\s+relation$/);
    const claims = extracted.documents[0]!.claims;
    expect(lines).toHaveLength(claims.length + 2); // header, rows, summary
    const valueColumn = lines[0]!.indexOf('value');
    for (const row of lines.slice(1, -1)) expect(row[valueColumn - 1]).toBe(' ');
    expect(lines.at(-1)).toBe('1 document, 10 claims');
  });

  test('location, text, interval, measure, scope and relation of a claim', () => {
    const row = lines.find((l) => l.includes(' c8 '))!;
    expect(row).toMatch(/^…[a-z/-]*defects\/nl-part-exceeds-whole\.txt:9:269\s+c8\s+1\.200\.000\s+1200000\s+count\s+returned\s+place=syria\s+part of c7$/);
    expect(lines.find((l) => l.includes(' c6 '))).toMatch(/≈500 \[450\.\.550\]\s+count\s+deaths\.civilian\s+place=syria group=civilian/);
    expect(lines.find((l) => l.includes(' c7 '))).toMatch(/total \(some parts\)$/);
  });

  test('long text is cut to its column with an ellipsis; a long location keeps its line and column', () => {
    const row = lines.find((l) => l.includes(' c3 '))!;
    expect(row).toMatch(/\sde nacht van dinsdag op…\s/);
    expect(row).toMatch(/^….*\.txt:5:36 /);
    expect(lines.every((l) => !l.includes('\t'))).toBe(true);
  });

  test('no colour unless asked; bold header when asked', () => {
    expect(out).not.toMatch(/\u001b\[/);
    expect(formatTable(extracted, { ...options, color: true })).toMatch(/\u001b\[1mlocation/);
  });

  test('findings follow the claims for check', () => {
    const checked = checkDocuments([read('examples/idlib-raids/defects/nl-part-exceeds-whole.txt')]);
    expect(formatTable(checked, options)).toMatch(/findings\n.*nl-part-exceeds-whole\.txt:9:269\s+error\s+.*part-exceeds-whole/);
  });
});

test.for([
  [{ kind: 'count', value: 500, low: 450, high: 550, qualifier: 'about', unit: null }, '≈500 [450..550]'],
  [{ kind: 'count', value: 200, low: 200, high: 999, qualifier: 'vague', unit: null }, '200..999'],
  [{ kind: 'count', value: 100, low: 100, high: Infinity, qualifier: 'more-than', unit: null }, '>100 [100..∞]'],
  [{ kind: 'money', value: 5e6, low: 5e6, high: 5e6, qualifier: 'exact', unit: 'EUR' }, '5000000 EUR'],
  [{ kind: 'date', value: '2020-03', low: '2020-03-01', high: '2020-03-10', qualifier: 'exact', unit: null }, '2020-03 [2020-03-01..2020-03-10]'],
  [{ kind: 'date', value: '2020-06-03', low: '2020-06-03', high: '2020-06-03', qualifier: 'exact', unit: null }, '2020-06-03'],
] as const)('value cell %j', ([claim, cell]) => {
  expect(valueCell(claim as never)).toBe(cell);
});

test('factlint extract --format table: the analyst view through the CLI, without colour when piped', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [join(root, 'bin/run.js'), 'extract', 'examples/idlib-raids/nl.txt', '--format', 'table'], { cwd: root, encoding: 'utf8', env });
  expect(result.status).toBe(0);
  expect(result.stdout).not.toMatch(/\u001b\[/);
  expect(result.stdout.split('\n')[0]).toMatch(/^location\s+id\s+text/);
  expect(result.stdout).toMatch(/examples\/idlib-raids\/nl\.txt:9:155\s+c6\s+500\s+≈500 \[450\.\.550\]\s+count\s+deaths\.civilian/);
});
