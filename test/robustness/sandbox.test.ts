import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadYamlRule } from '../../src/rules/load-yaml.js';
import { compileExpression } from '../../src/rules/sandbox.js';

/**
 * Rule expressions that try to reach outside mathjs's sandbox, beyond those in
 * test/rules/declarative.test.ts (import, createUnit, evaluate, parse, compile, a function definition,
 * .constructor): each is refused at load with the file and line, or is a harmless number.
 */
const rule = (expression: string, measures = '[returned, displaced]') =>
  `id: escape\nkind: expression\nseverity: error\nmessage: "m"\nmeasures: ${measures}\nexpression: ${JSON.stringify(expression)}\n`;

describe('expressions that reach for JavaScript objects are refused', () => {
  test.for([
    ['returned.__proto__', /property access is not allowed/],
    ['returned["constructor"]', /property access is not allowed/],
    ['returned["__proto__"]', /property access is not allowed/],
    ['approx.constructor("return process")() > 0', /cannot parse/],
    ['__proto__ > 1', /unknown name "__proto__"/],
    ['constructor > 1', /unknown name "constructor"/],
    ['toString > 1', /unknown name "toString"/],
    ['returned.constructor.constructor("return process")()', /cannot parse/],
    ['returned.constructor.constructor("return process") > 0', /function constructor\(\) is not allowed/],
    ['(returned).valueOf() > 1', /not allowed/],
    ['simplify("x") == 1', /function simplify\(\) is not allowed/],
    ['derivative("x^2", "x") == 1', /function derivative\(\) is not allowed/],
    ['resolve("x") == 1', /function resolve\(\) is not allowed/],
    ['chain(1) == 1', /function chain\(\) is not allowed/],
    ['parser() == 1', /function parser\(\) is not allowed/],
    ['reviver() == 1', /function reviver\(\) is not allowed/],
    ['typed("f", {}) == 1', /function typed\(\) is not allowed/],
    ['f(x) = x; f(returned) > 1', /not allowed/],
    ['g = evaluate; g("1") > 0', /not allowed/],
    ['"abc" == "abc"', /only numbers and true\/false/],
    ['returned > 1 ? import({}, {}) : true', /function import\(\) is not allowed/],
  ] as const)('%s', ([expression, message]) => {
    expect(() => loadYamlRule('rules/checks/x.yml', rule(expression))).toThrow(ConfigError);
    expect(() => loadYamlRule('rules/checks/x.yml', rule(expression))).toThrow(/^rules\/checks\/x\.yml:6: /);
    expect(() => loadYamlRule('rules/checks/x.yml', rule(expression))).toThrow(message);
  });
});

describe('expressions that would loop or allocate without bound are refused', () => {
  test.for([
    ['ones(1e9) > 0', /function ones\(\) is not allowed/],
    ['size(zeros(100000, 100000)) > 0', /function size\(\) is not allowed/],
    ['sum(1:1e9) > 0', /not allowed/],
    ['1:1e9 > 0', /a range is not allowed/],
    ['max([1, 2, 3]) > returned', /an array is not allowed/],
    ['map(1:1e9, f) > 0', /not allowed/],
    ['forEach(1:1e9, f) > 0', /not allowed/],
    ['returned! > 1', /operator ! is not allowed/],
    ['factorial(1e7) > 1', /function factorial\(\) is not allowed/],
    ['matrix(1e9) > 1', /function matrix\(\) is not allowed/],
    ['random(1e9) > 1', /function random\(\) is not allowed/],
    ['bignumber("1e1000000") > 1', /function bignumber\(\) is not allowed/],
    ['returned >> 1000000 > 1', /operator >> is not allowed/],
    ['returned to cm > 1', /not allowed|unknown name/],
  ] as const)('%s', ([expression, message]) => {
    expect(() => loadYamlRule('rules/checks/x.yml', rule(expression))).toThrow(message);
  });

  test('huge powers and nested calls of allowed functions only make numbers', () => {
    const evaluate = compileExpression('9^9^9^9 > returned and max(abs(returned), sqrt(displaced)) >= 0', ['returned', 'displaced'], 0.01);
    expect(evaluate({ returned: 1, displaced: 4 })).toBe(true);
    const deep = `${'abs('.repeat(500)}returned${')'.repeat(500)} >= 0`;
    expect(() => compileExpression(deep, ['returned'], 0.01)).not.toThrow(/process|prototype/);
  });

  test.for(['constructor', 'toString', 'hasOwnProperty', '__proto__', '__defineGetter__'])('a measure named %s is refused at load, with the line', (name) => {
    expect(() => loadYamlRule('rules/checks/x.yml', rule(`${name} <= displaced`, `{ ${name}: returned, displaced: displaced }`))).toThrow(
      new RegExp(`^rules/checks/x\\.yml:\\d+: .*(?:"${name}" cannot name a variable|unknown name "${name}")`),
    );
  });

  test('an expression never leaks into or changes Object.prototype', () => {
    const evaluate = compileExpression('returned <= displaced', ['returned', 'displaced'], 0.01);
    evaluate(JSON.parse('{"returned": 1, "displaced": 2, "__proto__": {"polluted": true}}') as Record<string, number>);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
