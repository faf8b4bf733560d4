import type { ClaimDraft } from '../../claims/types.js';
import { matchAny } from '../../util/match-any.js';
import { memo } from '../../util/memo.js';
import type { ExtractContext } from '../types.js';
import type { ResolvedDate, UNRESOLVED } from './date-resolve.js';

/** Whether digit dates read month first ("5/7/2020" is May 7): the language's order, unless the article is British English. */
export const monthFirstDigits = (ctx: ExtractContext): boolean => ctx.lex.dayAfterMonth && ctx.doc.dayFirst !== true;

/**
 * A date claim draft for a span, with what the words around it say: "sinds begin maart" starts a
 * period up to now (`since`), "die op 5 oktober begon" marks when something started (`starts`).
 */
export function dateDraft(ctx: ExtractContext, start: number, end: number, resolved: ResolvedDate | typeof UNRESOLVED, weekday?: number): ClaimDraft {
  const { lex, grammar, text } = ctx;
  const since = grammar.phraseBefore(lex.sinceCues, text, start) !== null;
  const starts = startVerbNear(ctx, start, end);
  return {
    kind: 'date', start, end, text: text.slice(start, end), ...resolved, unit: null, qualifier: 'exact',
    ...(weekday === undefined ? {} : { weekday }),
    ...(since ? { since } : {}),
    ...(starts ? { starts } : {}),
  };
}

/** A start verb in the clause around a date: "die op donderdag 5 oktober begon", "which began on". */
function startVerbNear(ctx: ExtractContext, start: number, end: number): boolean {
  const re = memo(ctx.lex, 'start-verb', () => new RegExp(`(?<![\\p{L}])${matchAny(ctx.lex.startVerbs)}(?![\\p{L}])`, 'iu'));
  const before = ctx.text.slice(Math.max(0, start - 40), start).split(/[.;:!?]/u).pop() ?? '';
  const after = ctx.text.slice(end, end + 40).split(/[.;:!?,]/u)[0] ?? '';
  return re.test(before) || re.test(after);
}
