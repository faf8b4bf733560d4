import type { ClaimDraft, ClaimKind } from '../../claims/types.js';
import type { Refiner } from '../types.js';

// On equal spans: a date beats the numbers inside it ("3 juni 2020"), a unit beats a bare count.
const PRIORITY: Record<ClaimKind, number> = { date: 6, money: 5, percent: 4, quantity: 3, duration: 2, fraction: 1, count: 0 };

// A figure that strictly holds a date's span is no date: "2 1/4", "-4/5" are fractions, not 1 April, 4 May.
const holds = (a: ClaimDraft, b: ClaimDraft): boolean => a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;

const beats = (a: ClaimDraft, b: ClaimDraft): boolean => {
  if (a.kind === 'date' && b.kind !== 'date' && b.kind !== 'duration') return !holds(b, a);
  if (b.kind === 'date' && a.kind !== 'date' && a.kind !== 'duration') return holds(a, b);
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : PRIORITY[a.kind] > PRIORITY[b.kind];
};

/** Keeps one claim where several extractors read overlapping spans: the longer, then the likelier kind. */
export const overlapRefiner: Refiner = {
  name: 'overlap',
  refine(_ctx, drafts) {
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: ClaimDraft[] = [];
    for (const draft of sorted) {
      // Kept spans never overlap and are in text order: the ones a draft can overlap end the list.
      const clashes: ClaimDraft[] = [];
      for (let j = kept.length - 1; j >= 0 && kept[j]!.end > draft.start; j--) clashes.push(kept[j]!);
      if (clashes.length === 0) {
        kept.push(draft);
      } else if (clashes.every((k) => beats(draft, k))) {
        for (const k of clashes) kept.splice(kept.indexOf(k), 1);
        kept.push(draft);
      }
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
