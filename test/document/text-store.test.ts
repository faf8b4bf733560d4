import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { TextStore } from '../../src/document/text-store.js';
import { checkDocument, checkDocuments, startCorpus } from '../../src/pipeline.js';
import { FORMATTERS } from '../../src/report/index.js';
import { locate } from '../../src/util/line-index.js';
import { exampleDocuments, formatOptions, readExample } from '../helpers/report.js';

const spillFiles = () => readdirSync(tmpdir()).filter((name) => name.startsWith('factlint-texts-'));

test('a document kept past its budget reads back its text and prose from disk, exactly', () => {
  const store = new TextStore(10); // room for almost nothing: every article spills
  const doc = parseTextDocument('a.md', '---\ndate: 2024-03-05\n---\n\nCafé “Zuid”: 12 doden 😀\r\nen 3 gewonden.\n');
  const kept = store.keep(doc);
  expect(kept).not.toBe(doc);
  expect(Object.hasOwn(kept, 'text')).toBe(false); // read from the store when asked, not held
  expect(kept.text).toBe(doc.text);
  expect(kept.prose).toBe(doc.prose);
  expect([kept.id, kept.lang, kept.date, kept.bodyStart]).toEqual([doc.id, doc.lang, doc.date, doc.bodyStart]);
  expect(locate(kept, doc.text.indexOf('3 gewonden'), doc.text.indexOf('3 gewonden') + 1)).toEqual(locate(doc, doc.text.indexOf('3 gewonden'), doc.text.indexOf('3 gewonden') + 1));
  const other = store.keep(parseTextDocument('b.txt', 'Another text, 5 killed.'));
  expect([kept.text, other.text, kept.prose]).toEqual([doc.text, 'Another text, 5 killed.', doc.prose]);
  store.close();
});

test('closing the store removes its file', () => {
  const before = spillFiles();
  const store = new TextStore(0);
  store.keep(parseTextDocument('a.txt', 'Bij de brand vielen 3 doden.'));
  expect(spillFiles().length).toBe(before.length + 1);
  store.close();
  expect(spillFiles()).toEqual(before);
});

// The stories of the fixtures give cross-article findings, which are found only when the corpus ends,
// after every article went to the store: their locations and excerpts must come out the same.
const corpus = [
  ...exampleDocuments,
  ...['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'en-2024-03-05-wrong.txt', 'nl-2024-03-06-concept.txt'].map((name) => readExample(`test/fixtures/stories/rotterdam-fire/${name}`)),
  parseTextDocument('suppressed.txt', readFileSync(new URL('../../examples/limburg-floods/defects/en-conflicting-figures.txt', import.meta.url), 'utf8').replace(/^(.*\d.*)$/m, '<!-- factlint-disable-next-line -->\n$1')),
];

test('a run whose texts all spilled reports exactly what a run holding them reports', () => {
  const whole = checkDocuments(corpus);
  const store = new TextStore(0);
  const run = startCorpus({ keepClaims: false, store, reportUnusedDirectives: true });
  for (const doc of corpus) run.add(doc, checkDocument({ ...doc }));
  const streamed = run.finish();
  expect([...(streamed.findings ?? [])].some((f) => f.ruleId === 'cross-article-conflict')).toBe(true);
  expect(streamed.findings).toEqual(checkDocuments(corpus, [], { reportUnusedDirectives: true }).findings);
  for (const format of ['stylish', 'rdjson', 'sarif'] as const) {
    expect(FORMATTERS[format](streamed, formatOptions)).toBe(FORMATTERS[format]({ ...whole, findings: streamed.findings }, formatOptions));
  }
  // The run holds none of the documents it was given: what it kept reads its text from the store.
  expect([...streamed.documents].every((d, i) => d.doc !== corpus[i] && !Object.hasOwn(d.doc, 'text'))).toBe(true);
  store.close();
});
