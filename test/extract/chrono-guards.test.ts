import * as chrono from 'chrono-node';
import { expect, test } from 'vitest';
import { guardSlowParsers } from '../../src/extract/common/chrono-guards.js';
import { proseOf } from '../helpers/prose.js';

// English prose with and without "3 days ago", "two weeks later", "years before": our articles,
// fixtures and examples, and every English peer-suite sentence.
const texts = [
  ...proseOf('en'),
  // Each ending the guards know, as news writes it.
  'The dam broke three days ago.', 'Two weeks before the vote, 40 people were arrested.', 'A year earlier the toll was 12.',
  'Five days later the river peaked.', 'Two weeks after the quake, 300 were still missing.', 'Results are due 3 days from now.',
  'The rates were cut 6 months after that.', 'The strike ended 2 hrs earlier than planned.', 'He had left half an hour before.',
  // What the end-of-period refiner reads, and what it must leave alone.
  'By the end of March 40 were missing.', 'On the last day of the month, the dam broke.', 'Until the END OF  this year, and the end of next month.',
  'Monday, Tuesday, the day of March 5 and the 5th of May.',
];

test('guarded English chrono reads every text as chrono does, and skips its slow parsers where they cannot match', () => {
  // Two parsers of their own: guarding changes the parser objects, which clone() would share.
  const fresh = () => new chrono.en.Chrono(chrono.en.configuration.createCasualConfiguration());
  const plain = fresh();
  const guarded = guardSlowParsers(fresh());
  const ref = new Date(Date.UTC(2024, 2, 5, 12));
  const reading = (results: chrono.ParsedResult[]) => results.map((r) => `${r.index}:${r.text}=${r.start.date().toISOString()}`);
  let slowMatches = 0;
  for (const text of texts) {
    const expected = plain.parse(text, ref);
    expect(reading(guarded.parse(text, ref)), text.slice(0, 80)).toEqual(reading(expected));
    if (expected.some((r) => /(?:ago|before|earlier|later|after|from now)$/i.test(r.text))) slowMatches += 1;
  }
  // Not vacuous: the guarded parsers did find their phrases where there were some.
  expect(slowMatches).toBeGreaterThan(20);
});
