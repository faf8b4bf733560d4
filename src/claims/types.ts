/** The claim model of PRODUCT.md, as one discriminated union on `kind`. */

export type Qualifier =
  | 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'nearly' | 'range' | 'vague';

export type Grain = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour';

/** What a claim is about, as far as its sentence tells. */
export interface Scope {
  place?: string;
  group?: string;
  period?: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

interface ClaimBase extends Span {
  id: string;
  qualifier: Qualifier;
  measure: string | null;
  scope: Scope;
  /** Id of the claim this one is a part of ("120.000 onder hen"). */
  partOf: string | null;
  /** Index of the sentence the claim stands in, for rules that look at neighbours. */
  sentence: number;
}

export interface NumericClaim extends ClaimBase {
  kind: 'count' | 'percent' | 'money' | 'quantity' | 'fraction';
  value: number;
  low: number;
  /** `Infinity` when unbounded ("meer dan 100"); JSON renders it as null. */
  high: number;
  /** Implied rounding unit of an unqualified round number (0 when exact to the digit). */
  precision: number;
  unit: string | null;
  /** This figure totals a list of parts: all of them ("van de 312 …: 180, 97 en 35") or some ("waaronder"). */
  partsListed?: 'all' | 'some';
}

export interface DurationClaim extends ClaimBase {
  kind: 'duration';
  value: number;
  low: number;
  high: number;
  precision: number;
  unit: DurationUnit;
  /**
   * The words before it tie the duration to the article date: it runs up to it ("de afgelopen vijf jaar",
   * "the past 10 weeks", "voor het eerst in drie maanden") or starts after it ("de komende drie dagen");
   * `from`: it starts on the day written after it ("a week starting tomorrow") or with the period after it
   * ("de eerste drie maanden van 2020"); `to`: it ends with that period ("the last four months of 2021").
   */
  anchor?: 'before' | 'after' | 'from' | 'to';
  /**
   * The first and last day the duration spans, "YYYY-MM-DD": with `before` / `after` and a day-grain
   * article date; with `from` / `to`, from the day or within the period written after it.
   */
  covers?: { low: string; high: string };
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** ISO date at its grain: "2020-03", "2019-12", "2020-06-03", "2019". */
  value: string;
  /** First and last day the date can stand for, "YYYY-MM-DD". */
  low: string;
  high: string;
  grain: Grain;
  unit: null;
  /** Weekday the text states (0 = Sunday), when it states one. */
  weekday?: number;
  /** The words before the date say it starts a period up to now ("sinds", "since"). */
  since?: boolean;
  /** The words before the date say a period ends with it: "before 2010", "vóór 2010" (until 2009). */
  until?: boolean;
  /** A verb next to the date says something started then ("die op 5 oktober begon"). */
  starts?: boolean;
  /**
   * A date the text states but that cannot be resolved (no year, no article date): kept through the
   * refiners so that its numbers are not read as counts, then dropped.
   */
  unresolved?: true;
}

export type Claim = NumericClaim | DurationClaim | DateClaim;
export type ClaimKind = Claim['kind'];

/** A claim before the engine has numbered it and linked it to others. */
export type ClaimDraft = DistributiveOmit<Claim, 'id' | 'partOf' | 'measure' | 'scope' | 'sentence'> & {
  measure?: string | null;
  scope?: Scope;
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

