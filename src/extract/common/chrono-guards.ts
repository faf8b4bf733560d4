import type * as chrono from 'chrono-node';
import { isSpace } from './grammar.js';

// chrono's English "3 days ago" and "2 weeks later" patterns repeat a number-and-unit group up to ten
// times, which V8 unrolls: compiling them natively (bin/run.js's --no-regexp-tier-up) takes 130 and 85
// ms, a third of a cold English check, and every call runs them. Each match ends in a number word or
// digit, a unit and the suffix, so a small pattern for that ending tells whether they can match at all.
const NUMBER_END = String.raw`(?:[0-9]|eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|half|an?|few|several|the|couple|of)`;
const UNIT = 'quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y';
const ending = (suffix: string): RegExp => new RegExp(String.raw`${NUMBER_END}\s{0,3}(?:${UNIT})\s{0,5}(?:${suffix})(?=\W|$)`, 'i');

/** The English parsers to guard, by class name, with the ending every one of their matches has. */
const GUARDS: Record<string, RegExp> = {
  ENTimeUnitAgoFormatParser: ending('ago|before|earlier'),
  ENTimeUnitLaterFormatParser: ending('later|after|from now|henceforth|forward|out'),
};

const NEVER = /(?!)/;

interface PatternParser {
  pattern(context: { text: string }): RegExp;
}

interface Refiner {
  refine(context: { text: string }, results: chrono.ParsedResult[]): chrono.ParsedResult[];
}

/**
 * Runs chrono's costliest English parsers only on texts where they can match: elsewhere they get a
 * pattern that matches nothing, and theirs is never compiled. Results are chrono's own either way.
 * Changes `parser`'s parser and refiner objects, which its clones share.
 */
export function guardSlowParsers(parser: chrono.Chrono): chrono.Chrono {
  for (const p of parser.parsers as unknown as PatternParser[]) {
    const guard = GUARDS[p.constructor.name];
    if (!guard) continue;
    const own = p.pattern.bind(p);
    p.pattern = (context) => (guard.test(context.text) ? own(context) : NEVER);
  }
  for (const r of parser.refiners as unknown as Refiner[]) {
    if (r.constructor.name !== 'ENEndOfPeriodRefiner') continue;
    const own = r.refine.bind(r);
    // It leaves alone every reading without the prefix and returns the array it was given.
    r.refine = (context, results) => {
      const { text } = context;
      const candidates = results.filter((result) => mayFollowEndOf(text, result.index));
      if (candidates.length > 0) own(context, candidates);
      return results;
    };
  }
  return parser;
}

/**
 * chrono's English end-of-period refiner ("the end of March") runs `/\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i`
 * over all the text before each reading, which makes a long text with many readings quadratic ("Monday, "
 * and "Nov 18-" repeated). That prefix ends in "of" or "the" and white space: only a reading after such
 * an ending is given to the refiner (a test of a few characters, after the run of white space before it).
 */
export function mayFollowEndOf(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i -= 1;
  return i < index && /(?:of|the)$/i.test(text.slice(Math.max(0, i - 3), i));
}
