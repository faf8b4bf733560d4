import { expect } from 'vitest';
import type { Claim, ClaimDraft, Qualifier } from '../../src/claims/types.js';
import type { Document, Lang } from '../../src/document/types.js';
import { grammarFor } from '../../src/extract/common/grammar.js';
import { compileMeasures } from '../../src/extract/common/measure-matcher.js';
import { LOCALES } from '../../src/extract/index.js';
import type { ExtractContext, Extractor } from '../../src/extract/types.js';
import { measureLexicon } from '../../src/measures/lexicon.js';

const QUALIFIERS: readonly Qualifier[] = ['exact', 'about', 'at-least', 'more-than', 'at-most', 'less-than', 'nearly', 'range', 'vague'];
const GRAINS: readonly string[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];
const DURATION_UNITS: readonly string[] = ['year', 'month', 'week', 'day', 'hour'];
const NUMERIC_KINDS: readonly string[] = ['count', 'percent', 'money', 'quantity', 'fraction'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The extractors of a language pack, in their order. */
export const extractorsOf = (lang: Lang): readonly Extractor[] => LOCALES[lang]().extractors;

/** Runs one extractor over a document the way the engine does, and returns its drafts. */
export function runExtractor(extractor: Extractor, doc: Document): ClaimDraft[] {
  const config = LOCALES[doc.lang]();
  const measures = compileMeasures(measureLexicon(doc.lang));
  const ctx: ExtractContext = {
    doc, text: doc.prose, lex: config.lexicon, grammar: grammarFor(config.lexicon),
    isMeasureWord: (word) => measures.isMeasureWord(word),
  };
  const drafts: ClaimDraft[] = [];
  const re = extractor.pattern(ctx);
  re.lastIndex = doc.bodyStart;
  for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
    if (m[0].length === 0) re.lastIndex += 1;
    const found = extractor.extract(ctx, m);
    if (found !== null) drafts.push(...(Array.isArray(found) ? found : [found as ClaimDraft]));
  }
  return drafts;
}

/**
 * What is wrong with claims, checked against src/claims/types.ts and PRODUCT.md: each span quotes the
 * source, ids are c1, c2, … in text order, values and intervals are sound for the kind, and links point
 * at claims. Plain checks, one message each, so that 50,000 claims cost milliseconds, not `expect`s.
 */
export function claimProblems(doc: Document, claims: readonly Claim[]): string[] {
  const problems: string[] = [];
  const ids = new Set(claims.map((c) => c.id));
  let previous = -1;
  claims.forEach((claim, i) => {
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(`${claim.id} ${JSON.stringify(claim.text)} at ${claim.start}: ${what}`);
    };
    check(claim.id === `c${i + 1}`, 'ids run c1, c2, … in order');
    check(Number.isInteger(claim.start) && Number.isInteger(claim.end), 'integer offsets');
    check(claim.start >= doc.bodyStart && claim.start < claim.end && claim.end <= doc.text.length, 'span inside the body');
    check(claim.text === doc.text.slice(claim.start, claim.end), 'text === source.slice(start, end)');
    check(claim.start >= previous, 'claims in text order');
    previous = claim.start;
    check(QUALIFIERS.includes(claim.qualifier), `qualifier ${claim.qualifier}`);
    check(Number.isInteger(claim.sentence) && claim.sentence >= 0, 'sentence index');
    check(claim.partOf === null || (ids.has(claim.partOf) && claim.partOf !== claim.id), `partOf ${claim.partOf}`);
    check(claim.measure === null || typeof claim.measure === 'string', 'measure');
    check(typeof claim.scope === 'object' && claim.scope !== null, 'scope');
    if (claim.kind === 'date') {
      check(/^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.test(claim.value), `date value ${claim.value}`);
      check(DAY.test(claim.low) && DAY.test(claim.high) && claim.low <= claim.high, `date interval ${claim.low}..${claim.high}`);
      check(GRAINS.includes(claim.grain), `grain ${claim.grain}`);
      check(claim.unit === null && claim.unresolved === undefined, 'resolved, no unit');
      return;
    }
    check(Number.isFinite(claim.value), `value ${claim.value}`);
    check(!Number.isNaN(claim.low) && !Number.isNaN(claim.high) && claim.low <= claim.high, `interval ${claim.low}..${claim.high}`);
    check(Number.isFinite(claim.precision) && claim.precision >= 0, `precision ${claim.precision}`);
    if (claim.kind === 'duration') check(DURATION_UNITS.includes(claim.unit), `duration unit ${claim.unit}`);
    else {
      check(NUMERIC_KINDS.includes(claim.kind), `kind ${claim.kind}`);
      if (claim.kind === 'money') check(/^[A-Z]{3}$/.test(claim.unit ?? ''), `currency ${claim.unit}`);
      if (claim.kind === 'quantity') check(typeof claim.unit === 'string', `unit ${claim.unit}`);
    }
  });
  return problems;
}

/** Fails with the first few problems of `claimProblems`. */
export function expectValidClaims(doc: Document, claims: readonly Claim[]): void {
  expect(claimProblems(doc, claims).slice(0, 5)).toEqual([]);
}
