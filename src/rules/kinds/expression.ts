import type { NumericClaim } from '../../claims/types.js';
import { widen } from '../../util/interval.js';
import { formatNumber } from '../format.js';
import { compileExpression, type Evaluate } from '../sandbox.js';
import { defineRule, type RuleModule, type Severity } from '../types.js';

/** A declarative rule of kind `expression`, as read from YAML (rules/checks/*.yml, rule packs). */
export interface ExpressionSpec {
  id: string;
  severity: Severity;
  description: string;
  message: string;
  /** Variable name in the expression → measure id ("civilian: deaths.civilian"). */
  measures: Record<string, string>;
  expression: string;
  /** Relative tolerance of `≈` / approx(). */
  tolerance: number;
}

/** At most this many bindings of figures to variables are tried per scope. */
const MAX_BINDINGS = 64;

/**
 * A rule whose condition is a mathjs expression over measures: `returned <= displaced`,
 * `turnout ≈ votes / electorate * 100`. Figures of the bound measures in one scope (place and period)
 * are bound to the variables; the rule reports when no reading of the figures within their intervals
 * makes the expression true. Pairs already linked as part and whole are left to part-exceeds-whole.
 * The expression is compiled on first use, so that mathjs loads only when a rule has figures to test.
 */
export function expressionRule(spec: ExpressionSpec, compileNow = false): RuleModule {
  const names = Object.keys(spec.measures);
  let evaluate: Evaluate | null = compileNow ? compileExpression(spec.expression, names, spec.tolerance) : null;
  const holds = (scope: Record<string, number>) => {
    evaluate ??= compileExpression(spec.expression, names, spec.tolerance);
    return evaluate(scope);
  };
  return defineRule({
    meta: {
      id: spec.id, severity: spec.severity, scope: 'document',
      docs: { description: spec.description },
      messages: { violated: `${spec.message} ({{check}})` },
    },
    create(context) {
      const byName = new Map<string, NumericClaim[]>(names.map((n) => [n, []]));
      const seen: NumericClaim[] = [];
      const take = (claim: NumericClaim) => {
        seen.push(claim);
        for (const [name, measure] of Object.entries(spec.measures)) if (claim.measure === measure) byName.get(name)!.push(claim);
      };
      return {
        count: take, percent: take, money: take, quantity: take,
        'document:exit'() {
          for (const binding of bindings(names, byName)) {
            const claims = names.map((n) => binding[n]!);
            if (linked(claims, seen) || anyReading(names, claims, (c) => c, holds)) continue;
            const lenient = anyReading(names, claims, (c) => widen(c, c.precision), holds);
            const data: Record<string, string | number> = { check: substitute(spec.expression, binding) };
            for (const n of names) data[n] = `"${binding[n]!.text}" (line ${context.lineOf(binding[n]!)})`;
            context.report({ messageId: 'violated', data, claims: claims.map((claim) => ({ claim, document: context.document.doc })), lenient });
          }
        },
      };
    },
  });
}

/** Every way to bind one figure per variable, within one place and period, up to MAX_BINDINGS. */
function bindings(names: string[], byName: Map<string, NumericClaim[]>): Record<string, NumericClaim>[] {
  const out: Record<string, NumericClaim>[] = [];
  const scopeKey = (c: NumericClaim) => `${c.scope.place ?? ''}|${c.scope.period ?? ''}`;
  const walk = (i: number, acc: Record<string, NumericClaim>, key: string | null) => {
    if (out.length >= MAX_BINDINGS) return;
    if (i === names.length) return void out.push({ ...acc });
    for (const claim of byName.get(names[i]!) ?? []) {
      if (key !== null && scopeKey(claim) !== key) continue;
      if (Object.values(acc).includes(claim)) continue;
      walk(i + 1, { ...acc, [names[i]!]: claim }, key ?? scopeKey(claim));
    }
  };
  walk(0, {}, null);
  return out;
}

/**
 * Whether part-exceeds-whole already speaks for these figures: one is linked as a part of another of
 * the binding, or of any figure of a bound measure (a passage pasted twice links each copy apart).
 */
function linked(claims: NumericClaim[], all: readonly NumericClaim[]): boolean {
  const measures = new Set(claims.map((c) => c.measure));
  const byId = new Map(all.map((c) => [c.id, c]));
  return claims.some((c) => c.partOf !== null && measures.has(byId.get(c.partOf)?.measure ?? null));
}

/** Whether some reading (low, value or high of each interval) makes the expression true. */
function anyReading(names: string[], claims: NumericClaim[], range: (c: NumericClaim) => { low: number; high: number }, holds: (s: Record<string, number>) => boolean): boolean {
  const choices = claims.map((c) => {
    const r = range(c);
    return [...new Set([r.low, c.value, r.high].filter(Number.isFinite))];
  });
  const walk = (i: number, scope: Record<string, number>): boolean =>
    i === names.length ? holds(scope) : choices[i]!.some((v) => walk(i + 1, { ...scope, [names[i]!]: v }));
  return walk(0, {});
}

/** "returned <= displaced" with the figures in: "1200000 <= 1000000". */
function substitute(expression: string, binding: Record<string, NumericClaim>): string {
  return Object.entries(binding)
    .sort((a, b) => b[0].length - a[0].length)
    .reduce((text, [name, claim]) => text.replace(new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\.')}(?![\\w])`, 'g'), formatNumber(claim.value)), expression);
}
