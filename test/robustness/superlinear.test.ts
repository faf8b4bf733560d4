import * as chrono from 'chrono-node';
import { expect, test } from 'vitest';
import { FAMILIES } from '../../bench/adversarial-families.mjs';
import { guardSlowParsers } from '../../src/extract/common/chrono-guards.js';
import type { Claim } from '../../src/claims/types.js';
import { grammarFor } from '../../src/extract/common/grammar.js';
import { compileMeasures } from '../../src/extract/common/measure-matcher.js';
import { sentencesOf } from '../../src/extract/common/sentences.js';
import { extractClaims } from '../../src/extract/engine.js';
import { LOCALES } from '../../src/extract/index.js';
import type { MeaningContext } from '../../src/extract/meaning.js';
import { linkRelations } from '../../src/extract/relations.js';
import { measureLexicon } from '../../src/measures/lexicon.js';
import { placeFinder } from '../../src/measures/places.js';
import { makeDocument } from '../helpers/documents.js';

// Steps the adversarial bench found above linear, each guarded by counting its work as the text grows
// four times (linear grows ×4, quadratic ×16), never by a clock.

const family = (name: string) => FAMILIES.find((f) => f.name === name)!;

test('a run of part cues ("onder hen 5 " ×) finds each part\'s whole without reading back over every claim', () => {
  const config = LOCALES.nl();
  const measures = compileMeasures(measureLexicon('nl'));
  const work = (size: number) => {
    const doc = makeDocument(family('"onder hen " ×').make(size), { lang: 'nl', date: '2024-03-05' });
    const ctx: MeaningContext = {
      doc, text: doc.prose, lex: config.lexicon, grammar: grammarFor(config.lexicon), isMeasureWord: (w) => measures.isMeasureWord(w),
      measures, places: placeFinder(), sentences: sentencesOf(doc),
    };
    // The claims as annotate hands them over: none linked yet, each count with the part cue after it.
    const claims = extractClaims(doc).map((c) => ({ ...c, partOf: null, partsListed: undefined }) as Claim);
    expect(claims.length).toBeGreaterThan(size / 20);
    const cues = new Map(claims.filter((c) => c.kind === 'count').map((c) => [c, 'after' as const]));
    let reads = 0;
    const counted = new Proxy(claims, { get: (target, key, receiver) => ((typeof key === 'string' && /^\d+$/.test(key) && reads++), Reflect.get(target, key, receiver)) });
    linkRelations(ctx, counted, cues);
    return reads;
  };
  const [small, large] = [work(5_000), work(20_000)];
  expect(large / small).toBeLessThan(6);
});

test.for(['"Monday, " ×', '"Nov 18-" ×'])('%s: chrono\'s end-of-period refiner reads the text before only the readings after "of" or "the"', (name) => {
  const parser = guardSlowParsers(new chrono.en.Chrono(chrono.en.configuration.createCasualConfiguration()));
  const refiner = parser.refiners.find((r) => r.constructor.name === 'ENEndOfPeriodRefiner')!;
  const ref = new Date(Date.UTC(2024, 2, 5, 12));
  const work = (size: number) => {
    const text = family(name).make(size);
    const results = new chrono.en.Chrono(chrono.en.configuration.createCasualConfiguration()).parse(text, ref);
    expect(results.length).toBeGreaterThan(size / 50);
    // The refiner reads the context's text once per reading it looks at, and each read scans all of
    // the text before that reading.
    let scanned = 0;
    const context = { get text() { scanned += text.length; return text; } };
    (refiner as unknown as { refine(c: unknown, r: chrono.ParsedResult[]): unknown }).refine(context, results);
    return scanned;
  };
  const [small, large] = [work(5_000), work(20_000)];
  expect(large / Math.max(small, 1)).toBeLessThan(6);
});
