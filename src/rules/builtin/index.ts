import conflictingFigures from './conflicting-figures.js';
import crossArticleConflict from './cross-article-conflict.js';
import duplicatePassage from './duplicate-passage.js';
import durationMismatch from './duration-mismatch.js';
import partExceedsWhole from './part-exceeds-whole.js';
import weekdayMismatch from './weekday-mismatch.js';
import type { RuleModule } from '../types.js';

/** The built-in rules, by id. */
export const BUILTIN_RULES: readonly RuleModule[] = [
  partExceedsWhole,
  conflictingFigures,
  weekdayMismatch,
  durationMismatch,
  duplicatePassage,
  crossArticleConflict,
];
