import { expect, test } from 'vitest';
import { checkDocument, checkDocuments, startCorpus } from '../src/pipeline.js';
import { summarize } from '../src/report/types.js';
import { exampleDocuments } from './helpers/report.js';

// The corpus stage takes documents one at a time; a run that does not show claims keeps only their
// number, and must report exactly what a run that keeps them reports.
test('a run that keeps no claims finds and counts the same', () => {
  const whole = checkDocuments(exampleDocuments);
  const corpus = startCorpus({ keepClaims: false });
  for (const doc of exampleDocuments) corpus.add(doc, checkDocument(doc));
  const lean = corpus.finish();
  expect(lean.findings).toEqual(whole.findings);
  expect(summarize(lean)).toEqual(summarize(whole));
  expect([...lean.documents].every((d) => d.claims.length === 0 && (d.claimCount ?? 0) > 0)).toBe(true);
  expect(Array.from(lean.documents, (d) => d.doc.text)).toEqual(whole.documents.map((d) => d.doc.text));
});

test('an article whose extraction crashes is reported and the others are still checked', () => {
  const [first, second] = exampleDocuments;
  const corpus = startCorpus();
  corpus.add(first!, { claims: null, findings: [], crashes: [{ ruleId: null, message: 'boom' }] });
  corpus.add(second!, checkDocument(second!));
  const results = corpus.finish();
  expect(Array.from(results.documents, (d) => d.doc.id)).toEqual([second!.id]);
  expect(results.errors.map((e) => e.message)).toEqual([`${first!.id}: extraction failed (a bug in factlint): boom`]);
});
