import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { checkDocuments } from '../../src/pipeline.js';
import { BUILTIN_RULES } from '../../src/rules/builtin/index.js';

const CORPUS_RULES = BUILTIN_RULES.filter((r) => r.meta.scope === 'corpus');
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const STORY = 'test/fixtures/stories/rotterdam-fire';

/** The corpus findings of a story set, as "ruleId: first location text → others". */
function findingsOf(files: string[], edit: (text: string) => string = (t) => t) {
  const docs = files.map((f) => parseTextDocument(f, edit(read(f))));
  const { findings, errors } = checkDocuments(docs, [], { rules: CORPUS_RULES });
  expect(errors).toEqual([]);
  return (findings ?? []).map((f) => ({ rule: f.ruleId, severity: f.severity, where: f.locations.map((l) => `${l.document.split('/').pop()}:${l.text}`), message: f.message }));
}

/** A Dutch and English story set about one fire, written for these tests (test/fixtures/stories/). */
describe('story sets across articles and languages', () => {
  test.for([
    { name: 'a growing cumulative toll (nl 7, then en 11) is not a conflict', files: ['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt'], want: [] },
    {
      name: 'a conflicting toll on the same day is found',
      files: ['en-2024-03-05-fire.txt', 'en-2024-03-05-wrong.txt'],
      want: [{ rule: 'cross-article-conflict', severity: 'warning', where: ['en-2024-03-05-fire.txt:11', 'en-2024-03-05-wrong.txt:19'] }],
    },
    {
      name: 'a draft repeating the older toll is a stale figure naming the newer source',
      files: ['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'nl-2024-03-06-concept.txt'],
      want: [{ rule: 'stale-figure', severity: 'info', where: ['nl-2024-03-06-concept.txt:zeven', 'en-2024-03-05-fire.txt:11', 'nl-2024-03-04-brand.txt:zeven'] }],
    },
    { name: 'another place (Antwerp) is not compared', files: ['en-2024-03-05-fire.txt', 'nl-2024-03-05-antwerpen.txt'], want: [] },
    { name: 'another period (2023) is not compared', files: ['en-2024-03-05-fire.txt', 'en-2024-03-05-last-year.txt'], want: [] },
  ])('$name', ({ files, want }) => {
    const got = findingsOf(files.map((f) => `${STORY}/${f}`));
    expect(got.map(({ rule, severity, where }) => ({ rule, severity, where }))).toEqual(want);
  });

  test('the stale figure names the newer source and says why the figures matched', () => {
    const [finding] = findingsOf(['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'nl-2024-03-06-concept.txt'].map((f) => `${STORY}/${f}`));
    expect(finding?.message).toContain(`${STORY}/en-2024-03-05-fire.txt (2024-03-05) has a newer "11"`);
    expect(finding?.message).toContain('matched on measure, place rotterdam (named in both sentences), dates 1 day apart');
  });

  test('the Dutch and English Limburg examples compare: they agree, and a changed toll is found', () => {
    const files = ['examples/limburg-floods/nl.txt', 'examples/limburg-floods/en.txt'];
    expect(findingsOf(files)).toEqual([]);
    const docs = files.map((f) => parseTextDocument(f, f.endsWith('en.txt') ? read(f).replace('have killed 23 people', 'have killed 31 people') : read(f)));
    const { findings } = checkDocuments(docs, [], { rules: CORPUS_RULES });
    expect(findings?.map((f) => [f.ruleId, f.locations.map((l) => l.text)])).toEqual([['cross-article-conflict', ['23', '31']]]);
    expect(findings?.[0]?.message).toMatch(/nl\.txt \(2021-07-16\) disagrees with "31" in .*en\.txt \(2021-07-16\); matched on measure, place (geul|limburg) \(named in both sentences\), same date/);
  });
});
