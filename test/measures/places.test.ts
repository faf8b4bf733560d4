import { describe, expect, test } from 'vitest';
import { placeFinder } from '../../src/measures/places.js';
import { checkDocuments } from '../../src/pipeline.js';
import { makeDocument } from '../helpers/documents.js';

const places = (text: string) => placeFinder().find(text, 0, text.length);

describe('the gazetteer: hand-made places and the generated countries (rules/countries.yml)', () => {
  test('a country in English and Dutch is one place', () => {
    expect(places('Poland and Polen, Czechia and Tsjechië, Austria and Oostenrijk')).toEqual(['poland', 'poland', 'czech-republic', 'czech-republic', 'austria', 'austria']);
  });
  test("a country places.yml names keeps its id there, with the generated names joined to it", () => {
    expect(places('Syria, Syrië, the Syrian Arab Republic; the Netherlands, Koninkrijk der Nederlanden')).toEqual(['syria', 'syria', 'syria', 'netherlands', 'netherlands']);
  });
  test('names that are mostly something else in news are left out', () => {
    expect(places('Michael Jordan met Chad Smith')).toEqual([]);
  });
  test('per-country tolls of one flood are no conflicting figures', () => {
    const doc = makeDocument(
      'Bij overstromingen in Midden-Europa zijn sinds het weekend zeker 24 mensen om het leven gekomen. In Polen kwamen zeven mensen om. In Oostenrijk vielen vijf doden. Tsjechië meldt drie doden.',
      { lang: 'nl', date: '2024-09-12' },
    );
    expect(checkDocuments([doc]).findings).toEqual([]);
  });
});
