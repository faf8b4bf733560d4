import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../src/document/parse-text.js';
import { checkDocuments } from '../src/pipeline.js';
import { BUILTIN_RULES } from '../src/rules/builtin/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const UPDATE = process.env.UPDATE_EXAMPLES === '1';

function articles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? articles(path) : name.endsWith('.txt') ? [path] : [];
  });
}

function report(file: string) {
  const id = relative(ROOT, file);
  const results = checkDocuments([parseTextDocument(id, readFileSync(file, 'utf8'))]);
  return {
    claims: results.documents[0]!.claims.length,
    findings: (results.findings ?? []).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      locations: f.locations.map(({ line, column, text }) => ({ line, column, text: text.length > 60 ? `${text.slice(0, 57)}...` : text })),
    })),
  };
}

/**
 * Each example article has its expected report beside it (<name>.expected.json), reviewed by hand.
 * `npm run examples:update` rewrites them; the diff is what to review.
 */
describe('examples', () => {
  test.for(articles(EXAMPLES).map((f) => relative(ROOT, f)))('%s', (id) => {
    const file = join(ROOT, id);
    const expectedFile = file.replace(/\.txt$/, '.expected.json');
    const got = report(file);
    if (UPDATE) writeFileSync(expectedFile, `${JSON.stringify(got, null, 2)}\n`);
    expect(existsSync(expectedFile), `${expectedFile} is missing: run npm run examples:update`).toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  test('clean articles give no finding; a defect variant is caught by the rule it is named for', () => {
    const implemented = new Set(BUILTIN_RULES.map((r) => r.meta.id));
    for (const file of articles(EXAMPLES)) {
      const { findings } = report(file);
      const defect = /\/defects\/[a-z]{2}-(.+)\.txt$/.exec(file)?.[1];
      if (defect === undefined) expect(findings, file).toEqual([]);
      else if (implemented.has(defect)) expect(findings.map((f) => f.ruleId), file).toContain(defect);
    }
  });
});
