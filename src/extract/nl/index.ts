import { ageExtractor } from '../common/age-extractor.js';
import { ageRangeExtractor } from '../common/age-range-extractor.js';
import { approximateOfExtractor } from '../common/approximate-of-extractor.js';
import { vagueDurationExtractor } from '../common/vague-duration-extractor.js';
import { nthMonthExtractor } from '../common/date-nth-month.js';
import { wholeUnitExtractor } from '../common/whole-unit-extractor.js';
import { weekdayOfWeekRefiner } from '../common/date-week-weekday.js';
import { openMonthRefiner } from '../common/date-open-month.js';
import { nonCalendarYearRefiner } from '../common/date-fiscal-year.js';
import { dateExtractor } from '../common/date-extractor.js';
import { figureExtractor } from '../common/figure-extractor.js';
import { fractionExtractor } from '../common/fraction-extractor.js';
import { overlapRefiner } from '../common/overlap-refiner.js';
import { vagueExtractor } from '../common/vague-extractor.js';
import { zeroExtractor } from '../common/zero-extractor.js';
import { exceptedYearExtractor, monthExtractor, monthYearDigitsExtractor, nightOfExtractor, openYearExtractor, weekdayPartExtractor, yearExtractor } from '../common/date-phrase-extractors.js';
import type { LocaleConfig } from '../types.js';
import { relativeWeekdayExtractor } from '../common/relative-weekday.js';
import { casualDayExtractor, dayAloneExtractor, dayListExtractor, leapDayExtractor, weekdayDayExtractor, weekdayMonthDayExtractor } from '../common/date-day-extractors.js';
import { dateContextRefiner } from '../common/date-context-refiner.js';
import { nthWeekdayRefiner } from '../common/date-nth-weekday.js';
import { dateOffsetRefiner } from '../common/date-offset-refiner.js';
import { dateRangeRefiner, decadeCenturyExtractor, yearRangeExtractor } from '../common/date-range.js';
import { holidayExtractor, holidayWeekendExtractor } from '../common/holiday-extractor.js';
import { dateYearRefiner, rangeShiftRefiner } from '../common/date-year-refiner.js';
import { dateToNowRefiner, nowClockExtractor } from '../common/date-now-range.js';
import { dayRangeRefiner, digitDayRangeExtractor, slashDayRangeExtractor } from '../common/date-day-range.js';
import { calendarYearExtractor, periodEdgeRefiner, quarterCodeExtractor, quarterExtractor, weekExtractor, weekOfRefiner } from '../common/date-period-extractors.js';
import { anchoredMultipleExtractor, durationAnchorRefiner, innerAnchorExtractor } from '../common/duration-anchor.js';
import { compoundDurationRefiner } from '../common/duration-compound.js';
import { lexicon } from './lexicon.js';

/** The Dutch pack: its lexicon, extractors in order, and refiners. */
export function createConfig(): LocaleConfig {
  return {
    lexicon,
    extractors: [figureExtractor, ageExtractor, ageRangeExtractor, vagueExtractor, approximateOfExtractor, fractionExtractor, zeroExtractor, dateExtractor, relativeWeekdayExtractor, monthExtractor, nightOfExtractor, weekdayPartExtractor, openYearExtractor, yearExtractor, exceptedYearExtractor, casualDayExtractor, weekdayDayExtractor, dayListExtractor, dayAloneExtractor, leapDayExtractor, weekdayMonthDayExtractor, holidayExtractor, nowClockExtractor, yearRangeExtractor, decadeCenturyExtractor, quarterCodeExtractor, quarterExtractor, weekExtractor, nthMonthExtractor, holidayWeekendExtractor, calendarYearExtractor, innerAnchorExtractor, anchoredMultipleExtractor, wholeUnitExtractor, vagueDurationExtractor, digitDayRangeExtractor, slashDayRangeExtractor, monthYearDigitsExtractor],
    refiners: [nonCalendarYearRefiner, dateContextRefiner, nthWeekdayRefiner, openMonthRefiner, dateOffsetRefiner, periodEdgeRefiner, weekOfRefiner, weekdayOfWeekRefiner, dateYearRefiner, dateRangeRefiner, rangeShiftRefiner, dateToNowRefiner, dayRangeRefiner, overlapRefiner, compoundDurationRefiner, durationAnchorRefiner],
  };
}
