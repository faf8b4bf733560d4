import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseHtmlDocument } from '../../src/document/parse-html.js';
import { parseJsonl } from '../../src/document/parse-jsonl.js';
import { parseMarkdownDocument } from '../../src/document/parse-markdown.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { parseReferenceDate } from '../../src/document/reference-date.js';
import type { Document, Lang } from '../../src/document/types.js';
import { InputError } from '../../src/errors.js';
import { extractClaims } from '../../src/extract/engine.js';
import { checkDocuments } from '../../src/pipeline.js';
import { lineIndexOf } from '../../src/util/line-index.js';
import { claimProblems, extractorsOf, runExtractor } from './helpers.js';

/**
 * Properties over any string and over news-like text: extraction, the whole pipeline and the document
 * parsers never throw (but an InputError for bad metadata), end, keep every span true to the source,
 * and give the same output run after run. Run counts stay moderate so the suite stays quick in CI;
 * a failure prints its seed and the shrunk input, to replay with `{ seed, path }`.
 */
const RUNS = Number(process.env.FACTLINT_PROPERTY_RUNS ?? 60);
const TIMEOUT = 120_000;
const LANGS: readonly Lang[] = ['nl', 'en'];
const REF = parseReferenceDate('2024-03-05') ?? undefined;

// ---- generators ----------------------------------------------------------------------------------

/** Any UTF-16 string, lone surrogates included. */
const anyString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

const WORDS = [
  // number words and scales, nl and en
  'een', 'twee', 'drie', 'tien', 'twintig', 'honderd', 'duizend', 'miljoen', 'miljard', 'anderhalf', 'tweeënveertig',
  'one', 'two', 'three', 'ten', 'twenty', 'forty-two', 'hundred', 'thousand', 'million', 'billion', 'a', 'an', 'and', 'half',
  // months, weekdays, relative dates
  'januari', 'maart', 'mei', 'december', 'March', 'May', 'june', 'December', 'maandag', 'woensdag', 'Monday', 'Tuesday',
  'begin', 'eind', 'vorig jaar', 'last year', 'gisteren', 'yesterday', 'geleden', 'ago', 'sinds', 'since', 'nacht van', 'op',
  // qualifiers, vague amounts, relations
  'ongeveer', 'circa', "zo'n", 'ruim', 'meer dan', 'minstens', 'bijna', 'hooguit', 'tussen', 'en', 'tot', 'van', 'naar',
  'about', 'some', 'more than', 'over', 'at least', 'nearly', 'up to', 'fewer than', 'between', 'from', 'to',
  'honderden', 'duizenden', 'dozens', 'thousands', 'onder hen', 'van wie', 'waarvan', 'of them', 'among them', 'including',
  'van de', 'of the', 'de helft', 'a third', 'procent', 'percent', 'procentpunt', 'per dag', 'a day',
  // measures, units, currencies
  'doden', 'burgerdoden', 'gewonden', 'mensen', 'people', 'deaths', 'injured', 'displaced', 'returned', 'arrested', 'km', 'meter',
  'miles', 'euro', 'dollars', 'jaar', 'maanden', 'weken', 'years', 'months', 'days', 'uur', 'hours', 'jaar oud', 'years old', 'aged',
  // names with numbers, abbreviations, sentence ends
  'G7', 'Covid-19', 'A12', 'nr.', 'p.', 'mln.', 'U.S.', 'Idlib', 'Limburg', 'Syrië', 'Syria',
];
const PUNCT = ['.', ',', "'", '’', '-', '–', ':', ';', '!', '?', '(', ')', '"', '“', '”', '/', '%', '€', '$', '£', '°C', '²', '½'];
const BLANKS = [' ', ' ', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '\u00a0', '\u2009'];

const digits = fc.oneof(
  fc.nat({ max: 100 }).map(String),
  fc.nat({ max: 10_000_000 }).map(String),
  fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), minLength: 1, maxLength: 40 }),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('.', ',', "'", ' ', '\u00a0'), fc.nat({ max: 999 }))
    .map(([a, sep, b]) => `${a}${sep}${String(b).padStart(3, '0')}`),
  fc.tuple(fc.nat({ max: 99 }), fc.constantFrom('.', ','), fc.nat({ max: 99 })).map(([a, sep, b]) => `${a}${sep}${b}`),
  fc.integer({ min: 1800, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 1, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: digits },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 5, arbitrary: fc.constantFrom(...BLANKS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** News-like text: number words, digits with separators, months, qualifiers, symbols and line ends. */
const newsText = fc.array(token, { maxLength: 80 }).map((tokens) => tokens.join(''));

/** Sentences that read like news, so that claims, relations and findings do occur. */
const sentence = fc
  .tuple(
    fc.constantFrom('', 'Sinds begin maart ', 'Op woensdag 5 maart ', 'In december vorig jaar ', 'Since early March ', 'On Monday, March 4, ', 'Last year '),
    fc.constantFrom('', 'ongeveer ', 'ruim ', 'bijna ', 'about ', 'more than ', 'nearly ', 'tussen 10 en '),
    digits,
    fc.constantFrom(' doden', ' burgerdoden', ' mensen', ' people', ' deaths', '%', ' procent', ' euro', ' km', ' jaar', ' months'),
    fc.constantFrom('', ', onder hen ', ', of them ', ' van de ', ' of the '),
    fc.option(digits, { nil: '' }),
    fc.constantFrom('.', '. ', '.\n', '.\r\n', '.\r', '!\n\n', ''),
  )
  .map((parts) => parts.join(''));
const article = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((s) => s.join(' '));

const text = fc.oneof(anyString, newsText, article);
const lang = fc.constantFrom(...LANGS);
const withHeader = fc.tuple(fc.constantFrom('', 'date 2020-06 ', 'date 2024-03-05\n', '---\ndate: 2020-06-03\nlang: nl\n---\n', '\uFEFF'), text).map(([h, t]) => h + t);

// ---- helpers -------------------------------------------------------------------------------------

const doc = (source: string, language: Lang, id = 'p.txt'): Document => parseTextDocument(id, source, { lang: language, ...(REF ? { date: REF } : {}) });

/** The document parsers: text, Markdown and HTML (JSONL has its own property). */
const PARSERS = { txt: parseTextDocument, md: parseMarkdownDocument, html: parseHtmlDocument } as const;

/** Parses, allowing only an InputError (bad metadata is the user's, never a crash). */
function parseOrInputError(parser: (path: string, text: string) => Document, source: string): Document | null {
  try {
    return parser('p', source);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

// ---- properties ----------------------------------------------------------------------------------

describe('each extractor, on any text', () => {
  for (const language of LANGS) {
    for (const extractor of extractorsOf(language)) {
      test(`${language} ${extractor.name}: never throws, drafts quote the text they span`, { timeout: TIMEOUT }, () => {
        fc.assert(
          fc.property(withHeader, (source) => {
            const d = doc(source, language);
            for (const draft of runExtractor(extractor, d)) {
              expect(draft.start).toBeGreaterThanOrEqual(0);
              expect(draft.end).toBeGreaterThan(draft.start);
              expect(draft.end).toBeLessThanOrEqual(d.prose.length);
              expect(draft.text).toBe(d.prose.slice(draft.start, draft.end));
            }
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
});

describe('extractClaims', () => {
  test('on any text: never throws, valid claims, the same twice', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(withHeader, lang, (source, language) => {
        const first = extractClaims(doc(source, language));
        expect(claimProblems(doc(source, language), first)).toEqual([]);
        expect(extractClaims(doc(source, language))).toEqual(first);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('on news-like articles with and without a reference date', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(article, lang, fc.boolean(), (source, language, dated) => {
        const d = parseTextDocument('a.txt', source, { lang: language, ...(dated && REF ? { date: REF } : {}) });
        expect(claimProblems(d, extractClaims(d))).toEqual([]);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

describe('checkDocuments, the whole pipeline', () => {
  test('never crashes, findings point at true spans and lines, the same twice', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(withHeader, lang), { minLength: 1, maxLength: 3 }), (inputs) => {
        const docs = () => inputs.map(([source, language], i) => doc(source, language, `d${i}.txt`));
        const first = checkDocuments(docs());
        expect(first.errors.map((e) => e.message)).toEqual([]); // no extraction or rule crash
        for (const { doc: d, claims } of first.documents) expect(claimProblems(d, claims)).toEqual([]);
        const byId = new Map(first.documents.map((c) => [c.doc.id, c.doc]));
        for (const finding of first.findings ?? []) {
          for (const loc of finding.locations) {
            const source = byId.get(loc.document);
            expect(source).toBeDefined();
            expect(loc.text).toBe(source!.text.slice(loc.start, loc.end));
            expect(lineIndexOf(source!).position(loc.start)).toEqual({ line: loc.line, column: loc.column });
          }
        }
        const second = checkDocuments(docs());
        expect(JSON.stringify(second.findings)).toBe(JSON.stringify(first.findings));
        expect(JSON.stringify(second.documents.map((c) => c.claims))).toBe(JSON.stringify(first.documents.map((c) => c.claims)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('document parsers', () => {
  for (const [name, parser] of Object.entries(PARSERS)) {
    test(`${name}: any text gives a document (or an InputError) whose prose lines up with the source`, { timeout: TIMEOUT }, () => {
      const markup = name === 'html'
        ? fc.array(fc.oneof(text, fc.constantFrom('<p>', '</p>', '<script>1 2 3</script>', '<!-- 5 -->', '<a href="x">', '&amp;', '&#1;', '<', '>')), { maxLength: 12 }).map((p) => p.join(''))
        : fc.array(fc.oneof(text, fc.constantFrom('# ', '```\n', '`', '[x](http://a/1)', '<!-- 5 -->', '**', '\n- ', '|1|2|\n')), { maxLength: 12 }).map((p) => p.join(''));
      fc.assert(
        fc.property(fc.oneof(withHeader, markup), lang, (source, language) => {
          const parsed = parseOrInputError(parser, source);
          if (parsed === null) return;
          expect(parsed.text).toBe(source);
          expect(parsed.prose.length).toBe(source.length);
          expect(parsed.bodyStart).toBeGreaterThanOrEqual(0);
          expect(parsed.bodyStart).toBeLessThanOrEqual(source.length);
          expect(LANGS).toContain(parsed.lang);
          expect(parseOrInputError(parser, source)).toEqual(parsed);
          const d = { ...parsed, lang: language };
          expect(claimProblems(d, extractClaims(d))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }

  test('jsonl: any text gives documents or InputErrors with a line, never a crash', { timeout: TIMEOUT }, () => {
    const line = fc.oneof(
      anyString,
      fc.record({ id: fc.string(), text: text, lang: fc.option(fc.constantFrom('nl', 'en', 'fr', 'NL-be'), { nil: undefined }), date: fc.option(fc.constantFrom('2020-06', '2024-02-30', 'gisteren'), { nil: undefined }) }).map((r) => JSON.stringify(r)),
      fc.json(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const loaded = [...parseJsonl('c.jsonl', lines.join(eol))];
        for (const item of loaded) {
          if ('error' in item) {
            expect(item.error).toBeInstanceOf(InputError);
            expect(item.error.line).toBeGreaterThanOrEqual(1);
          } else {
            expect(claimProblems(item.document, extractClaims(item.document))).toEqual([]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
