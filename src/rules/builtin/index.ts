import ageMismatch from './age-mismatch.js';
import changeMismatch from './change-mismatch.js';
import conflictingFigures from './conflicting-figures.js';
import crossArticleConflict from './cross-article-conflict.js';
import duplicatePassage from './duplicate-passage.js';
import durationMismatch from './duration-mismatch.js';
import inconsistentNumberFormat from './inconsistent-number-format.js';
import partExceedsWhole from './part-exceeds-whole.js';
import percentMismatch from './percent-mismatch.js';
import staleFigure from './stale-figure.js';
import sumMismatch from './sum-mismatch.js';
import unitConversionMismatch from './unit-conversion-mismatch.js';
import weekdayMismatch from './weekday-mismatch.js';
import type { RuleModule } from '../types.js';
import { builtinChecks } from './checks.js';

/** The built-in rules, in PRODUCT.md's catalogue order, then the declarative checks. */
export const BUILTIN_RULES: readonly RuleModule[] = [
  partExceedsWhole,
  sumMismatch,
  percentMismatch,
  changeMismatch,
  unitConversionMismatch,
  weekdayMismatch,
  durationMismatch,
  ageMismatch,
  conflictingFigures,
  crossArticleConflict,
  staleFigure,
  duplicatePassage,
  inconsistentNumberFormat,
  // Declarative checks from rules/checks/*.yml, each under a catalogue id.
  ...builtinChecks(),
];
