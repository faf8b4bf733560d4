import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generate } from '../../bench/corpus.mjs';
import { ArchiveStore } from '../../src/archive/store.js';
import type { NumericClaim } from '../../src/claims/types.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { TextStore } from '../../src/document/text-store.js';
import { checkDocument, startCorpus, type CorpusOptions } from '../../src/pipeline.js';
import { FORMATTERS } from '../../src/report/index.js';
import { streamJson } from '../../src/report/json.js';
import type { AnyRunResults } from '../../src/report/types.js';
import { memorySpool } from '../../src/rules/finding-spool.js';
import { memoryFigureStore, type StoryFigure } from '../../src/rules/story-match.js';
import type { Finding } from '../../src/rules/types.js';
import { SpillArea } from '../../src/spill/area.js';
import { spillingFigureStore } from '../../src/spill/figure-store.js';
import { spillingSpool } from '../../src/spill/finding-spool.js';
import { formatOptions, readExample } from '../helpers/report.js';

const spillFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith('factlint-spill-'));

// A generated corpus (the benchmark's: figures, days and places varied across copies of our articles)
// has stories told by many articles, so its cross-article rules find conflicts and stale figures, and
// the story fixtures add a suppressed line and a draft repeating an older toll.
const corpus = [
  ...[...generate('nl', { count: 120 }), ...generate('en', { count: 120 })].map((a) => parseTextDocument(a.id, `---\ndate: ${a.date}\n---\n${a.text}`)),
  ...['nl-2024-03-04-brand.txt', 'en-2024-03-05-fire.txt', 'en-2024-03-05-wrong.txt', 'nl-2024-03-06-concept.txt'].map((name) => readExample(`test/fixtures/stories/rotterdam-fire/${name}`)),
  parseTextDocument('suppressed.txt', '<!-- factlint-disable-next-line cross-article-conflict -->\nBij de brand in Rotterdam kwamen 40 mensen om het leven.\n\nDe brandweer telde 3 gewonden.\n'),
  parseTextDocument('unused.txt', '<!-- factlint-disable-next-line -->\nEen rustige dag.\n'),
];

function run(options: CorpusOptions): AnyRunResults {
  const corpus_ = startCorpus({ keepClaims: false, reportUnusedDirectives: true, groupByStory: true, ...options });
  for (const doc of corpus) corpus_.add(doc, checkDocument({ ...doc }));
  return corpus_.finish();
}

const jsonOf = (results: AnyRunResults): string =>
  [streamJson.head(formatOptions), ...Array.from(results.documents, (d, i) => streamJson.document(d, i, formatOptions)), ...streamJson.tail(results, results.documents.length, formatOptions)].join('');

describe('a corpus whose figures and findings went past their budgets', () => {
  const inMemory = run({});
  const store = new TextStore(0);
  const area = new SpillArea({ figures: 5, findings: 5, documents: 5 });
  const spilled = run({ store, spill: area });

  test('spilled to disk: the run is big enough to test it', () => {
    expect(area.spilled).toBe(true);
    expect(Array.isArray(spilled.findings)).toBe(false);
    expect(Array.isArray(spilled.documents)).toBe(false);
    const rules = new Set([...(inMemory.findings ?? [])].map((f) => f.ruleId));
    expect([...rules]).toEqual(expect.arrayContaining(['cross-article-conflict', 'stale-figure', 'unused-disable-directive']));
    expect(inMemory.findings!.length).toBeGreaterThan(50);
  });

  test('gives the same findings in the same order, and the same stories', () => {
    expect(spilled.findings!.length).toBe(inMemory.findings!.length);
    expect([...spilled.findings!]).toEqual([...inMemory.findings!]);
    expect(spilled.stories).toEqual(inMemory.stories);
    // The suppressed line stays suppressed when its finding comes from the disk.
    expect([...spilled.findings!].some((f) => f.locations[0]?.document === 'suppressed.txt' && f.ruleId === 'cross-article-conflict')).toBe(false);
  });

  test('writes the same reports, byte for byte', () => {
    expect(jsonOf(spilled)).toBe(jsonOf(inMemory));
    for (const format of ['stylish', 'sarif', 'github'] as const) expect(FORMATTERS[format](spilled, formatOptions)).toBe(FORMATTERS[format](inMemory, formatOptions));
  });

  test('closing the area removes its database', () => {
    const before = spillFolders();
    expect(before.length).toBeGreaterThan(0);
    [...spilled.findings!]; // still readable before the close
    area.close();
    store.close();
    expect(spillFolders().length).toBe(before.length - 1);
  });
});

test('checked against an archive, a spilled run finds what a run in memory finds', () => {
  const store = ArchiveStore.open(join(mkdtempSync(join(tmpdir(), 'factlint-archive-')), 'a.db'), { create: true });
  // A toll that grows day by day in the archive; drafts that repeat, contradict or lower it.
  store.add(Array.from({ length: 12 }, (_, i) => parseTextDocument(`archive/day-${i + 1}.txt`, `date 2024-05-${String(i + 1).padStart(2, '0')}\n\nBij de overstromingen in Limburg zijn ${40 + i * 3} mensen omgekomen.`)), (doc) => checkDocument(doc, { extractOnly: true }).claims!);
  const drafts = Array.from({ length: 30 }, (_, i) => parseTextDocument(`draft-${i}.txt`, `date 2024-05-${String((i % 12) + 1).padStart(2, '0')}\n\nBij de overstromingen in Limburg zijn ${[12, 40, 73, 90][i % 4]} mensen omgekomen.`));
  const findingsOf = (options: CorpusOptions) => {
    const corpus_ = startCorpus({ keepClaims: false, corpusContext: store.context(), ...options });
    for (const doc of drafts) corpus_.add(doc, checkDocument({ ...doc }));
    return [...(corpus_.finish().findings ?? [])];
  };
  const inMemory = findingsOf({});
  const area = new SpillArea({ figures: 3, findings: 3, documents: 3 });
  const texts = new TextStore(0);
  const spilled = findingsOf({ store: texts, spill: area });
  expect(area.spilled).toBe(true);
  expect(new Set(inMemory.map((f) => f.ruleId))).toEqual(new Set(['cross-article-conflict', 'stale-figure']));
  // Findings against the archive point first at the draft, which a spilled run reads back from disk.
  expect(spilled).toEqual(inMemory);
  area.close();
  texts.close();
  store.close();
});

describe('the spilling stores on their own', () => {
  const doc = (id: string) => parseTextDocument(id, 'x');
  const figure = (key: number, id: string, measure: string, places: string[], high = 10): StoryFigure => ({
    key,
    claim: { id: `c${key}`, kind: 'count', text: '10', start: 0, end: 2, value: 10, low: 10, high, precision: 0, unit: null, qualifier: 'exact', measure, scope: { place: places[0]! }, partOf: null, sentence: 0 } as NumericClaim,
    doc: doc(id),
    places,
    placeNamed: true,
  });

  test('a figure store gives the buckets of the memory store, in order, with open-ended figures and one key per figure', () => {
    const figures = [
      figure(1, 'a', 'deaths', ['syria', 'idlib']),
      figure(2, 'b', 'injured', ['gaza']),
      figure(3, 'b', 'deaths', ['idlib'], Infinity),
      figure(4, 'c', 'deaths', ['syria']),
      figure(5, 'c', 'injured', ['gaza']),
      figure(6, 'a', 'injured', ['gaza']),
      figure(7, 'd', 'missing', ['gaza']), // a bucket of one article: not compared
    ];
    const area = new SpillArea();
    const [memory, disk] = [memoryFigureStore(), spillingFigureStore(area, { budget: 2 })];
    for (const f of figures) {
      memory.add(f);
      disk.add(f);
    }
    const shape = (buckets: Iterable<StoryFigure[]>) => [...buckets].map((b) => b.map((f) => ({ key: f.key, doc: f.doc, high: f.claim.high, places: f.places })));
    expect(shape(disk.buckets())).toEqual(shape(memory.buckets()));
    expect(shape(disk.buckets()).map((b) => b.map((f) => f.key))).toEqual([[1, 4], [1, 3], [2, 5, 6]]);
    expect([...disk.buckets()][1]![1]!.claim.high).toBe(Infinity);
    area.close();
  });

  test('a finding spool sorts as the memory spool does, findings equal in every key keeping their order', () => {
    const finding = (document: string, start: number, severity: Finding['severity'], ruleId: string, message: string): Finding => ({
      ruleId, messageId: 'm', severity, message, claims: [], locations: [{ document, start, end: start + 1, line: 1, column: start + 1, text: 'x' }],
    });
    const findings = [
      finding('b', 5, 'warning', 'r', 'one'), finding('a', 9, 'error', 'r', 'two'), finding('b', 5, 'warning', 'r', 'three'),
      finding('a', 9, 'info', 'q', 'four'), finding('b', 1, 'warning', 's', 'five'), finding('b', 5, 'error', 'r', 'six'), finding('b', 5, 'warning', 'q', 'seven'),
    ];
    const order = { a: 0, b: 1 } as Record<string, number>;
    const area = new SpillArea();
    const [memory, disk] = [memorySpool(), spillingSpool(area, 3)];
    for (const f of findings) {
      memory.add(f, order[f.locations[0]!.document]!);
      disk.add(f, order[f.locations[0]!.document]!);
    }
    expect(area.spilled).toBe(true);
    const messages = (list: Iterable<Finding>) => [...list].map((f) => f.message);
    expect(messages(disk.sorted())).toEqual(messages(memory.sorted()));
    expect(messages(disk.sorted())).toEqual(['two', 'four', 'five', 'six', 'seven', 'one', 'three']);
    expect(disk.sorted().length).toBe(7);
    area.close();
  });

  test('a run within its budgets never opens a database', () => {
    const area = new SpillArea();
    const corpus_ = startCorpus({ spill: area });
    corpus_.add(readExample('examples/limburg-floods/en.txt'), checkDocument(readExample('examples/limburg-floods/en.txt')));
    expect(Array.isArray(corpus_.finish().findings)).toBe(true);
    expect(area.spilled).toBe(false);
  });

  test("the spill database's memory is bounded: a small page cache, sorts on disk", () => {
    const area = new SpillArea();
    try {
      const db = area.database();
      // better-sqlite3's own build caches 16 MB, which a long run's spill file filled.
      expect(db.pragma('cache_size', { simple: true })).toBe(-2000);
      expect(db.pragma('temp_store', { simple: true })).toBe(1); // FILE
    } finally {
      area.close();
    }
  });
});
