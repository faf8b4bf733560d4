// Scores an extractor against the Recognizers-Text spec cases in ../shared/peer-suites/recognizers.
// Pure: reading files and printing are left to scripts/score-peers.mjs and test/peers/score.test.ts.
// The extractor comes in as a function, so the script can use dist/ and the test src/.
import * as chrono from 'chrono-node';

/** The suites as printed, in order, with the Recognizers models each holds. */
export const SUITES = [
  { suite: 'number', models: ['NumberModel'] },
  { suite: 'ordinal', models: ['OrdinalModel'] },
  { suite: 'percent', models: ['PercentModel'] },
  { suite: 'numberrange', models: ['NumberRangeModel'] },
  { suite: 'currency', models: ['CurrencyModel'] },
  { suite: 'dimension', models: ['DimensionModel', 'TemperatureModel', 'AgeModel'] },
  { suite: 'datetime', models: ['DateTimeModel'] },
];

/** Spec value types that are plain dates (issue 3): a case is in the plain-date subset when all its values are. */
export const PLAIN_DATE_TYPES = ['date', 'datetime', 'time'];

const NUMERIC = new Set(['count', 'percent', 'money', 'quantity', 'duration', 'fraction']);
const TEMPERATURE_UNITS = new Set(['degC', 'degF']);

/**
 * Which claims can stand for an entity of a Recognizers model. A figure of any kind carries a number;
 * a year-grain date is the number of its year. Dimensions, temperatures and ages are all quantities,
 * told apart by unit and measure.
 */
export function claimFitsModel(model, claim) {
  switch (model) {
    case 'NumberModel':
      return NUMERIC.has(claim.kind) || (claim.kind === 'date' && claim.grain === 'year');
    case 'OrdinalModel':
      return false; // factlint reads no ordinals (docs/claim-conventions.md, "Not counts")
    case 'PercentModel':
      return claim.kind === 'percent';
    case 'NumberRangeModel':
      return NUMERIC.has(claim.kind) && claim.qualifier !== 'exact' && claim.qualifier !== 'about' && claim.qualifier !== 'vague';
    case 'CurrencyModel':
      return claim.kind === 'money';
    case 'DimensionModel':
      return claim.kind === 'quantity' && claim.measure !== 'age' && !TEMPERATURE_UNITS.has(claim.unit);
    case 'TemperatureModel':
      return claim.kind === 'quantity' && TEMPERATURE_UNITS.has(claim.unit);
    case 'AgeModel':
      return (claim.kind === 'quantity' && claim.measure === 'age') || claim.kind === 'duration';
    case 'DateTimeModel':
      return claim.kind === 'date' || claim.kind === 'duration';
    default:
      return false;
  }
}

const near = (a, b) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (claim, e) => e.start === null || e.start === undefined || (claim.start < e.end && claim.end > e.start);

/** Does this claim give the entity's value? Values are compared, never formats. */
export function valueMatches(model, expected, claim) {
  if (model === 'DateTimeModel') return (expected.value ?? []).some((alt) => dateAltMatches(alt, claim));
  if (model === 'NumberRangeModel') return rangeMatches(expected.value, claim);
  if (expected.value === null) return false;
  // A range carries two numbers ("10-20", "eight to 10 feet"); either end is a figure the text states.
  if (claim.qualifier === 'range' && near(claim.high, expected.value)) return true;
  if (claim.kind === 'date') return String(expected.value) === claim.value;
  // The spec counts "34 cents" in cents; factlint in the currency they are hundredths of (0.34 USD).
  if (model === 'CurrencyModel' && HUNDREDTHS.test(expected.unit ?? '')) return near(claim.value * 100, expected.value);
  return near(claim.value, expected.value);
}

const HUNDREDTHS = /^(?:cent|pence|penny|penni)$/i;

function rangeMatches(want, claim) {
  const low = Number.isFinite(claim.low) && !(claim.qualifier === 'at-most' || claim.qualifier === 'less-than') ? claim.low : null;
  const high = Number.isFinite(claim.high) ? claim.high : null;
  const same = (w, g) => (w === null ? g === null : near(w, g));
  return same(want.min, low) && same(want.max, high);
}

const PLAIN_TIMEX = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
const datePart = (s) => (typeof s === 'string' ? s.slice(0, 10) : null);
const timePart = (s) => (typeof s === 'string' && s.length > 10 ? s.slice(11) : null);

function previousDay(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * One datetimeV2 resolution against a claim. Dates compare by value: the timex when it is a plain ISO
 * date, month, week or year, else the first and last day (spec range ends are exclusive). A datetime
 * needs its day (factlint claims have day grain), and its time only when the claim carries one.
 * Durations compare as ISO 8601 durations, and as a range by the days they cover when the text ties them
 * to the article date; times need a claim with a time of day. A datetime range with a value and no ends
 * (an approximate point, Mod "approx") is compared as that datetime.
 */
function dateAltMatches(alt, claim) {
  // A range claim's value is its first end (docs/claim-conventions.md): it is compared by its two ends only.
  if (claim.qualifier === 'range') return (alt.type === 'daterange' || alt.type === 'datetimerange') && rangeEndsMatch(alt, claim);
  switch (alt.type) {
    case 'duration':
      return claim.kind === 'duration' && (durationTimex(claim) === alt.timex || hoursAndMinutes(claim) === alt.timex);
    case 'date':
      return claim.kind === 'date' && (claim.value === alt.timex || (claim.low === alt.value && claim.high === alt.value));
    case 'datetime':
      return claim.kind === 'date' && claim.low === datePart(alt.value) && claim.high === datePart(alt.value) && (claim.time === undefined || claim.time === timePart(alt.value));
    case 'time':
      return claim.kind === 'date' && claim.time !== undefined && claim.time === alt.value;
    case 'daterange':
    case 'datetimerange': {
      // "de komende drie dagen": a duration tied to the article date spans the days it `covers`.
      if (claim.kind === 'duration') return claim.covers !== undefined && rangeEndsMatch(alt, { kind: 'date', ...claim.covers });
      if (claim.kind !== 'date') return false;
      // "around tomorrow 10am": an approximate point, given as a value with no ends, is judged as that datetime.
      if (alt.start === undefined && alt.end === undefined && typeof alt.value === 'string') return dateAltMatches({ ...alt, type: 'datetime' }, claim);
      if (PLAIN_TIMEX.test(alt.timex ?? '') && claim.value === alt.timex) return true;
      return rangeEndsMatch(alt, claim);
    }
    default:
      return false; // set, timerange: factlint has no claims for these
  }
}

/** A spec range against a claim's first and last day (spec ends are exclusive, or name the last unit). */
function rangeEndsMatch(alt, claim) {
  if (claim.kind !== 'date') return false;
  const first = datePart(alt.start);
  const endDay = datePart(alt.end);
  const last = endDay === null ? null : alt.type === 'daterange' ? previousDay(endDay) : endDay;
  if (first === null && last === null) return false;
  if (first !== null && claim.low !== first) return false;
  return last === null || claim.high === last || (alt.type === 'daterange' && (claim.high === namedEndUnit(alt.timex, endDay) || claim.high === namedEndQuarter(claim, endDay)));
}

/**
 * The same inclusive reading for a range that ends with a quarter: Recognizers ends "van Q1 2017 tot Q3
 * 2018" at 2018-07-01, exclusive, where factlint includes the third quarter (to 2018-09-30). Only when the
 * claim's text ends with a quarter and the spec's end is that quarter's first day.
 */
function namedEndQuarter(claim, endDay) {
  if (endDay === null || !/-(?:01|04|07|10)-01$/.test(endDay) || !QUARTER_END.test(claim.text ?? '')) return null;
  const d = new Date(`${endDay}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 3);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const QUARTER_END = /(?:\bq[1-4](?:[\s-]+(?:van\s+|of\s+)?\d{4})?|\d{4}[\s-]*q[1-4]|kwartaal(?:\s+van)?\s+\d{4}|quarter(?:\s+of)?\s+\d{4})$/i;

/**
 * The last day of the unit a spec range names as its end, when the end is the start of that unit:
 * Recognizers ends "van mei tot september" at 09-01, "2014 tot 2018" (and even "2014 tot en met 2018")
 * at 2018-01-01 and "18 nov-19 dec" at 12-19, exclusive. factlint, as news does, reads the named end as
 * included ("from 2014 to 2018" covers 2018). Both readings name the same units; this accepts the
 * inclusive one, and only where the spec's end is the start of the unit its duration counts in
 * ("(2014-01-01,2018-01-01,P4Y)" → 2018-12-31; "(XXXX-05-01,XXXX-09-01,P4M)" → 09-30; a day range → its
 * end day). A computed end ("de komende 10 maanden": 2019-01-23) has no such unit and stays exclusive.
 */
function namedEndUnit(timex, endDay) {
  const unit = /,P\d+([YMWD])\)$/.exec(timex ?? '')?.[1];
  if (!unit || endDay === null) return null;
  const d = new Date(`${endDay}T00:00:00Z`);
  if (unit === 'Y' && endDay.endsWith('-01-01')) d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (unit === 'M' && endDay.endsWith('-01')) d.setUTCMonth(d.getUTCMonth() + 1);
  else if (unit === 'W') d.setUTCDate(d.getUTCDate() + 7);
  else if (unit === 'D') d.setUTCDate(d.getUTCDate() + 1);
  else return null;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Hours with a fraction as ISO 8601 writes them in hours and minutes: 1.5 hours is "PT1H30M" as well as "PT1.5H". */
function hoursAndMinutes(claim) {
  if (claim.unit !== 'hour' || Number.isInteger(claim.value)) return null;
  const minutes = Math.round(claim.value * 60);
  if (Math.abs(minutes - claim.value * 60) > 1e-6) return null;
  return `PT${Math.floor(minutes / 60) || ''}${Math.floor(minutes / 60) ? 'H' : ''}${minutes % 60}M`;
}

const DURATION_TIMEX = { year: 'Y', month: 'M', week: 'W', day: 'D' };
function durationTimex(claim) {
  if (claim.unit === 'hour') return `PT${claim.value}H`;
  const letter = DURATION_TIMEX[claim.unit];
  return letter ? `P${claim.value}${letter}` : null;
}

/**
 * A positive case passes when every expected entity is found: a claim of a fitting kind, overlapping
 * the entity's span, with its value. A negative case passes when no claim of a fitting kind is found.
 */
export function scoreCase(testCase, claims, { ignoreEntity } = {}) {
  const fitting = claims.filter((c) => claimFitsModel(testCase.model, c));
  const expected = testCase.expected.filter((e) => !ignoreEntity?.(e));
  const missing = expected.filter((e) =>
    noSuchDate(e) ? fitting.some((c) => overlaps(c, e)) : !fitting.some((c) => overlaps(c, e) && valueMatches(testCase.model, e, c)));
  // A NumberModel negative ("180ml vloeistof", "the .25ml liquid", "1m isn't a number") says there is
  // no *plain* number: the digits belong to a unit, which Recognizers leaves to its NumberWithUnit
  // (dimension, currency) models. A claim with a unit is that reading, so it is no plain number here;
  // a unit-less claim (a count, a fraction) still fails the case.
  const plain = testCase.model === 'NumberModel' ? fitting.filter((c) => !c.unit) : fitting;
  const pass = testCase.expected.length === 0 ? plain.length === 0 : missing.length === 0;
  return { pass, got: fitting, missing };
}

/** "30 feb": the spec resolves it to "not resolved"; it is found when nothing claims a date there. */
const noSuchDate = (e) => Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => v.value === 'not resolved');

/** A case is plain-date when every value of every expected entity is a date, datetime or time. */
export const isPlainDate = (testCase) =>
  testCase.model === 'DateTimeModel' &&
  testCase.expected.length > 0 &&
  testCase.expected.every((e) => (e.value ?? []).length > 0 && e.value.every((v) => PLAIN_DATE_TYPES.includes(v.type)));

/** A case of a culture that writes digit dates day first though its language need not (en-gb): read as `lang: en-GB`. */
export const dayFirstCase = (testCase) => /^en-(?:gb|uk|ie|au|nz|za|in)$/iu.test(testCase.culture ?? '');

/** The reference date of a case as factlint's `--date` ("2016-11-07"), or undefined. */
export const refDay = (testCase) => (testCase.ref ? testCase.ref.slice(0, 10) : undefined);

const PARSERS = { nl: chrono.nl.casual, en: chrono.en.casual };
const pad = (n) => String(n).padStart(2, '0');

/**
 * Plain chrono-node as an extractor, for the baseline: each result becomes a date claim (a day, a
 * month or a year as chrono knows it, or the span of a range), with its time of day when chrono
 * reads one. The same scorer then judges it.
 */
export function chronoClaims(testCase) {
  const ref = testCase.ref ? new Date(`${testCase.ref}Z`) : new Date(Date.UTC(2016, 10, 7));
  // A British case gets chrono's British parser, as factlint gets the case's culture.
  const parser = dayFirstCase(testCase) && testCase.lang === 'en' ? chrono.en.GB : PARSERS[testCase.lang];
  const results = parser.parse(testCase.input, { instant: ref, timezone: 0 });
  return results.map((r) => {
    const from = chronoDay(r.start);
    const to = r.end ? chronoDay(r.end) : from;
    const claim = { kind: 'date', start: r.index, end: r.index + r.text.length, text: r.text, value: from.value, low: from.low, high: to.high, grain: from.grain };
    if (r.end) claim.value = `${from.low}/${to.high}`;
    if (r.start.isCertain('hour')) claim.time = `${pad(r.start.get('hour'))}:${pad(r.start.get('minute') ?? 0)}:${pad(r.start.get('second') ?? 0)}`;
    return claim;
  });
}

function chronoDay(c) {
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('month') && !c.isCertain('year'))) return { value: day, low: day, high: day, grain: 'day' };
  if (c.isCertain('month')) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { value: `${y}-${pad(m)}`, low: `${y}-${pad(m)}-01`, high: `${y}-${pad(m)}-${pad(last)}`, grain: 'month' };
  }
  return { value: String(y), low: `${y}-01-01`, high: `${y}-12-31`, grain: 'year' };
}

/**
 * Exclusions from test/peers/exclusions.yml: `cases` (id → reason) and `patterns` (a named rule with
 * a reason). Pattern rules are the ones defined in PATTERNS below, so each is reviewed code, not a regex
 * in a data file that could hide anything.
 */
const IN_DURATION = /^(?:over|in|binnen|within)\s+(?:\S+\s+){1,2}(?:seconden|minuten|minuut|uur|uren|dagen|dag|weken|week|maanden|maand|jaar|jaren|seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/iu;

const UNDER_AN_HOUR = /^PT(?=\d)(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?$/;

/**
 * A duration under an hour, or a span of minutes counted from now that names its unit ("de afgelopen 5
 * minuten", "within 3 min": "(…,…,PT5M)"); not a day with a clock range ("dinsdag van 14.00 tot 14.30").
 */
const underAnHour = (v, text) =>
  (v.type === 'duration' && UNDER_AN_HOUR.test(v.timex ?? '')) ||
  (v.type === 'datetimerange' && MINUTE_WORD.test(text ?? '') && UNDER_AN_HOUR.test(/,([^,()]+)\)$/.exec(v.timex ?? '')?.[1] ?? ''));

const MINUTE_WORD = /(?<![\p{L}])(?:minuten|minuut|minutes?|min|seconden|seconde|seconds?|sec)(?![\p{L}])/iu;

export const PATTERNS = {
  /** An entity with no number ("dollar", "a small percent"): factlint claims are figures. */
  'no-number': { entity: (e) => e.value === null },
  /** Times of day ("15:00"): factlint claims have day grain and never read a time alone. */
  'time-of-day': { entity: (e) => Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => v.type === 'time' || v.type === 'timerange') },
  /** "in drie maanden", "over twee weken", "in 5 minutes" as a date: factlint reads a span of time from now as a duration (issue 3). */
  'duration-from-now': { entity: (e) => IN_DURATION.test(e.text) },
  /** "nu", "now", "right now": the article's own moment; factlint makes no claim of it. */
  'present': { entity: (e) => Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => v.timex === 'PRESENT_REF') },
  /**
   * Durations under an hour ("30 minutes", "3 min", "123.45 sec", "one second"), also as a span counted
   * from now ("de afgelopen 5 minuten", "within 3 min", "last minute"): by design no claims
   * (docs/claim-conventions.md, Measures: "durations under an hour are no claims"); news times races
   * and delays in minutes, not figures factlint checks.
   */
  'duration-under-an-hour': { entity: (e) => Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => underAnHour(v, e.text)) },
  /** Recurring times ("every Tuesday", "dagelijks"): factlint reads them as a rate's scope, not a claim. */
  'set': { entity: (e) => Array.isArray(e.value) && e.value.length > 0 && e.value.every((v) => v.type === 'set') },
};

/** Whether a case is excluded, and why; entities a pattern rules out are ignored in the cases left. */
export function exclusionOf(testCase, exclusions) {
  const byId = exclusions.cases?.[testCase.id];
  if (byId) return byId;
  for (const [name, reason] of Object.entries(exclusions.patterns ?? {})) {
    const rule = PATTERNS[name];
    if (!rule) throw new Error(`exclusions: unknown pattern "${name}"; expected one of: ${Object.keys(PATTERNS).join(', ')}`);
    if (testCase.expected.length > 0 && testCase.expected.every(rule.entity)) return `${name}: ${reason}`;
  }
  return null;
}

export function ignoredEntity(exclusions) {
  const rules = Object.keys(exclusions.patterns ?? {}).map((name) => PATTERNS[name]);
  return (e) => rules.some((r) => r?.entity(e));
}

/**
 * Runs `extract` over every case and tallies per suite and language: all cases, the cases left after
 * exclusions, and for datetime the plain-date subset. Returns the tallies and the failures.
 */
export function scoreAll(cases, extract, exclusions = {}) {
  const ignoreEntity = ignoredEntity(exclusions);
  const tallies = new Map();
  const failures = [];
  for (const testCase of cases) {
    const suite = SUITES.find((s) => s.models.includes(testCase.model))?.suite ?? testCase.model;
    const key = `${suite}\t${testCase.lang}`;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { suite, lang: testCase.lang, total: 0, pass: 0, kept: 0, keptPass: 0, excluded: 0, plain: 0, plainPass: 0, plainKept: 0, plainKeptPass: 0 }));
    const claims = extract(testCase);
    const excluded = exclusionOf(testCase, exclusions);
    const raw = scoreCase(testCase, claims);
    const kept = excluded ? null : scoreCase(testCase, claims, { ignoreEntity });
    const plain = isPlainDate(testCase);
    t.total += 1;
    t.pass += raw.pass ? 1 : 0;
    if (plain) {
      t.plain += 1;
      t.plainPass += raw.pass ? 1 : 0;
    }
    if (excluded) t.excluded += 1;
    else {
      t.kept += 1;
      t.keptPass += kept.pass ? 1 : 0;
      if (plain) {
        t.plainKept += 1;
        t.plainKeptPass += kept.pass ? 1 : 0;
      }
      if (!kept.pass) failures.push({ testCase, got: kept.got, missing: kept.missing });
    }
  }
  return { tallies: [...tallies.values()].sort(bySuiteOrder), failures };
}

const suiteIndex = (s) => SUITES.findIndex((x) => x.suite === s);
const bySuiteOrder = (a, b) => suiteIndex(a.suite) - suiteIndex(b.suite) || (a.lang < b.lang ? 1 : -1);

/** Per cent to one decimal; NaN for an empty set. */
export const rate = (pass, total) => (total === 0 ? NaN : Math.round((1000 * pass) / total) / 10);
