import type { ClaimDraft, DurationUnit } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext, Extractor } from '../types.js';
import { foldedRegExp, type FoldedRegExp } from '../../util/folded-regexp.js';

/**
 * Ages, which are never counts: `"de 42-jarige"`, `"een vierjarige jongen"`, `"a 67-year-old man"`,
 * `"aged 42"`, `"Jan Peeters (42)"` → a quantity of 42 years (unit `year`) with measure `age`.
 */
export const ageExtractor: Extractor = {
  name: 'age',
  // Without an age suffix in the text, the suffixed and glued forms cannot match: a small pattern without
  // them (their groups kept, never set) finds the same matches, and the one that embeds the numeral
  // grammar (some 15 ms to compile) is never built.
  pattern: (ctx) => {
    const { suffix, full, light } = agePatterns(ctx);
    suffix.lastIndex = ctx.doc.bodyStart;
    return suffix.test(ctx.text) ? full() : light;
  },
  // An age suffix or the word before an age, a bracket before a digit, or a number between commas. The
  // suffixes without their leading space: a gate that starts with \s+ is quadratic on a run of spaces.
  gate: (ctx) =>
    memo(ctx.lex, 'age-gate', () => new RegExp(`${matchAny(ctx.lex.ageSuffixes.map((s) => s.trim()))}|${matchAny(ctx.lex.ageBefore)}|\\(\\d|,\\s\\d\\d,`, 'giu')),
  extract(ctx, match) {
    const [whole, suffixed, after, bracketed, appositive, word] = match;
    const glued = suffixed ?? word;
    let digits = glued ?? after ?? bracketed ?? appositive ?? '';
    // "A four-year-old": the numeral regex may have taken a word too many; keep the words that parse.
    while (!/^\d+$/.test(digits) && !ctx.grammar.numeral.parse(digits) && /\s/u.test(digits)) digits = digits.replace(/^\S+\s+/u, '');
    // "one year old": "one" alone is no numeral (it may be the article), but before an age it is 1.
    const value = /^\d+$/.test(digits) ? Number(digits) : /^(?:one|één)$/iu.test(digits) ? 1 : ctx.grammar.numeral.parse(digits)?.value;
    // "500 jaar oud" may be a building's age; a bare "(1981)" or "1981-jarige" never is a person's.
    const unit = unitOf(ctx, whole);
    if (value === undefined || (value > 125 && !ctx.lex.ageAfter.some((w) => whole.toLowerCase().endsWith(` ${w}`)))) return null;
    const start = glued ? match.index + glued.length - digits.length : match.index + whole.length - digits.length;
    const end = glued ? match.index + whole.length : start + digits.length;
    const draft: ClaimDraft = {
      kind: 'quantity', start, end, text: ctx.text.slice(start, end),
      value, low: value, high: value, precision: 1, qualifier: 'exact', unit, measure: 'age',
    };
    return draft;
  },
};

/** The age patterns of a lexicon: the suffix test, the full pattern (built on first use) and the one without suffixed forms. */
export const agePatterns = (ctx: ExtractContext) =>
  memo(ctx.lex, 'age', () => {
    const { lex, grammar } = ctx;
    const before = `(?<![\\p{L}])${matchAny(lex.ageBefore)}\\s+(\\d{1,3})(?![\\p{N}])`;
    // "Jan Peeters (42)", "The mayor, 58, resigned": a small number alone in brackets or commas after a word.
    const bracketed = String.raw`(?<=\p{L}\s?\()(\d{1,3})(?=\))|(?<=\p{L},\s)(\d{2})(?=,\s\p{Ll})`;
    const full = (): RegExp | FoldedRegExp =>
      memo(lex, 'age-full', () => {
        const number = String.raw`\d{1,3}|${grammar.numeral.source}`;
        const suffixed = `(?<![\\p{L}\\p{N}-])(${number})${matchAny(lex.ageSuffixes)}(?![\\p{L}])`;
        // "vierjarige": a number word glued to the suffix, read by the numeral parser.
        const glued = `(?<![\\p{L}])(\\p{L}{3,}?)${matchAny(lex.ageSuffixes.filter((s) => /^\p{L}/u.test(s)))}(?![\\p{L}])`;
        return foldedRegExp(`${suffixed}|${before}|${bracketed}|${glued}`, 'giu');
      });
    return {
      // Any age suffix, without its leading space: where none stands, neither form that ends in one can match.
      suffix: new RegExp(matchAny(lex.ageSuffixes.map((s) => s.trim())), 'giu'),
      full,
      light: new RegExp(`(?!)()|${before}|${bracketed}|(?!)()`, 'giu'),
    };
  });

/** "18 maanden oud", "a 90 day old bill": an age in the time unit it names; years when it names none. */
function unitOf(ctx: ExtractContext, phrase: string): DurationUnit {
  const words = phrase.toLowerCase().split(/[^\p{L}]+/u);
  return words.map((w) => ctx.lex.durationUnits[w]).find((u) => u !== undefined) ?? 'year';
}
