import { describe, expect, test } from 'vitest';
import { parseMarkdownDocument } from '../../src/document/parse-markdown.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import type { Document } from '../../src/document/types.js';
import { checkDocuments } from '../../src/pipeline.js';

const BAD = 'Een miljoen mensen moesten vluchten, maar 1.200.000 onder hen keerden terug.';
const BAD2 = 'In Idlib vluchtten twee miljoen mensen, van wie er 2.500.000 zijn teruggekeerd.';
const run = (doc: Document, reportUnused = false) =>
  (checkDocuments([doc], [], { reportUnusedDirectives: reportUnused }).findings ?? []).map((f) => `${f.ruleId}@${f.locations[0]?.line}`);

describe('suppression comments', () => {
  test.for([
    ['disable-next-line with the rule and a reason', `<!-- factlint-disable-next-line part-exceeds-whole -- bron bevestigd -->\n${BAD}`, []],
    ['disable-next-line skips blank lines', `<!-- factlint-disable-next-line -->\n\n${BAD}`, []],
    ['disable-next-line for another rule suppresses nothing', `<!-- factlint-disable-next-line weekday-mismatch -->\n${BAD}`, ['part-exceeds-whole@2']],
    ['disable-line on the same line', `${BAD} <!-- factlint-disable-line part-exceeds-whole -->`, []],
    ['disable … enable covers the lines between', `<!-- factlint-disable part-exceeds-whole -->\n${BAD}\n<!-- factlint-enable -->\n${BAD2}`, ['part-exceeds-whole@4']],
  ] as const)('%s', ([, text, want]) => {
    expect(run(parseTextDocument('a.txt', text, { lang: 'nl' }))).toEqual(want);
  });

  test('in Markdown, the comment is no prose and its numbers are no claims', () => {
    const doc = parseMarkdownDocument('a.md', `<!-- factlint-disable-next-line part-exceeds-whole -- 2024 check 5000 -->\n${BAD}\n`, { lang: 'nl' });
    expect(run(doc)).toEqual([]);
    expect(checkDocuments([doc]).documents[0]!.claims.map((c) => c.text)).toEqual(['Een miljoen', '1.200.000']);
  });

  test('an unused directive is reported when asked, with its line', () => {
    const doc = parseTextDocument('a.txt', `<!-- factlint-disable-next-line weekday-mismatch -->\nEr kwamen 23 mensen om.`, { lang: 'nl' });
    expect(run(doc)).toEqual([]);
    expect(run(doc, true)).toEqual(['unused-disable-directive@1']);
  });
});
