import type { Claim } from '../claims/types.js';

/** One hand-made annotation of a claim in an article (`NN-slug.claims.json`), in text order. */
export interface Annotation {
  /** The claim's text as it stands in the article; found after the previous annotation. */
  text: string;
  /** Text from whose start to look for the claim, when its text also stands earlier ("2 piloten" for "2"). */
  after?: string;
  kind: Claim['kind'];
  /** Exact or qualified figure; a date's ISO value at its grain. */
  value?: number | string;
  /** Both ends, for ranges and vague figures ("honderden" 200..999). */
  low?: number | string;
  high?: number | string | null;
  unit?: string | null;
  measure?: string | null;
}

/** An annotation placed in its article. */
export interface Gold extends Annotation {
  start: number;
  end: number;
}

export interface Mismatch {
  doc: string;
  type: 'missed' | 'spurious' | 'value' | 'measure';
  text: string;
  start: number;
  expected?: string;
  got?: string;
}

export interface Tally {
  extracted: number;
  gold: number;
  /** Pairs whose spans overlap and whose kind, value or interval and unit agree. */
  valueMatches: number;
  measureMatches: number;
}

export interface ArticleScore extends Tally {
  mismatches: Mismatch[];
}

const boundary = /[\p{L}\p{N}]/u;

/** Places annotations in the text: each after the previous one, on word boundaries. */
export function placeAnnotations(text: string, annotations: readonly Annotation[], doc = ''): Gold[] {
  let from = 0;
  return annotations.map((a) => {
    if (a.after !== undefined) {
      const at = text.indexOf(a.after, from);
      if (at === -1) throw new Error(`${doc}: "after" text not found: ${JSON.stringify(a.after)}`);
      from = at;
    }
    for (let at = text.indexOf(a.text, from); at !== -1; at = text.indexOf(a.text, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + a.text.length] ?? ' ';
      if (boundary.test(before) && boundary.test(a.text[0] ?? '')) continue;
      if (boundary.test(after) && boundary.test(a.text[a.text.length - 1] ?? '')) continue;
      from = at + a.text.length;
      return { ...a, start: at, end: at + a.text.length };
    }
    throw new Error(`${doc}: annotated text not found after offset ${from}: ${JSON.stringify(a.text)}`);
  });
}

const near = (a: number | string | null | undefined, b: number | string | null | undefined): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
  return (a ?? null) === (b ?? null);
};

const high = (c: Claim): number | string | null => (c.kind !== 'date' && c.high === Infinity ? null : c.high);

/** Whether a claim says what the annotation says: kind, unit, and the value or (when annotated) both ends. */
export function sameValue(gold: Annotation, claim: Claim): boolean {
  if (gold.kind !== claim.kind) return false;
  if (!near(gold.unit ?? null, claim.unit ?? null)) return false;
  if (gold.low !== undefined || gold.high !== undefined) return near(gold.low, claim.low) && near(gold.high, high(claim));
  return near(gold.value, claim.value);
}

export const describeGold = (g: Annotation): string =>
  `${g.kind} ${g.low !== undefined || g.high !== undefined ? `${g.low}..${g.high ?? '∞'}` : String(g.value)}${g.unit ? ` ${g.unit}` : ''}`;

export const describeClaim = (c: Claim): string =>
  `${c.kind} ${c.qualifier === 'range' || c.qualifier === 'vague' ? `${c.low}..${high(c) ?? '∞'}` : String(c.value)}${c.unit ? ` ${c.unit}` : ''}`;

/**
 * Scores one article's claims against its annotation. Each annotation pairs with at most one claim
 * whose span overlaps it, preferring one whose value agrees. Precision counts every claim extracted,
 * recall every claim annotated; measure accuracy is over the pairs whose value agrees.
 */
export function scoreArticle(doc: string, claims: readonly Claim[], gold: readonly Gold[]): ArticleScore {
  const used = new Set<Claim>();
  const mismatches: Mismatch[] = [];
  let valueMatches = 0;
  let measureMatches = 0;
  for (const g of gold) {
    const overlapping = claims.filter((c) => !used.has(c) && c.start < g.end && g.start < c.end);
    const match = overlapping.find((c) => sameValue(g, c));
    if (!match) {
      const other = overlapping[0];
      if (other) used.add(other);
      mismatches.push(other
        ? { doc, type: 'value', text: g.text, start: g.start, expected: describeGold(g), got: `${describeClaim(other)} "${other.text}"` }
        : { doc, type: 'missed', text: g.text, start: g.start, expected: describeGold(g) });
      continue;
    }
    used.add(match);
    valueMatches += 1;
    if ((g.measure ?? null) === match.measure) measureMatches += 1;
    else mismatches.push({ doc, type: 'measure', text: g.text, start: g.start, expected: g.measure ?? 'null', got: match.measure ?? 'null' });
  }
  for (const c of claims) {
    if (!used.has(c)) mismatches.push({ doc, type: 'spurious', text: c.text, start: c.start, got: describeClaim(c) });
  }
  mismatches.sort((a, b) => a.start - b.start);
  return { extracted: claims.length, gold: gold.length, valueMatches, measureMatches, mismatches };
}

/** Sums tallies (per language, overall). */
export const addTallies = (tallies: readonly Tally[]): Tally =>
  tallies.reduce((a, t) => ({
    extracted: a.extracted + t.extracted, gold: a.gold + t.gold,
    valueMatches: a.valueMatches + t.valueMatches, measureMatches: a.measureMatches + t.measureMatches,
  }), { extracted: 0, gold: 0, valueMatches: 0, measureMatches: 0 });

export interface Rates {
  precision: number;
  recall: number;
  measureAccuracy: number;
}

export const ratesOf = (t: Tally): Rates => ({
  precision: t.extracted === 0 ? 1 : t.valueMatches / t.extracted,
  recall: t.gold === 0 ? 1 : t.valueMatches / t.gold,
  measureAccuracy: t.valueMatches === 0 ? 1 : t.measureMatches / t.valueMatches,
});
