import { ConfigError } from '../../errors.js';
import { ExpressionError } from '../sandbox.js';
import { SEVERITIES, type RuleModule, type Severity } from '../types.js';
import { expressionRule } from './expression.js';

/** Reads one key of a YAML rule, failing with the file and line of that key. */
export interface Fields {
  string(key: string, fallback?: string): string;
  number(key: string, fallback: number): number;
  /** A list of ids, or a mapping of names to ids. */
  names(key: string): Record<string, string>;
  fail(key: string, reason: string): never;
}

export interface Kind {
  /** The keys this kind takes besides id, kind, severity, description and message. */
  keys: readonly string[];
  build(fields: Fields, common: { id: string; severity: Severity; description: string; message: string }, compileNow: boolean): RuleModule;
}

/** The kinds of declarative rule. Adding one is a file in this folder and a line here. */
export const KINDS: Record<string, Kind> = {
  expression: {
    keys: ['measures', 'expression', 'tolerance'],
    build(fields, common, compileNow) {
      const measures = fields.names('measures');
      // A measure id may hold dots ("deaths.civilian"): in the expression it stands as itself.
      let expression = fields.string('expression');
      const variables: Record<string, string> = {}; // in the author's order: it orders the locations
      for (const [name, measure] of Object.entries(measures)) variables[name.replace(/[^\p{L}\p{N}_]/gu, '_')] = measure;
      for (const name of Object.keys(measures).sort((a, b) => b.length - a.length)) {
        expression = expression.split(name).join(name.replace(/[^\p{L}\p{N}_]/gu, '_'));
      }
      try {
        return expressionRule({ ...common, measures: variables, expression, tolerance: fields.number('tolerance', 0.01) }, compileNow);
      } catch (error) {
        if (error instanceof ExpressionError) fields.fail('expression', error.message);
        throw error;
      }
    },
  },
};

export const severityOf = (value: string, fail: (reason: string) => never): Severity =>
  (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : fail(`severity "${value}" is not one of: ${SEVERITIES.join(', ')}`);

export { ConfigError };
