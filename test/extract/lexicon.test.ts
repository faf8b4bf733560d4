import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/extract/index.js';
import { measureLexicon } from '../../src/measures/lexicon.js';
import { parseMeasureLexicon } from '../../src/measures/lexicon.js';
import { measureProperties } from '../../src/measures/properties.js';
import { convert } from '../../src/util/math.js';

describe.for(Object.entries(LOCALES))('%s locale pack', ([lang, create]) => {
  const { lexicon } = create();

  test('every unit word names a unit mathjs knows (with the extra units of util/math.ts)', () => {
    const weights = Object.values(lexicon.weightCurrencies.units);
    for (const [word, name] of [...Object.entries(lexicon.unitWords), ...weights.map((w) => [w, w] as const)]) {
      expect(convert(1, name, name), `${word} → ${name}`).toBe(1);
    }
    for (const name of weights) expect(convert(1, name, 'kg'), `${name} is a weight`).not.toBeNull();
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

test('a measure lexicon may list the words that make a head a verb ("will pay")', () => {
  expect(parseMeasureLexicon('rules/xx/measures.yml', 'measures: {}\nnotHeadAfter: [will, would]\n').notHeadAfter).toEqual(['will', 'would']);
  expect(() => parseMeasureLexicon('rules/xx/measures.yml', 'measures: {}\nnotHeadsAfter: [will]\n')).toThrow(
    'rules/xx/measures.yml: unknown key "notHeadsAfter"; expected one of: measures, people, groups, notHeadAfter',
  );
});
