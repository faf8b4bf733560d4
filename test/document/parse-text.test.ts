import { describe, expect, test } from 'vitest';
import { detectLang } from '../../src/document/detect-lang.js';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { parseReferenceDate } from '../../src/document/reference-date.js';
import { InputError } from '../../src/errors.js';

describe('date line', () => {
  test.for([
    { text: 'date 2020-06\n\nDe raids vonden plaats.', date: '2020-06', body: 'De raids' },
    { text: ' date 2020-06 De Russische luchtmacht heeft raids uitgevoerd.', date: '2020-06', body: 'De Russische' },
    { text: 'date 2021-07-16\r\nFloods hit the valley.', date: '2021-07-16', body: 'Floods' },
  ])('$text', ({ text, date, body }) => {
    const doc = parseTextDocument('a.txt', text);
    expect(doc.date?.value).toBe(date);
    expect(text.slice(doc.bodyStart).startsWith(body)).toBe(true);
    expect(doc.text).toBe(text); // offsets stay those of the file
  });

  test('a text that does not open with a date line has no date and starts at 0', () => {
    const doc = parseTextDocument('a.txt', 'The date 2020-06 was mentioned.');
    expect(doc).toMatchObject({ date: null, bodyStart: 0 });
  });
});

describe('front matter', () => {
  test('gives date, language, title and source', () => {
    const text = '---\ndate: 2021-07-16\nlang: en\ntitle: Floods\nsource: wire\n---\nDe tekst is Nederlands maar de kop zegt Engels.';
    const doc = parseTextDocument('a.txt', text);
    expect(doc).toMatchObject({ lang: 'en', title: 'Floods', source: 'wire', date: { value: '2021-07-16', grain: 'day' } });
    expect(text.slice(doc.bodyStart)).toMatch(/^De tekst/);
  });

  test('broken YAML names the file and the line', () => {
    const text = '---\ndate: 2021-07-16\ntitle: [unclosed\n---\nText.';
    expect(() => parseTextDocument('story.txt', text)).toThrow(InputError);
    expect(() => parseTextDocument('story.txt', text)).toThrow(/^story\.txt:\d+: front matter is not valid YAML/);
  });

  test.for([
    ['date: yesterday', /story\.txt:1: date "yesterday" is not a date/],
    ['lang: fr', /story\.txt:1: lang "fr" is not supported/],
  ])('%s is refused with a clear message', ([line, message]) => {
    expect(() => parseTextDocument('story.txt', `---\n${line}\n---\nText.`)).toThrow(message as RegExp);
  });

  test.for([
    ['en-GB', true],
    ['en_au', true],
    ['en-US', undefined],
    ['en', undefined],
    ['nl-BE', undefined],
  ] as const)('lang: %s reads digit dates day first: %s', ([lang, dayFirst]) => {
    const doc = parseTextDocument('a.txt', `---\nlang: ${lang}\n---\nText.`);
    expect(doc.dayFirst).toBe(dayFirst);
    expect(doc.lang).toBe(lang.slice(0, 2));
  });

  test('--lang and --date override the metadata', () => {
    const date = parseReferenceDate('2024-03-05')!;
    const doc = parseTextDocument('a.txt', 'date 2020-06\nDe raids vonden plaats.', { lang: 'en', date });
    expect(doc).toMatchObject({ lang: 'en', date: { value: '2024-03-05' } });
  });
});

describe('reference dates', () => {
  test.for([
    ['2020', { value: '2020', low: '2020-01-01', high: '2020-12-31', grain: 'year' }],
    ['2020-06', { value: '2020-06', low: '2020-06-01', high: '2020-06-30', grain: 'month' }],
    ['2020-02-29', { value: '2020-02-29', low: '2020-02-29', high: '2020-02-29', grain: 'day' }],
    ['2021-02-29', null],
    ['2020-13', null],
    ['next week', null],
  ] as const)('%s', ([input, want]) => {
    expect(parseReferenceDate(input)).toEqual(want);
  });
});

describe('language detection', () => {
  test.for([
    ['De regering controleert momenteel ongeveer de helft van de provincie.', 'nl'],
    ['The government now controls about half of the province.', 'en'],
    ['Een miljoen mensen moesten hun woonplaats verlaten, maar 120.000 onder hen konden terugkeren.', 'nl'],
  ])('%s → %s', ([text, lang]) => {
    expect(detectLang(text!)).toBe(lang);
  });
});
