import { describe, expect, test } from 'vitest';
import { grammarFor } from '../../src/extract/common/grammar.js';
import { compileMeasures } from '../../src/extract/common/measure-matcher.js';
import { LOCALES } from '../../src/extract/index.js';
import type { ExtractContext } from '../../src/extract/types.js';
import { measureLexicon } from '../../src/measures/lexicon.js';
import { makeDocument } from '../helpers/documents.js';

/**
 * The lookbehinds of a pattern's source that open an alternative (nothing of the pattern has to match
 * before them, so the engine tries them at every position) and hold an unbounded quantifier: each try
 * may run back over a whole run of whitespace or digits, which is quadratic on a long one.
 */
function unguardedLookbehinds(source: string): string[] {
  const found: string[] = [];
  for (let i = source.indexOf('(?<'); i !== -1; i = source.indexOf('(?<', i + 1)) {
    if (source[i + 3] !== '=' && source[i + 3] !== '!') continue; // a named group
    if (source[i - 1] === '\\') continue;
    let depth = 0;
    let end = i;
    for (let k = i; k < source.length; k++) {
      if (source[k] === '\\') k++;
      else if (source[k] === '(') depth++;
      else if (source[k] === ')' && --depth === 0) {
        end = k;
        break;
      }
    }
    const body = source.slice(i + 4, end);
    const unbounded = /(?<!\\)(?:[+*]|\{\d+,\})/.test(body.replace(/\\./g, ''));
    const before = source.slice(0, i);
    const opensAlternative = before === '' || /(?:\||\(\?:|\((?!\?)|\(\?<[=!][^)]*\))$/.test(before);
    if (unbounded && opensAlternative) found.push(body);
  }
  return found;
}

// The date extractors whose lookbehinds hold a run of whitespace (the figure grammar's lookbehinds hold
// digits and scale words after a one-character anchor, and the bench's digit families stay linear).
const DATE_EXTRACTORS = ['open-year'];

describe.each(['nl', 'en'] as const)('%s date patterns', (lang) => {
  test('no lookbehind that opens an alternative runs back over an unbounded stretch', () => {
    const config = LOCALES[lang]();
    const measures = compileMeasures(measureLexicon(lang));
    const ctx: ExtractContext = {
      doc: makeDocument('', { lang }), text: '', lex: config.lexicon, grammar: grammarFor(config.lexicon),
      isMeasureWord: (word) => measures.isMeasureWord(word),
    };
    const extractors = config.extractors.filter((e) => DATE_EXTRACTORS.includes(e.name));
    expect(extractors.map((e) => e.name)).toEqual(DATE_EXTRACTORS);
    const offending = extractors.flatMap((e) => unguardedLookbehinds(e.pattern(ctx).source).map((body) => `${e.name}: (?<…${body.slice(0, 80)}…)`));
    expect(offending).toEqual([]);
  });
});

test('the check finds the pattern that made a run of spaces quadratic', () => {
  expect(unguardedLookbehinds(String.raw`(?:na\s+\d{4}|(?<=(?<![\p{L}])tot\s+\d{4}\s+)of\s+voor)`)).toHaveLength(1);
  expect(unguardedLookbehinds(String.raw`(?:na\s+\d{4}|of\s+voor(?<=tot\s+\d{4}\s+of\s+voor))`)).toHaveLength(0);
  expect(unguardedLookbehinds(String.raw`(?<![\p{L}\p{N}])\d+`)).toHaveLength(0);
});
