import type { ClaimDraft, Qualifier } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { Lexicon } from '../lexicon.js';
import type { Extractor } from '../types.js';
import { foldedRegExp } from '../../util/folded-regexp.js';

/**
 * Ages as bounds and ranges: `"jonger dan achttien jaar"` → age 18 (less-than), `"kinderen onder de twee
 * jaar"` → age 2 (less-than), `"aged 15 to 34"` → age 15..34 (range). Quantities of years with measure
 * `age`, never durations or counts.
 */
export const ageRangeExtractor: Extractor = {
  name: 'age-range',
  pattern: (ctx) =>
    memo(ctx.lex, 'age-range', () => {
      const { lex, grammar } = ctx;
      const number = String.raw`\d{1,3}|${grammar.numeral.source}`;
      const years = yearWords(lex);
      const bound = `(?<![\\p{L}])(?<cue>${matchAny(Object.keys(lex.ageBounds))})\\s+(?<bound>${number})\\s+${matchAny(years)}(?![\\p{L}])`;
      const range = `(?<![\\p{L}])${matchAny(lex.ageBefore)}\\s+(?<low>\\d{1,3})\\s*(?:${matchAny(lex.rangeJoiners)})\\s*(?<high>\\d{1,3})(?![\\p{N}])`;
      // "children under 10", "mensen boven de 65": a bound after people, with no year word.
      const people = `(?<![\\p{L}])${matchAny(lex.agePeople.nouns)}\\s+(?<peopleCue>${matchAny(Object.keys(lex.agePeople.bounds))})\\s+(?<peopleBound>\\d{1,3})(?![\\p{N}\\p{L}%]|[.,]\\d|\\s*(?:${matchAny(lex.percentWords)}))`;
      return foldedRegExp(`${bound}|${range}|${people}`, 'giu');
    }),
  // The word before an age range ("aged"), or a bound's cue ("jonger dan", "under") and a year word: the
  // cue alone ("onder de opgepakten") is common, and the pattern embeds the whole numeral grammar.
  gate: (ctx) =>
    memo(ctx.lex, 'age-range-gate', () => {
      const before = matchAny(ctx.lex.ageBefore);
      const people = ctx.lex.agePeople;
      return [
        new RegExp(`${matchAny([...Object.keys(ctx.lex.ageBounds), ...Object.keys(people.bounds)])}|${before}`, 'giu'),
        new RegExp(`${matchAny([...yearWords(ctx.lex), ...people.nouns])}|${before}`, 'giu'),
      ];
    }),
  extract(ctx, match) {
    const g = match.groups ?? {};
    if (g.low !== undefined && g.high !== undefined) {
      const [low, high] = [Number(g.low), Number(g.high)];
      if (!(low < high) || high > 125) return null;
      const start = match.index + match[0].lastIndexOf(g.low, match[0].length - g.high.length - 1);
      const end = match.index + match[0].length;
      return age(ctx.text, start, end, low, low, high, 'range');
    }
    if (g.peopleCue !== undefined && g.peopleBound !== undefined) {
      const value = Number(g.peopleBound);
      if (value > 125) return null;
      const qualifier = ctx.lex.agePeople.bounds[g.peopleCue.toLowerCase().replace(/\s+/gu, ' ')] ?? 'exact';
      const end = match.index + match[0].length;
      const start = end - g.peopleBound.length;
      const [low, high] = qualifier === 'less-than' ? [0, value] : [value, Infinity];
      return age(ctx.text, start, end, value, low, high, qualifier);
    }
    if (g.cue === undefined || g.bound === undefined) return null;
    const value = /^\d+$/.test(g.bound) ? Number(g.bound) : ctx.grammar.numeral.parse(g.bound)?.value;
    if (value === undefined || value > 125) return null;
    const qualifier = ctx.lex.ageBounds[g.cue.toLowerCase()] ?? 'exact';
    const start = match.index + g.cue.length + match[0].slice(g.cue.length).indexOf(g.bound);
    const end = match.index + match[0].length;
    const [low, high] = qualifier === 'less-than' ? [0, value] : [value, Infinity];
    return age(ctx.text, start, end, value, low, high, qualifier);
  },
};

function age(text: string, start: number, end: number, value: number, low: number, high: number, qualifier: Qualifier): ClaimDraft {
  return { kind: 'quantity', start, end, text: text.slice(start, end), value, low, high, precision: 1, qualifier, unit: 'year', measure: 'age' };
}

/** The lexicon's words for years ("jaar", "jaren", "years"). */
function yearWords(lex: Lexicon): string[] {
  return Object.entries(lex.durationUnits).filter(([, u]) => u === 'year').map(([w]) => w);
}
