import { describe, expect, test } from 'vitest';
import type { Lang } from '../../src/document/types.js';
import { extractClaims } from '../../src/extract/engine.js';
import { runRules } from '../../src/rules/engine.js';
import type { CheckedDocument, RuleModule } from '../../src/rules/types.js';
import { makeDocument } from './documents.js';

export interface TestDocument {
  text: string;
  lang: Lang;
  date?: string;
  id?: string;
}

export interface ExpectedError {
  messageId: string;
  /** The text of each location, in order (the first is where the finding points). */
  text: string[];
  severity?: 'error' | 'warning' | 'info';
  /** Words the message must contain ("exceeds", "line 5"). */
  message?: string;
}

export interface RuleTests {
  valid: (TestDocument | { documents: TestDocument[] })[];
  invalid: ({ documents: TestDocument[] } & { errors: ExpectedError[] })[];
}

const docsOf = (c: TestDocument | { documents: TestDocument[] }): TestDocument[] => ('documents' in c ? c.documents : [c]);

/**
 * Runs a rule over valid and invalid cases, as ESLint's RuleTester does. Fails on an unknown
 * messageId, on findings the case does not list, on duplicate cases and on spans that do not
 * match the text.
 */
export function runRuleTests(id: string, rule: RuleModule, tests: RuleTests): void {
  const seen = new Set<string>();
  const all = [...tests.valid, ...tests.invalid];
  for (const c of all) {
    const key = JSON.stringify(docsOf(c));
    if (seen.has(key)) throw new Error(`${id}: duplicate test case ${key.slice(0, 80)}`);
    seen.add(key);
  }
  describe(id, () => {
    test.for(tests.valid.map((c) => ({ name: docsOf(c)[0]!.text.slice(0, 60), c })))('valid: $name', ({ c }) => {
      const findings = run(rule, docsOf(c));
      expect(findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
    test.for(tests.invalid.map((c) => ({ name: c.documents[0]!.text.slice(0, 60), c })))('invalid: $name', ({ c }) => {
      const findings = run(rule, c.documents);
      for (const want of c.errors) expect(Object.keys(rule.meta.messages), `unknown messageId ${want.messageId}`).toContain(want.messageId);
      expect(findings.map((f) => `${f.messageId}: ${f.message}`)).toHaveLength(c.errors.length);
      c.errors.forEach((want, i) => {
        const got = findings[i]!;
        expect(got.messageId).toBe(want.messageId);
        expect(got.locations.map((l) => l.text)).toEqual(want.text);
        expect(got.severity).toBe(want.severity ?? rule.meta.severity);
        if (want.message) expect(got.message).toContain(want.message);
      });
    });
  });
}

function run(rule: RuleModule, docs: TestDocument[]) {
  const checked: CheckedDocument[] = docs.map((d, i) => {
    const doc = makeDocument(d.text, { lang: d.lang, ...(d.date ? { date: d.date } : {}), id: d.id ?? `doc${i + 1}.txt` });
    return { doc, claims: extractClaims(doc) };
  });
  const { findings, crashes } = runRules(checked, [rule]);
  expect(crashes).toEqual([]);
  for (const f of findings) {
    for (const loc of f.locations) {
      const doc = checked.find((c) => c.doc.id === loc.document)!.doc;
      expect(doc.text.slice(loc.start, loc.end)).toBe(loc.text);
    }
  }
  return findings;
}
