import { expect, test } from 'vitest';
import { parseTextDocument } from '../../src/document/parse-text.js';
import { agePatterns } from '../../src/extract/common/age-extractor.js';
import { grammarFor } from '../../src/extract/common/grammar.js';
import { localeConfig } from '../../src/extract/index.js';
import type { ExtractContext } from '../../src/extract/types.js';
import type { FoldedRegExp } from '../../src/util/folded-regexp.js';
import { proseOf } from '../helpers/prose.js';

// A gate lets an extractor skip a text without compiling its pattern: it must hold wherever the
// pattern matches (its lookarounds included: a few characters either side), or claims would be lost.
test.for(['nl', 'en'] as const)('%s: every gated pattern match holds a match of its gate', (lang) => {
  const config = localeConfig(lang);
  const gated = config.extractors.filter((e) => e.gate);
  expect(gated.map((e) => e.name)).toEqual(expect.arrayContaining(['age', 'age-range', 'holiday', 'holiday-weekend', 'week', 'calendar-year', 'decade-century', 'quarter-code']));
  let matches = 0;
  for (const text of proseOf(lang)) {
    const doc = parseTextDocument('gate.txt', text, { lang });
    const ctx = { doc, text: doc.prose, lex: config.lexicon, grammar: grammarFor(config.lexicon), isMeasureWord: () => false } as ExtractContext;
    for (const extractor of gated) {
      // A folded pattern (util/folded-regexp.ts) has its own Symbol.matchAll, as a RegExp does.
      for (const m of doc.prose.matchAll(extractor.pattern(ctx) as RegExp)) {
        matches += 1;
        for (const each of [extractor.gate!(ctx)].flat()) {
          const gate = new RegExp(each.source, each.flags.replace('g', ''));
          expect(gate.test(doc.prose.slice(Math.max(0, m.index - 8), m.index + m[0].length + 8)), `${extractor.name}: "${m[0]}"`).toBe(true);
        }
      }
    }
  }
  expect(matches).toBeGreaterThan(20);
});

// Without an age suffix in the text the age extractor scans with a pattern that leaves out the forms
// ending in one: over all our prose, it must find exactly what the full pattern finds.
test.for(['nl', 'en'] as const)('%s: the age pattern without suffixed forms finds what the full one finds', (lang) => {
  const config = localeConfig(lang);
  let light = 0;
  for (const text of proseOf(lang)) {
    const doc = parseTextDocument('age.txt', text, { lang });
    const ctx = { doc, text: doc.prose, lex: config.lexicon, grammar: grammarFor(config.lexicon), isMeasureWord: () => false } as ExtractContext;
    const patterns = agePatterns(ctx);
    const all = (re: RegExp | FoldedRegExp) => [...doc.prose.matchAll(re as RegExp)].map((m) => [m.index, ...m]);
    patterns.suffix.lastIndex = 0;
    if (patterns.suffix.test(doc.prose)) continue;
    light += 1;
    expect(all(patterns.light)).toEqual(all(patterns.full()));
  }
  expect(light).toBeGreaterThan(100);
});
