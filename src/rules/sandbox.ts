import type { MathNode } from 'mathjs';
import { mathjs } from '../util/math.js';

/** Functions a rule expression may call. Everything else (import, evaluate, parse, …) is refused. */
const FUNCTIONS = new Set(['abs', 'min', 'max', 'round', 'floor', 'ceil', 'sqrt', 'approx']);
const OPERATORS = new Set([
  'add', 'subtract', 'multiply', 'divide', 'unaryMinus', 'unaryPlus', 'pow', 'mod',
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);
const NODES = new Set(['ConstantNode', 'SymbolNode', 'OperatorNode', 'ParenthesisNode', 'FunctionNode', 'ConditionalNode']);

/** Why an expression is refused, in words for a config error. */
export class ExpressionError extends Error {}

export type Evaluate = (scope: Record<string, number>) => boolean;

let locked: ReturnType<typeof lock> | null = null;

/**
 * The rule expressions' mathjs instance (util/math.ts) with every function that reaches outside an
 * expression replaced by one that throws (mathjs's security advice), and its own `parse` kept for
 * factlint alone.
 */
function lock() {
  const math = mathjs();
  const parse = math.parse;
  const refuse = (name: string) => () => {
    throw new ExpressionError(`${name} is not allowed in a rule expression`);
  };
  math.import(
    Object.fromEntries(['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'compile', 'resolve', 'reviver', 'replacer', 'parser', 'chain'].map((n) => [n, refuse(n)])),
    { override: true },
  );
  return { math, parse };
}

/**
 * Compiles `expression` over `variables` ("returned <= displaced", "turnout ≈ votes / electorate * 100")
 * after checking every node: only numbers, the bound variables, arithmetic, comparison, logic and a few
 * functions. `a ≈ b` is `approx(a, b)`, true within `tolerance` (relative).
 */
export function compileExpression(expression: string, variables: readonly string[], tolerance: number): Evaluate {
  locked ??= lock();
  // mathjs refuses to read these from a scope (they are Object's own); say so at load, by name.
  const unsafe = variables.find((v) => v in Object.prototype || v.startsWith('__'));
  if (unsafe !== undefined) throw new ExpressionError(`"${unsafe}" cannot name a variable (it is a JavaScript object property); choose another name`);
  const source = expandApprox(expression);
  let tree: MathNode;
  try {
    tree = locked.parse(source);
  } catch (error) {
    throw new ExpressionError(`cannot parse "${expression}": ${(error as Error).message}`);
  }
  const allowed = new Set(variables);
  tree.traverse((node, path, parent) => {
    if (!NODES.has(node.type)) throw new ExpressionError(`${describe(node)} is not allowed in a rule expression`);
    if (node.type === 'ConstantNode' && !['number', 'boolean'].includes(typeof (node as unknown as { value: unknown }).value)) {
      throw new ExpressionError('only numbers and true/false may stand in a rule expression, not text');
    }
    if (node.type === 'FunctionNode') {
      const name = (node as unknown as { fn: { name?: string } }).fn.name ?? '';
      if (!FUNCTIONS.has(name)) throw new ExpressionError(`function ${name || '(expression)'}() is not allowed; use one of: ${[...FUNCTIONS].join(', ')}`);
    }
    if (node.type === 'OperatorNode') {
      const fn = (node as unknown as { fn: string }).fn;
      if (!OPERATORS.has(fn)) throw new ExpressionError(`operator ${(node as unknown as { op: string }).op} is not allowed`);
    }
    if (node.type === 'SymbolNode' && !(parent?.type === 'FunctionNode' && path === 'fn')) {
      const name = (node as unknown as { name: string }).name;
      if (!allowed.has(name)) throw new ExpressionError(`unknown name "${name}"; bind it under measures (known: ${[...allowed].join(', ') || 'none'})`);
    }
  });
  const compiled = tree.compile();
  const approx = (a: number, b: number, tol = tolerance) => Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
  const evaluate: Evaluate = (scope) => {
    let result: unknown;
    try {
      result = compiled.evaluate({ ...scope, approx });
    } catch (error) {
      throw new ExpressionError(`"${expression}" cannot be evaluated: ${(error as Error).message}`);
    }
    if (typeof result !== 'boolean') throw new ExpressionError(`"${expression}" must be true or false, not ${String(result)}`);
    return result;
  };
  evaluate(Object.fromEntries(variables.map((v) => [v, 1]))); // a condition, not a sum: checked at load
  return evaluate;
}

function expandApprox(expression: string): string {
  const parts = expression.split('≈');
  if (parts.length === 1) return expression;
  if (parts.length > 2) throw new ExpressionError('use ≈ once per expression');
  return `approx((${parts[0]}), (${parts[1]}))`;
}

const describe = (node: MathNode): string =>
  ({
    AssignmentNode: 'assignment',
    FunctionAssignmentNode: 'a function definition',
    AccessorNode: 'property access',
    IndexNode: 'indexing',
    ObjectNode: 'an object',
    ArrayNode: 'an array',
    BlockNode: 'a block of statements',
    RangeNode: 'a range',
  })[node.type] ?? node.type;
