import { unit } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/extract/index.js';
import { measureLexicon } from '../../src/measures/lexicon.js';
import { parseMeasureLexicon } from '../../src/measures/lexicon.js';
import { measureProperties } from '../../src/measures/properties.js';

describe.for(Object.entries(LOCALES))('%s locale pack', ([lang, create]) => {
  const { lexicon } = create();

  test('every unit word names a unit mathjs knows', () => {
    for (const [word, name] of Object.entries(lexicon.unitWords)) {
      expect(() => unit(1, name), `${word} → ${name}`).not.toThrow();
    }
  });

  test('separators differ and are the language\'s own', () => {
    expect(lexicon.groupSeparator).not.toBe(lexicon.decimalSeparator);
    expect([lexicon.groupSeparator, lexicon.decimalSeparator]).toEqual(lang === 'nl' ? ['.', ','] : [',', '.']);
  });

  test('the measure lexicon names measures known to the other language too', () => {
    const own = Object.keys(measureLexicon(lang as 'nl' | 'en').measures).sort();
    const other = Object.keys(measureLexicon(lang === 'nl' ? 'en' : 'nl').measures).sort();
    expect(own).toEqual(other);
    for (const measure of ['deaths', 'deaths.civilian', 'injured', 'displaced', 'returned', 'arrested', 'missing', 'evacuated', 'cases']) {
      expect(own).toContain(measure);
    }
  });
});

test('cumulative measures come from rules/measure-properties.yml', () => {
  expect(measureProperties('deaths').cumulative).toBe(true);
  expect(measureProperties('missing').cumulative).toBe(false);
  expect(measureProperties('no-such-measure').cumulative).toBe(false);
});

test('a measure lexicon with an unknown key names the file and the key', () => {
  expect(() => parseMeasureLexicon('rules/xx/measures.yml', 'measures:\n  deaths:\n    nounz: [doden]\n')).toThrow(
    'rules/xx/measures.yml: measures.deaths: unknown key "nounz"; expected one of: nouns, verbs, heads',
  );
});
