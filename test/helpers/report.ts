import { readFileSync } from 'node:fs';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { InputError } from '../../src/errors.js';
import { checkDocuments } from '../../src/pipeline.js';
import { rulesMetaOf } from '../../src/report/types.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';
import type { Finding, FindingLocation } from '../../src/rules/types.js';

/** An example article of the repository, read as the CLI reads it. */
export const readExample = (path: string) => parseTextDocument(path, readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** The run every formatter's golden file is made from: an error, a cross-article warning, a missing file. */
export const exampleDocuments = ['examples/idlib-raids/defects/nl-part-exceeds-whole.txt', 'examples/limburg-floods/en.txt', 'examples/limburg-floods/defects/en-conflicting-figures.txt'].map(readExample);
export const exampleResults = checkDocuments(exampleDocuments, [new InputError('missing.txt', null, 'no such file or folder')]);
export const formatOptions = { rulesMeta: rulesMetaOf(BUILTIN_RULES), cwd: '/', color: false };

/** A location and a finding built by hand, for edge cases no article gives. */
export const at = (document: string, line: number, column: number, text: string): FindingLocation => ({
  document, start: 0, end: text.length, line, column, text,
});
export const finding = (locations: FindingLocation[], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'sum-mismatch', messageId: 'sum', severity: 'error', message: 'The parts add up to 12, not 10.', locations, claims: [], ...extra,
});
