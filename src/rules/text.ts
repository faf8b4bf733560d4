import type { Claim } from '../claims/types.js';
import type { Document } from '../document/types.js';

/** The words between two claims, lower-cased with runs of space folded: "van de", "(about". */
export const gap = (doc: Document, a: Claim, b: Claim): string =>
  doc.prose.slice(a.end, b.start).toLowerCase().replace(/\s+/g, ' ').trim();

/** The claims of one sentence after `claim`, in order. */
export const laterInSentence = <T extends Claim>(claims: readonly T[], claim: Claim): T[] =>
  claims.filter((c) => c.sentence === claim.sentence && c.start >= claim.end);

/** The word right before a claim, lower-cased ("" at the start). */
export const wordBefore = (doc: Document, claim: Claim): string =>
  /([\p{L}]+)[^\p{L}]*$/u.exec(doc.prose.slice(Math.max(0, claim.start - 30), claim.start))?.[1]?.toLowerCase() ?? '';
